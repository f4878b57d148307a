/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.engines.tests.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.assay.engines.claims.AttributionSpans;
import org.assay.engines.claims.Claim;
import org.assay.engines.claims.ClaimEvaluation;
import org.assay.engines.claims.ClaimType;
import org.assay.text.scoring.Counts;
import org.junit.jupiter.api.Test;

/** The attribution metric: half the reference content, an overlapping cue, one-to-one matching. */
class ClaimEvaluationTest {

	private static Claim claim(int contentBegin, int contentEnd, int cueBegin, int cueEnd) {
		return new Claim(contentBegin, contentEnd, cueBegin, cueEnd, -1, -1, -1, -1, ClaimType.INDIRECT, 1);
	}

	private static AttributionSpans gold(int contentBegin, int contentEnd, int cueBegin, int cueEnd) {
		return new AttributionSpans(List.of(), List.of(new int[] { cueBegin, cueEnd }),
				List.of(new int[] { contentBegin, contentEnd }));
	}

	@Test
	void halfTheContentIsEnough() {
		AttributionSpans reference = gold(10, 30, 5, 9);
		assertTrue(ClaimEvaluation.matches(claim(10, 20, 5, 9), reference, true));
		assertTrue(ClaimEvaluation.matches(claim(0, 100, 6, 7), reference, true));
		assertFalse(ClaimEvaluation.matches(claim(10, 19, 5, 9), reference, true));
	}

	@Test
	void cueMustOverlapUnlessContentOnly() {
		AttributionSpans reference = gold(10, 30, 5, 9);
		Claim wrongCue = claim(10, 30, 30, 34);
		assertFalse(ClaimEvaluation.matches(wrongCue, reference, true));
		assertTrue(ClaimEvaluation.matches(wrongCue, reference, false));
	}

	@Test
	void discontinuousContentCountsAllPieces() {
		AttributionSpans reference = new AttributionSpans(List.of(), List.of(new int[] { 22, 26 }),
				List.of(new int[] { 0, 20 }, new int[] { 40, 60 }));
		assertFalse(ClaimEvaluation.matches(claim(0, 19, 22, 26), reference, true));
		assertTrue(ClaimEvaluation.matches(claim(0, 45, 22, 26), reference, true));
	}

	@Test
	void oneClaimMatchesOneAttribution() {
		List<AttributionSpans> references = List.of(gold(10, 20, 0, 4), gold(22, 30, 0, 4));
		Counts counts = ClaimEvaluation.score(List.of(claim(0, 40, 0, 4)), references, true);
		assertEquals(Counts.matched(1, 2, 1), counts);
		assertEquals(1.0, counts.precision());
		assertEquals(0.5, counts.recall());
		assertEquals(2.0 / 3, counts.f1(), 1e-9);
	}

	@Test
	void greedyMatchingPrefersTheBetterOverlap() {
		List<AttributionSpans> references = List.of(gold(0, 10, 20, 24), gold(30, 40, 20, 24));
		List<Claim> claims = List.of(claim(0, 40, 20, 24), claim(0, 10, 20, 24));
		List<int[]> pairs = ClaimEvaluation.match(claims, references, true);
		assertEquals(2, pairs.size());
		assertEquals(Counts.matched(2, 2, 2), ClaimEvaluation.score(claims, references, true));
	}

	@Test
	void emptyInputsScoreZero() {
		Counts counts = ClaimEvaluation.score(List.of(), List.of(gold(0, 5, 6, 8)), true);
		assertEquals(0, counts.precision());
		assertEquals(0, counts.recall());
		assertEquals(0, counts.f1());
	}
}
