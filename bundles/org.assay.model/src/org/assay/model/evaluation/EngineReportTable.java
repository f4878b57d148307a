/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.model.evaluation;

import java.util.Locale;

/** An {@link EngineReport} as plain text: a table per engine version, its corrections and its confidence bands. */
public final class EngineReportTable {

	private static final String ROW = "  %-16s %8s %10s %7s %8s %6s %9s %11s%n";

	private EngineReportTable() {
	}

	public static String format(EngineReport report) {
		StringBuilder b = new StringBuilder();
		if (report.engines().isEmpty()) {
			return "no engine proposals in the annotators' sets or gold yet (offer them with annotate --into NAME)\n";
		}
		for (EngineReport.Engine e : report.engines()) {
			b.append(String.format(Locale.ROOT, "%s %s: %d proposal(s) decided, %d open%n", e.id(), e.version(),
					e.all().decided(), e.all().open()));
			b.append(String.format(Locale.ROOT, ROW, "label", "accepted", "relabelled", "resized", "rejected", "open",
					"precision", "label right"));
			e.labels().forEach((label, t) -> row(b, label, t));
			row(b, "all", e.all());
			StringBuilder moves = new StringBuilder();
			e.labels().forEach((label, t) -> t.relabelledTo().forEach(
					(to, n) -> moves.append(moves.isEmpty() ? "" : ", ").append(label).append(" \u2192 ").append(to)
							.append(' ').append(n)));
			if (!moves.isEmpty()) {
				b.append("  relabelled: ").append(moves).append('\n');
			}
			b.append(String.format(Locale.ROOT, "  by confidence: %-11s %8s %9s%n", "band", "decided", "precision"));
			for (int i = 0; i < EngineReport.BANDS.length; i++) {
				EngineReport.Tally t = e.bands()[i];
				if (t.decided() + t.open() > 0) {
					String band = String.format(Locale.ROOT, "%.2f\u2013%.2f", EngineReport.BANDS[i],
							i + 1 < EngineReport.BANDS.length ? EngineReport.BANDS[i + 1] : 1.0);
					b.append(String.format(Locale.ROOT, "                 %-11s %8d %9s%n", band, t.decided(),
							share(t.precision())));
				}
			}
			b.append('\n');
		}
		b.append("precision: accepted among the decided; label right: accepted or only resized. Read off the provenance\n"
				+ "of the engines' proposals in the annotators' sets and gold; a correction keeps the label it was proposed as.\n");
		return b.toString();
	}

	private static void row(StringBuilder b, String label, EngineReport.Tally t) {
		b.append(String.format(Locale.ROOT, ROW, label, t.accepted(), t.relabelled(), t.resized(), t.rejected(), t.open(),
				share(t.precision()), share(t.labelPrecision())));
	}

	private static String share(Double d) {
		return d == null ? "-" : String.format(Locale.ROOT, "%.3f", d);
	}
}
