/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.agreement.internal;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.assay.agreement.Counted;
import org.assay.model.Annotation;
import org.assay.model.AnnotationSet;
import org.assay.model.Link;
import org.assay.model.Span;
import org.assay.model.evaluation.Matching;

/**
 * The distinct links (role, and the extent and label of each end) that several sets have in one document, each
 * with the sets that have it, the sets that link the same source in that role at all, and the strongest rival: a
 * link of the same role from the same source to another target that none of its own voters has (two claimants
 * for one claim).
 */
public final class LinkCandidates {

	/** One distinct link and its voters. */
	public static final class Candidate {
		private final Link link;
		private final String from;
		private final String to;
		private final BitSet voters = new BitSet();
		private final List<Link> links = new ArrayList<>();
		private BitSet present;
		private int strongestRival;

		Candidate(Link link, String from, String to) {
			this.link = link;
			this.from = from;
			this.to = to;
		}

		/** The first voter's link. */
		public Link link() {
			return link;
		}

		/** The place of its source, as {@link LinkCandidates#place} gives it. */
		public String from() {
			return from;
		}

		/** The place of its target. */
		public String to() {
			return to;
		}

		public BitSet voters() {
			return voters;
		}

		/** Each voter's link, in set order. */
		public List<Link> links() {
			return links;
		}

		/** The sets that link this source in this role to anything, voters included. */
		public BitSet present() {
			return present;
		}

		public int strongestRival() {
			return strongestRival;
		}
	}

	private LinkCandidates() {
	}

	/** A span's layer, label and extent: what a link's end must match to be the same end. */
	public static String place(Annotation a) {
		return a.getLabel() == null ? "" : a.getLabel().getLayer().getName() + "/" + Matching.extent(a);
	}

	/** The counted links between spans of the sets, in order of first appearance. */
	public static List<Candidate> of(List<AnnotationSet> sets, boolean proposals) {
		Map<String, Candidate> byKey = new LinkedHashMap<>();
		Map<String, BitSet> linking = new LinkedHashMap<>();
		for (int i = 0; i < sets.size(); i++) {
			AnnotationSet set = sets.get(i);
			for (Annotation a : set.getAnnotations()) {
				if (a instanceof Link l && l.getSource() instanceof Span s && l.getTarget() instanceof Span t
						&& l.getRole() != null && Counted.counts(set, a, proposals)) {
					String from = place(s);
					String to = place(t);
					Candidate c = byKey.computeIfAbsent(l.getRole() + "\t" + from + "\t" + to,
							k -> new Candidate(l, from, to));
					if (!c.voters.get(i)) {
						c.voters.set(i);
						c.links.add(l);
					}
					linking.computeIfAbsent(l.getRole() + "\t" + from, k -> new BitSet()).set(i);
				}
			}
		}
		Map<String, List<Candidate>> bySource = new LinkedHashMap<>();
		for (Candidate c : byKey.values()) {
			bySource.computeIfAbsent(c.link.getRole() + "\t" + c.from, k -> new ArrayList<>()).add(c);
		}
		for (Map.Entry<String, List<Candidate>> e : bySource.entrySet()) {
			for (Candidate c : e.getValue()) {
				c.present = linking.get(e.getKey());
				for (Candidate other : e.getValue()) {
					if (other != c && !other.voters.intersects(c.voters)) {
						c.strongestRival = Math.max(c.strongestRival, other.voters.cardinality());
					}
				}
			}
		}
		return new ArrayList<>(byKey.values());
	}
}
