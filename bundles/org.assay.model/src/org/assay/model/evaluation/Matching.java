/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.model.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.assay.model.Annotation;
import org.assay.model.Fragment;
import org.assay.model.Link;
import org.assay.model.Span;
import org.assay.text.scoring.Counts;

/**
 * One-to-one matching of two lists of annotations that share a label, and the notions it rests on: an
 * annotation's extent and the overlap of two spans. Agreement and merging use the same notions.
 */
public final class Matching {

	private Matching() {
	}

	/** Matches equal extents (or, for links, equal ends); each reference annotation once. */
	public static Counts exact(List<Annotation> predicted, List<Annotation> reference) {
		Map<String, Integer> left = new HashMap<>();
		for (Annotation r : reference) {
			left.merge(extent(r), 1, Integer::sum);
		}
		int tp = 0;
		for (Annotation p : predicted) {
			Integer n = left.get(extent(p));
			if (n != null && n > 0) {
				left.put(extent(p), n - 1);
				tp++;
			}
		}
		return new Counts(tp, predicted.size() - tp, reference.size() - tp);
	}

	/** Matches overlapping spans, the largest overlaps first; each annotation at most once. */
	public static Counts overlapping(List<Annotation> predicted, List<Annotation> reference) {
		List<int[]> pairs = new ArrayList<>();
		for (int i = 0; i < predicted.size(); i++) {
			for (int j = 0; j < reference.size(); j++) {
				int o = overlap(predicted.get(i), reference.get(j));
				if (o > 0) {
					pairs.add(new int[] { i, j, o });
				}
			}
		}
		pairs.sort(Comparator.comparingInt((int[] x) -> -x[2]));
		boolean[] usedP = new boolean[predicted.size()];
		boolean[] usedR = new boolean[reference.size()];
		int tp = 0;
		for (int[] pair : pairs) {
			if (!usedP[pair[0]] && !usedR[pair[1]]) {
				usedP[pair[0]] = true;
				usedR[pair[1]] = true;
				tp++;
			}
		}
		return new Counts(tp, predicted.size() - tp, reference.size() - tp);
	}

	/** Characters two spans share (fragment by fragment); document labels of one label always overlap. */
	public static int overlap(Annotation a, Annotation b) {
		if (!(a instanceof Span sa) || !(b instanceof Span sb)) {
			return a instanceof Span || b instanceof Span ? 0 : 1; // document labels of one label always match
		}
		int total = 0;
		for (Fragment fa : sa.getFragments()) {
			for (Fragment fb : sb.getFragments()) {
				total += Math.max(0, Math.min(fa.getEnd(), fb.getEnd()) - Math.max(fa.getBegin(), fb.getBegin()));
			}
		}
		return total;
	}

	/** Label and place: equal for two annotations that match exactly. */
	public static String extent(Annotation a) {
		if (a instanceof Link l) {
			return extent(l.getSource()) + ">" + extent(l.getTarget());
		}
		return (a.getLabel() == null ? "" : a.getLabel().getName()) + place(a);
	}

	/** The place alone, without the label: a span's fragments, empty for a document label. */
	public static String place(Annotation a) {
		StringBuilder b = new StringBuilder();
		if (a instanceof Span s) {
			for (Fragment f : s.getFragments()) {
				b.append(' ').append(f.getBegin()).append('-').append(f.getEnd());
			}
		}
		return b.toString();
	}
}
