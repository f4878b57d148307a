/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.benchmarks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.assay.engines.learn.Mention;

/**
 * What an oracle annotator, who knows the gold spans, must do to turn one sentence's proposals into gold.
 * An edit is one correction the annotator makes; accepting a proposal that is right is not an edit:
 * <ul>
 * <li><b>reject</b>: a proposal that overlaps no gold span (left over after matching) is deleted: 1;</li>
 * <li><b>relabel</b>: a proposal with the extent of a gold span but another label: 1;</li>
 * <li><b>boundary</b>: a proposal overlapping a gold span with another extent has its extent fixed: 1, and
 * 1 more when its label is wrong too;</li>
 * <li><b>add</b>: a gold span that no proposal was matched to is marked by hand: 1.</li>
 * </ul>
 * Matching is one-to-one: exact proposals first, then same-extent ones, then overlapping pairs by the size
 * of their overlap.
 */
public final class OracleEdits {

	/** Counts of one comparison; {@link #edits()} is the sum of the corrections. */
	public record Count(int accepted, int rejected, int relabelled, int boundaries, int added) {

		public static final Count ZERO = new Count(0, 0, 0, 0, 0);

		public int edits() {
			return rejected + relabelled + boundaries + added;
		}

		public Count plus(Count o) {
			return new Count(accepted + o.accepted, rejected + o.rejected, relabelled + o.relabelled,
					boundaries + o.boundaries, added + o.added);
		}
	}

	private OracleEdits() {
	}

	/** The edits for one sentence: proposals and gold spans of that sentence, any order. */
	public static Count count(List<Mention> proposed, List<Mention> gold) {
		boolean[] usedP = new boolean[proposed.size()];
		boolean[] usedG = new boolean[gold.size()];
		int accepted = 0;
		int relabelled = 0;
		int boundaries = 0;
		for (int pass = 0; pass < 2; pass++) {
			for (int p = 0; p < proposed.size(); p++) {
				for (int g = 0; g < gold.size() && !usedP[p]; g++) {
					Mention a = proposed.get(p);
					Mention b = gold.get(g);
					if (!usedG[g] && a.start() == b.start() && a.end() == b.end()
							&& (pass == 1 || a.type().equals(b.type()))) {
						usedP[p] = true;
						usedG[g] = true;
						if (pass == 0) {
							accepted++;
						} else {
							relabelled++;
						}
					}
				}
			}
		}
		List<int[]> overlaps = new ArrayList<>();
		for (int p = 0; p < proposed.size(); p++) {
			for (int g = 0; g < gold.size(); g++) {
				int o = Math.min(proposed.get(p).end(), gold.get(g).end())
						- Math.max(proposed.get(p).start(), gold.get(g).start());
				if (!usedP[p] && !usedG[g] && o > 0) {
					overlaps.add(new int[] { o, p, g });
				}
			}
		}
		overlaps.sort(Comparator.comparingInt((int[] x) -> -x[0]).thenComparingInt(x -> x[1]).thenComparingInt(x -> x[2]));
		for (int[] x : overlaps) {
			if (!usedP[x[1]] && !usedG[x[2]]) {
				usedP[x[1]] = true;
				usedG[x[2]] = true;
				boundaries += proposed.get(x[1]).type().equals(gold.get(x[2]).type()) ? 1 : 2;
			}
		}
		int rejected = 0;
		for (boolean u : usedP) {
			rejected += u ? 0 : 1;
		}
		int added = 0;
		for (boolean u : usedG) {
			added += u ? 0 : 1;
		}
		return new Count(accepted, rejected, relabelled, boundaries, added);
	}

	/** The edits for a whole document: its proposals and gold spans carry their sentence index. */
	public static Count countDocument(List<Mention> proposed, List<Mention> gold, int sentences) {
		List<List<Mention>> p = bySentence(proposed, sentences);
		List<List<Mention>> g = bySentence(gold, sentences);
		Count total = Count.ZERO;
		for (int s = 0; s < sentences; s++) {
			total = total.plus(count(p.get(s), g.get(s)));
		}
		return total;
	}

	private static List<List<Mention>> bySentence(List<Mention> mentions, int sentences) {
		List<List<Mention>> out = new ArrayList<>();
		for (int s = 0; s < sentences; s++) {
			out.add(new ArrayList<>());
		}
		for (Mention m : mentions) {
			out.get(m.sentence()).add(m);
		}
		return out;
	}
}
