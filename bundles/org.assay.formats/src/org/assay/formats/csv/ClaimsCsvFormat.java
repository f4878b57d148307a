/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.formats.csv;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.assay.formats.ExportDocument;
import org.assay.formats.ExportReport;
import org.assay.formats.Exporter;
import org.assay.formats.Format;
import org.assay.model.Annotation;
import org.assay.model.Link;
import org.assay.model.Span;
import org.assay.model.support.Spans;
import org.assay.model.support.StandardSchema;
import org.assay.store.AtomicFiles;

/**
 * A CSV of claims, one row per claim with its claimant and cue, for spreadsheets and statistics. Everything
 * that is not a claim, or not the claim's claimant or cue, is counted in the report.
 */
public final class ClaimsCsvFormat implements Format {

	public static final String ID = "csv";
	public static final String HEADER = "document,type,begin,end,text,claimant_begin,claimant_end,claimant,"
			+ "claimant_entity,cue_begin,cue_end,cue,status,confidence";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String name() {
		return "CSV of claims";
	}

	@Override
	public String description() {
		return "one row per claim with its claimant and cue (offsets of the whole extent); nothing else";
	}

	@Override
	public Exporter exporter() {
		return Exporter.toFile("csv", (documents, out, options, report) -> write(documents, out, report));
	}

	private static void write(List<ExportDocument> documents, Path out, ExportReport report) throws IOException {
		AtomicFiles.writeExport(out, stream -> {
			Writer w = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
			w.write(HEADER);
			w.write("\r\n");
			for (ExportDocument d : documents) {
				rows(d, w, report);
			}
			w.flush();
		});
	}

	private static void rows(ExportDocument export, Writer w, ExportReport report) throws IOException {
		String id = export.document().getId();
		String text = export.document().getText();
		Map<Annotation, Span> claimant = new HashMap<>();
		Map<Annotation, Span> cue = new HashMap<>();
		Map<Annotation, Span> refersTo = new HashMap<>();
		for (Annotation a : export.annotations()) {
			if (a instanceof Link l && l.getTarget() instanceof Span target) {
				switch (l.getRole()) {
				case StandardSchema.ROLE_CLAIMANT -> claimant.put(l.getSource(), target);
				case StandardSchema.ROLE_CUE -> cue.put(l.getSource(), target);
				case StandardSchema.ROLE_REFERS_TO -> refersTo.put(l.getSource(), target);
				default -> report.lost("links other than claimant, cue and refersTo", ExportReport.at(id, a));
				}
			}
		}
		int rows = 0;
		for (Annotation a : export.annotations()) {
			if (!(a instanceof Span s)) {
				if (!(a instanceof Link)) {
					report.lost("document labels", id);
				}
				continue;
			}
			if (!StandardSchema.CLAIM_CONTENT.equals(a.getLabel().getName())) {
				if (!claimant.containsValue(s) && !cue.containsValue(s) && !refersTo.containsValue(s)) {
					report.lost("spans that are not claims, claimants or cues", id + "@" + Spans.begin(s));
				}
				continue;
			}
			if (s.getFragments().size() > 1) {
				report.lost("discontinuous claims (begin and end give the whole extent; text joins the parts with \u2026)",
						id + "@" + Spans.begin(s));
			}
			Span who = claimant.get(s);
			Span entity = who == null ? null
					: StandardSchema.ENTITY.equals(who.getLabel().getLayer().getName()) ? who : refersTo.get(who);
			Span how = cue.get(s);
			String confidence = a.getProvenance() != null && a.getProvenance().isSetConfidence()
					? Double.toString(a.getProvenance().getConfidence()) : "";
			String[] cells = { id, nz(a.getFeatures().get(StandardSchema.FEATURE_CLAIM_TYPE)),
					Integer.toString(Spans.begin(s)), Integer.toString(Spans.end(s)), Spans.coveredText(s, text),
					who == null ? "" : Integer.toString(Spans.begin(who)), who == null ? "" : Integer.toString(Spans.end(who)),
					who == null ? "" : Spans.coveredText(who, text), entity == null ? "" : Spans.coveredText(entity, text),
					how == null ? "" : Integer.toString(Spans.begin(how)), how == null ? "" : Integer.toString(Spans.end(how)),
					how == null ? "" : Spans.coveredText(how, text), a.getStatus().getLiteral(), confidence };
			for (int i = 0; i < cells.length; i++) {
				if (i > 0) {
					w.write(',');
				}
				w.write(quote(cells[i]));
			}
			w.write("\r\n");
			rows++;
		}
		report.wrote(1, rows);
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}

	/** RFC 4180: quoted when it holds a comma, a quote or a line break; quotes doubled. */
	static String quote(String s) {
		if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
			return s;
		}
		return '"' + s.replace("\"", "\"\"") + '"';
	}
}
