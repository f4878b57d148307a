/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.engines.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.assay.text.scoring.Counts;

/**
 * Scores claims against reference attributions. A claim matches an attribution when its content covers at
 * least half of the attribution's content characters and, unless only contents are compared, its cue
 * overlaps the attribution's cue. Matching is greedy and one-to-one, best overlap first, so one long claim
 * cannot be credited for several attributions; of equal covers, the tighter claim is matched first.
 */
public final class ClaimEvaluation {

	private ClaimEvaluation() {
	}

	/** Whether a claim matches an attribution. */
	public static boolean matches(Claim claim, AttributionSpans gold, boolean requireCue) {
		return contentScore(claim, gold) >= 0.5 && (!requireCue || cueOverlaps(claim, gold));
	}

	/** The share of the attribution's content characters that the claim's content covers. */
	static double contentScore(Claim claim, AttributionSpans gold) {
		int length = gold.contentLength();
		if (length == 0) {
			return 0;
		}
		return (double) AttributionSpans.overlap(gold.content(), claim.contentBegin(), claim.contentEnd()) / length;
	}

	private static boolean cueOverlaps(Claim claim, AttributionSpans gold) {
		return AttributionSpans.overlap(gold.cue(), claim.cueBegin(), claim.cueEnd()) > 0;
	}

	/**
	 * The one-to-one matching of claims to attributions, as {claim index, attribution index} pairs.
	 */
	public static List<int[]> match(List<Claim> predicted, List<AttributionSpans> gold, boolean requireCue) {
		List<double[]> pairs = new ArrayList<>();
		for (int p = 0; p < predicted.size(); p++) {
			for (int g = 0; g < gold.size(); g++) {
				if (matches(predicted.get(p), gold.get(g), requireCue)) {
					Claim claim = predicted.get(p);
					double tightness = (double) AttributionSpans.overlap(gold.get(g).content(), claim.contentBegin(),
							claim.contentEnd()) / Math.max(1, claim.contentEnd() - claim.contentBegin());
					pairs.add(new double[] { contentScore(claim, gold.get(g)), tightness, p, g });
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
		return Counts.matched(predicted.size(), gold.size(), match(predicted, gold, requireCue).size());
	}
}
