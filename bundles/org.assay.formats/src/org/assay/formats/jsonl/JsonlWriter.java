/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.formats.jsonl;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.assay.formats.ExportDocument;
import org.assay.formats.ExportReport;
import org.assay.formats.CodePoints;
import org.assay.model.Annotation;
import org.assay.model.Document;
import org.assay.model.Fragment;
import org.assay.model.Link;
import org.assay.model.Provenance;
import org.assay.model.Span;
import org.assay.model.support.Spans;
import org.assay.store.AtomicFiles;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonGenerator;

/** Writes one JSON object a line, offsets in Unicode code points (as Python counts them); of provenance it keeps the engine and confidence, and counts the rest. */
final class JsonlWriter {

	/** No limit on a string's length: a document's text is one string, and what Assay exports it imports back. */
	static final JsonFactory JSON = JsonFactory.builder()
			.streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build()).build();

	private JsonlWriter() {
	}

	static void write(List<ExportDocument> documents, Path out, ExportReport report) throws IOException {
		AtomicFiles.writeExport(out, stream -> {
			try (JsonGenerator g = JSON.createGenerator(stream, JsonEncoding.UTF8)) {
				for (ExportDocument d : documents) {
					line(g, d, report);
					g.writeRaw('\n');
				}
			}
		});
	}

	static String line(ExportDocument document, ExportReport report) throws IOException {
		java.io.StringWriter out = new java.io.StringWriter();
		try (JsonGenerator g = JSON.createGenerator(out)) {
			line(g, document, report);
		}
		return out.toString();
	}

	private static void line(JsonGenerator g, ExportDocument export, ExportReport report) throws IOException {
		Document d = export.document();
		g.writeStartObject();
		g.writeStringField("document", d.getId());
		if (d.getTitle() != null) {
			g.writeStringField("title", d.getTitle());
		}
		g.writeStringField("text", d.getText());
		if (!d.getProperties().isEmpty()) {
			g.writeObjectFieldStart("properties");
			for (Map.Entry<String, String> e : d.getProperties()) {
				g.writeStringField(e.getKey(), e.getValue());
			}
			g.writeEndObject();
		}
		int count = 0;
		CodePoints offsets = new CodePoints(d.getText());
		g.writeArrayFieldStart("spans");
		for (Annotation a : export.annotations()) {
			if (a instanceof Span s) {
				g.writeStartObject();
				g.writeStringField("id", a.getId());
				g.writeNumberField("begin", offsets.toCodePoint(Spans.begin(s)));
				g.writeNumberField("end", offsets.toCodePoint(Spans.end(s)));
				common(g, a, d.getId() + "@" + Spans.begin(s), report);
				if (s.getFragments().size() > 1) {
					g.writeArrayFieldStart("fragments");
					for (Fragment f : s.getFragments()) {
						g.writeStartArray();
						g.writeNumber(offsets.toCodePoint(f.getBegin()));
						g.writeNumber(offsets.toCodePoint(f.getEnd()));
						g.writeEndArray();
					}
					g.writeEndArray();
				}
				g.writeEndObject();
				count++;
			}
		}
		g.writeEndArray();
		boolean labels = false;
		for (Annotation a : export.annotations()) {
			if (!(a instanceof Span) && !(a instanceof Link)) {
				if (!labels) {
					g.writeArrayFieldStart("labels");
					labels = true;
				}
				g.writeStartObject();
				g.writeStringField("id", a.getId());
				common(g, a, d.getId(), report);
				g.writeEndObject();
				count++;
			}
		}
		if (labels) {
			g.writeEndArray();
		}
		g.writeArrayFieldStart("links");
		for (Annotation a : export.annotations()) {
			if (a instanceof Link l) {
				g.writeStartObject();
				g.writeStringField("id", a.getId());
				g.writeStringField("from", l.getSource().getId());
				g.writeStringField("to", l.getTarget().getId());
				g.writeStringField("role", l.getRole());
				g.writeStringField("status", a.getStatus().getLiteral());
				report.lostProvenanceDetails(a, d.getId());
				g.writeEndObject();
				count++;
			}
		}
		g.writeEndArray();
		g.writeEndObject();
		report.wrote(1, count);
	}

	private static void common(JsonGenerator g, Annotation a, String where, ExportReport report) throws IOException {
		g.writeStringField("layer", a.getLabel().getLayer().getName());
		g.writeStringField("label", a.getLabel().getName());
		g.writeStringField("status", a.getStatus().getLiteral());
		if (!a.getFeatures().isEmpty()) {
			g.writeObjectFieldStart("features");
			for (Map.Entry<String, String> e : a.getFeatures()) {
				g.writeStringField(e.getKey(), e.getValue());
			}
			g.writeEndObject();
		}
		Provenance p = a.getProvenance();
		if (p != null) {
			if (p.getEngineId() != null) {
				g.writeStringField("engine", p.getEngineId());
			}
			if (p.isSetConfidence()) {
				g.writeNumberField("confidence", p.getConfidence());
			}
		}
		report.lostProvenanceDetails(a, where);
	}

}
