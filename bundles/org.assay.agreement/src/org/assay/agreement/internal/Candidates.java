/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.agreement.internal;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.assay.model.Fragment;
import org.assay.model.Span;
import org.assay.model.evaluation.Matching;

/**
 * The distinct spans (extent and label, as {@link Matching#extent} compares them) that several sets have in
 * one layer of one document, each with the sets that have it, and what overlaps it. Overlaps are found by a
 * sweep over the spans in text order, so a document with many annotations costs little more than sorting
 * them.
 */
public final class Candidates {

	/** One distinct span and its voters. */
	public static final class Candidate {
		private final Span span;
		private final BitSet voters = new BitSet();
		private final List<Span> spans = new ArrayList<>();
		private final BitSet present = new BitSet();
		private int strongestRival;
		private final int begin;
		private final int end;

		Candidate(Span span) {
			this.span = span;
			int b = Integer.MAX_VALUE;
			int e = 0;
			for (Fragment f : span.getFragments()) {
				b = Math.min(b, f.getBegin());
				e = Math.max(e, f.getEnd());
			}
			begin = b;
			end = e;
		}

		/** The first voter's span. */
		public Span span() {
			return span;
		}

		/** The sets (by index) that have this span. */
		public BitSet voters() {
			return voters;
		}

		/** Each voter's span, in set order. */
		public List<Span> spans() {
			return spans;
		}

		/** The sets that annotated anything overlapping this span, voters included. */
		public BitSet present() {
			return present;
		}

		/** The most votes of an overlapping span none of whose voters has this one. */
		public int strongestRival() {
			return strongestRival;
		}

		public int begin() {
			return begin;
		}
	}

	private Candidates() {
	}

	/** The candidates of one layer, in text order, from each set's spans in set order. */
	public static List<Candidate> of(List<List<Span>> spansPerSet) {
		Map<String, Candidate> byExtent = new LinkedHashMap<>();
		for (int i = 0; i < spansPerSet.size(); i++) {
			for (Span s : spansPerSet.get(i)) {
				Candidate c = byExtent.computeIfAbsent(Matching.extent(s), k -> new Candidate(s));
				if (!c.voters.get(i)) {
					c.voters.set(i);
					c.spans.add(s);
				}
			}
		}
		List<Candidate> list = new ArrayList<>(byExtent.values());
		list.sort(Comparator.comparingInt((Candidate c) -> c.begin).thenComparingInt(c -> c.end));
		for (Candidate c : list) {
			c.present.or(c.voters);
		}
		for (int i = 0; i < list.size(); i++) {
			Candidate a = list.get(i);
			for (int j = i + 1; j < list.size() && list.get(j).begin < a.end; j++) {
				Candidate b = list.get(j);
				if (Matching.overlap(a.span, b.span) > 0) {
					a.present.or(b.voters);
					b.present.or(a.voters);
					if (!a.voters.intersects(b.voters)) {
						a.strongestRival = Math.max(a.strongestRival, b.voters.cardinality());
						b.strongestRival = Math.max(b.strongestRival, a.voters.cardinality());
					}
				}
			}
		}
		return list;
	}
}
