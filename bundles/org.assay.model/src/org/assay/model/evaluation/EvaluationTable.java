/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.model.evaluation;

import java.util.Locale;
import org.assay.text.scoring.Counts;

/** An {@link Evaluation} as a plain-text table: one line per label, a total per layer. */
public final class EvaluationTable {

	private EvaluationTable() {
	}

	public static String format(Evaluation e, String predicted, String reference) {
		return format(e, predicted, reference, row -> true);
	}

	/** The table with only the rows (and layer totals over them) that {@code include} accepts. */
	public static String format(Evaluation e, String predicted, String reference,
			java.util.function.Predicate<Evaluation.Row> include) {
		return format(e, predicted, reference, include, false);
	}

	/** The same, saying whether open proposals were counted (see {@link Evaluation#of(java.util.List, String, String, boolean)}). */
	public static String format(Evaluation e, String predicted, String reference,
			java.util.function.Predicate<Evaluation.Row> include, boolean openProposals) {
		StringBuilder b = new StringBuilder();
		b.append(String.format(Locale.ROOT, "%s against %s, %d document(s)%n", predicted, reference, e.documents()));
		String counted = counted(predicted, reference, openProposals);
		if (counted != null) {
			b.append(counted).append('\n');
		}
		b.append(String.format(Locale.ROOT, "%-10s %-14s %6s %6s | %6s %6s %6s | %6s %6s %6s%n", "layer", "label",
				"pred", "ref", "P", "R", "F1", "P~", "R~", "F1~"));
		for (String layer : e.layersFor(predicted)) {
			for (Evaluation.Row row : e.rows()) {
				if (row.layer().equals(layer) && include.test(row)) {
					line(b, row);
				}
			}
			line(b, e.total(layer, include));
		}
		b.append("P, R, F1: exact matches (same label and extent); P~, R~, F1~: overlapping extents.\n");
		return b.toString();
	}

	/** What was counted of sets that people decide, or null when every set counted whole. */
	public static String counted(String predicted, String reference, boolean openProposals) {
		java.util.List<String> decided = java.util.stream.Stream.of(predicted, reference).distinct()
				.filter(Answers::decidedOnly).toList();
		if (decided.isEmpty()) {
			return null;
		}
		String sets = String.join(" and ", decided);
		return openProposals ? "Open proposals in " + sets + " counted as answers."
				: "Decided annotations only in " + sets + " (accepted and corrected; open proposals are not answers).";
	}

	private static void line(StringBuilder b, Evaluation.Row row) {
		Counts x = row.exact();
		Counts o = row.overlap();
		b.append(String.format(Locale.ROOT, "%-10s %-14s %6d %6d | %6.3f %6.3f %6.3f | %6.3f %6.3f %6.3f%n",
				row.layer(), row.label(), x.predicted(), x.reference(), x.precision(), x.recall(), x.f1(),
				o.precision(), o.recall(), o.f1()));
	}
}
