/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.engines.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.assay.text.scoring.Counts;

/**
 * Scores claims against reference attributions. A claim matches an attribution when its content covers at
 * least half of the attribution's content characters and, unless only contents are compared, its cue
 * overlaps the attribution's cue. Matching is greedy and one-to-one, best overlap first, so one long claim
 * cannot be credited for several attributions; of equal covers, the tighter claim is matched first. A claim's
 * content and cue are read {@link #AS_FOUND} unless a caller reads them otherwise, as the engine proposes them
 * ({@link ProposedExtents}).
 */
public final class ClaimEvaluation {

	/** The claim as the rules found it: its content one span from its begin to its end, its cue as found. */
	public static final Function<Claim, ProposedExtents.Proposed> AS_FOUND = c -> new ProposedExtents.Proposed(
			List.of(new int[] { c.contentBegin(), c.contentEnd() }), new int[] { c.cueBegin(), c.cueEnd() });

	private ClaimEvaluation() {
	}

	/** Whether a claim matches an attribution. */
	public static boolean matches(Claim claim, AttributionSpans gold, boolean requireCue) {
		return matches(AS_FOUND.apply(claim), gold, requireCue);
	}

	private static boolean matches(ProposedExtents.Proposed claim, AttributionSpans gold, boolean requireCue) {
		return contentScore(claim.content(), gold) >= 0.5 && (!requireCue || cueOverlaps(claim.cue(), gold));
	}

	/** The share of the attribution's content characters that the claim's content covers. */
	static double contentScore(List<int[]> content, AttributionSpans gold) {
		int length = gold.contentLength();
		if (length == 0) {
			return 0;
		}
		return (double) overlap(gold.content(), content) / length;
	}

	private static int overlap(List<int[]> reference, List<int[]> content) {
		int total = 0;
		for (int[] part : content) {
			total += AttributionSpans.overlap(reference, part[0], part[1]);
		}
		return total;
	}

	private static boolean cueOverlaps(int[] cue, AttributionSpans gold) {
		return AttributionSpans.overlap(gold.cue(), cue[0], cue[1]) > 0;
	}

	/**
	 * The one-to-one matching of claims to attributions, as {claim index, attribution index} pairs.
	 */
	public static List<int[]> match(List<Claim> predicted, List<AttributionSpans> gold, boolean requireCue) {
		return match(predicted, gold, requireCue, AS_FOUND);
	}

	/** The same, each claim's extents read by {@code extents}. */
	public static List<int[]> match(List<Claim> predicted, List<AttributionSpans> gold, boolean requireCue,
			Function<Claim, ProposedExtents.Proposed> extents) {
		List<double[]> pairs = new ArrayList<>();
		for (int p = 0; p < predicted.size(); p++) {
			ProposedExtents.Proposed claim = extents.apply(predicted.get(p));
			List<int[]> content = claim.content();
			for (int g = 0; g < gold.size(); g++) {
				if (matches(claim, gold.get(g), requireCue)) {
					double tightness = (double) overlap(gold.get(g).content(), content)
							/ Math.max(1, AttributionSpans.length(content));
					pairs.add(new double[] { contentScore(content, gold.get(g)), tightness, p, g });
				}
			}
		}
		pairs.sort(Comparator.comparingDouble((double[] pair) -> -pair[0]).thenComparingDouble(pair -> -pair[1])
				.thenComparingDouble(pair -> pair[2]).thenComparingDouble(pair -> pair[3]));
		boolean[] usedPredicted = new boolean[predicted.size()];
		boolean[] usedGold = new boolean[gold.size()];
		List<int[]> matched = new ArrayList<>();
		for (double[] pair : pairs) {
			int p = (int) pair[2];
			int g = (int) pair[3];
			if (!usedPredicted[p] && !usedGold[g]) {
				usedPredicted[p] = true;
				usedGold[g] = true;
				matched.add(new int[] { p, g });
			}
		}
		return matched;
	}

	/** Counts for one text. */
	public static Counts score(List<Claim> predicted, List<AttributionSpans> gold, boolean requireCue) {
		return score(predicted, gold, requireCue, AS_FOUND);
	}

	/** The same, each claim's extents read by {@code extents}. */
	public static Counts score(List<Claim> predicted, List<AttributionSpans> gold, boolean requireCue,
			Function<Claim, ProposedExtents.Proposed> extents) {
		return Counts.matched(predicted.size(), gold.size(), match(predicted, gold, requireCue, extents).size());
	}
}
