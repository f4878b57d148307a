/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.internal.team;

import java.util.ArrayList;
import java.util.List;

import org.assay.agreement.Disputes.Place;
import org.assay.agreement.Disputes.Version;
import org.assay.model.AnnotationSet;
import org.assay.model.Link;
import org.assay.model.Proposal;
import org.assay.model.Span;
import org.assay.model.evaluation.Matching;
import org.assay.model.support.Spans;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/** The cells of the curation editor's versions table, one row per version of the current place. */
final class VersionRows {

	private VersionRows() {
	}

	/**
	 * A version's cells: its key, the sets that have it, its label, its links, its words, and what the target set
	 * holds there ({@code held}: the target's span at the place, or null).
	 */
	static String[] cells(int index, Version v, Place place, String body, AnnotationSet target, Span held) {
		return new String[] { String.valueOf(index + 1), String.join(", ", v.sets()), v.span().getLabel().getName(),
				links(v, place, body), shortened(Spans.coveredText(v.span(), body), 70),
				inTarget(v, body, target, held) };
	}

	/**
	 * Sizes each column to its widest cell now, narrower too (GTK's {@code TableColumn.pack} does not shrink a column
	 * whose longest cell has gone: the Links column of a claim kept the Text column out of sight at the next place).
	 */
	static void fit(Table table) {
		GC gc = new GC(table);
		try {
			for (int c = 0; c < table.getColumnCount(); c++) {
				int width = gc.textExtent(table.getColumn(c).getText()).x;
				for (TableItem item : table.getItems()) {
					width = Math.max(width, gc.textExtent(item.getText(c)).x);
				}
				table.getColumn(c).setWidth(width + 24);
			}
		} finally {
			gc.dispose();
		}
	}

	/**
	 * A version's links, each role with the words of its target ("claimant: Ann Lee; cue: said"), those in which
	 * it differs from another version of the same span first, so that the difference shows in a narrow column.
	 */
	private static String links(Version v, Place place, String body) {
		String extent = Matching.extent(v.span());
		List<Version> same = place.versions().stream().filter(o -> Matching.extent(o.span()).equals(extent)).toList();
		List<String> differing = new ArrayList<>();
		List<String> shared = new ArrayList<>();
		for (Link l : v.links()) {
			String key = l.getRole() + "\t" + Matching.extent(l.getTarget());
			boolean everywhere = same.stream().allMatch(o -> o.links().stream()
					.anyMatch(x -> key.equals(x.getRole() + "\t" + Matching.extent(x.getTarget()))));
			(everywhere ? shared : differing).add(l.getRole() + ": "
					+ shortened(Spans.coveredText((Span) l.getTarget(), body), 40));
		}
		differing.addAll(shared);
		return String.join("; ", differing);
	}

	/** Words on one line, cut with an ellipsis past {@code max} characters (the table stays readable). */
	private static String shortened(String words, int max) {
		String line = words.replaceAll("\\s+", " ");
		return line.length() <= max ? line : line.substring(0, max - 1) + "\u2026";
	}

	/**
	 * What the target set holds at a version's extent (its statuses), and, in the row of the version it came from,
	 * the span taken at the place with other boundaries ("corrected: Connect").
	 */
	private static String inTarget(Version v, String body, AnnotationSet target, Span held) {
		if (target == null) {
			return "";
		}
		String extent = Matching.extent(v.span());
		List<String> statuses = new ArrayList<>(target.getAnnotations().stream()
				.filter(a -> a instanceof Span s && Matching.extent(s).equals(extent))
				.map(a -> a.getStatus().getLiteral()).toList());
		if (held != null && !Matching.extent(held).equals(extent) && cameFrom(held, v)) {
			statuses.add(held.getStatus().getLiteral() + ": " + shortened(Spans.coveredText(held, body), 40));
		}
		return String.join(", ", statuses);
	}

	/** Whether a span of the target set was taken from the version, as a correction that kept it. */
	private static boolean cameFrom(Span span, Version v) {
		Proposal p = span.getProvenance() == null ? null : span.getProvenance().getProposed();
		return p != null && p.getLabel() == v.span().getLabel() && !p.getFragments().isEmpty()
				&& p.getFragments().get(0).getBegin() == Spans.begin(v.span())
				&& p.getFragments().get(p.getFragments().size() - 1).getEnd() == Spans.end(v.span());
	}
}
