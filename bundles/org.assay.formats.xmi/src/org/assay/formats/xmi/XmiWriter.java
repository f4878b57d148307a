/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.formats.xmi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.impl.XmiCasSerializer;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.jcas.cas.FSArray;
import org.apache.uima.jcas.cas.StringArray;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;
import org.assay.formats.ExportDocument;
import org.assay.formats.ExportReport;
import org.assay.model.Annotation;
import org.assay.model.Fragment;
import org.assay.model.Link;
import org.assay.model.Provenance;
import org.assay.model.Span;
import org.assay.model.support.Spans;
import org.assay.store.internal.AtomicFiles;
import org.xml.sax.SAXException;

/** Writes {@code TypeSystem.xml} and a {@code .xmi} per document; of provenance it keeps engine and confidence. */
final class XmiWriter {

	private XmiWriter() {
	}

	static void write(java.util.List<ExportDocument> documents, Path out, ExportReport report) throws IOException {
		Files.createDirectories(out);
		TypeSystemDescription tsd = AssayTypes.description();
		AtomicFiles.writeExport(out.resolve(XmiFormat.TYPE_SYSTEM), stream -> {
			try {
				tsd.toXML(stream);
			} catch (SAXException e) {
				throw new IOException(e);
			}
		});
		CAS cas;
		try {
			cas = CasCreationUtils.createCas(tsd, null, null);
		} catch (ResourceInitializationException e) {
			throw new IOException("cannot create a UIMA CAS: " + e.getMessage(), e);
		}
		for (ExportDocument d : documents) {
			cas.reset();
			int written = fill(cas, d, report);
			AtomicFiles.writeExport(out.resolve(d.document().getId() + ".xmi"), stream -> {
				try {
					XmiCasSerializer.serialize(cas, stream);
				} catch (SAXException e) {
					throw new IOException(e);
				}
			});
			report.wrote(1, written);
		}
	}

	private static int fill(CAS cas, ExportDocument d, ExportReport report) {
		String id = d.document().getId();
		cas.setDocumentText(d.document().getText());
		cas.setDocumentLanguage(d.document().getLanguage() == null ? "x-unspecified" : d.document().getLanguage());
		Type spanType = cas.getTypeSystem().getType(AssayTypes.SPAN);
		Type fragmentType = cas.getTypeSystem().getType(AssayTypes.FRAGMENT);
		Type labelType = cas.getTypeSystem().getType(AssayTypes.DOCUMENT_LABEL);
		Type linkType = cas.getTypeSystem().getType(AssayTypes.LINK);
		Map<Annotation, AnnotationFS> made = new HashMap<>();
		int written = 0;
		for (Annotation a : d.annotations()) {
			if (a instanceof Link) {
				continue;
			}
			AnnotationFS fs;
			if (a instanceof Span s) {
				fs = cas.createAnnotation(spanType, Spans.begin(s), Spans.end(s));
				if (s.getFragments().size() > 1) {
					FSArray<AnnotationFS> parts = new FSArray<>(cas.getJCasImpl(), s.getFragments().size());
					int i = 0;
					for (Fragment f : s.getFragments()) {
						AnnotationFS part = cas.createAnnotation(fragmentType, f.getBegin(), f.getEnd());
						cas.addFsToIndexes(part);
						parts.set(i++, part);
					}
					fs.setFeatureValue(feature(spanType, "fragments"), parts);
				}
			} else {
				fs = cas.createAnnotation(labelType, 0, d.document().getText().length());
			}
			common(cas, fs, a, id, report);
			cas.addFsToIndexes(fs);
			made.put(a, fs);
			written++;
		}
		for (Annotation a : d.annotations()) {
			if (a instanceof Link l) {
				var fs = cas.createFS(linkType);
				fs.setStringValue(feature(linkType, "assayId"), a.getId());
				fs.setStringValue(feature(linkType, "role"), l.getRole());
				fs.setStringValue(feature(linkType, "status"), a.getStatus().getLiteral());
				fs.setFeatureValue(feature(linkType, "source"), made.get(l.getSource()));
				fs.setFeatureValue(feature(linkType, "target"), made.get(l.getTarget()));
				cas.addFsToIndexes(fs);
				report.lostProvenanceDetails(a, id);
				written++;
			}
		}
		return written;
	}

	private static void common(CAS cas, AnnotationFS fs, Annotation a, String id, ExportReport report) {
		Type t = fs.getType();
		fs.setStringValue(feature(t, "assayId"), a.getId());
		fs.setStringValue(feature(t, "layer"), a.getLabel().getLayer().getName());
		fs.setStringValue(feature(t, "label"), a.getLabel().getName());
		fs.setStringValue(feature(t, "status"), a.getStatus().getLiteral());
		if (!a.getFeatures().isEmpty()) {
			StringArray values = new StringArray(cas.getJCasImpl(), a.getFeatures().size());
			int i = 0;
			for (Map.Entry<String, String> e : a.getFeatures()) {
				values.set(i++, e.getKey() + "=" + (e.getValue() == null ? "" : e.getValue()));
			}
			fs.setFeatureValue(feature(t, "features"), values);
		}
		Provenance p = a.getProvenance();
		if (p != null) {
			if (p.getEngineId() != null) {
				fs.setStringValue(feature(t, "engine"), p.getEngineId());
			}
			if (p.isSetConfidence()) {
				fs.setDoubleValue(feature(t, "confidence"), p.getConfidence());
			}
		}
		report.lostProvenanceDetails(a, a instanceof Span s ? id + "@" + Spans.begin(s) : id);
	}

	static Feature feature(Type type, String name) {
		return type.getFeatureByBaseName(name);
	}
}
