/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.engines.tests.claims;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.assay.engines.claims.AttributionSpans;
import org.assay.engines.claims.Claim;
import org.assay.engines.claims.ClaimAssembler;
import org.assay.engines.claims.ClaimTagging;
import org.assay.engines.claims.ClaimType;
import org.assay.engines.learn.BioTags;
import org.assay.engines.learn.Mention;
import org.assay.text.Segmentation;
import org.junit.jupiter.api.Test;

/** Claims from hand-made BIO tags, and gold spans to BIO tags, over hand-made segmentations. */
class ClaimAssemblerTest {

	/** Splits on single spaces; sentences are given as token counts. */
	private static Segmentation segment(String text, int... sentenceLengths) {
		List<int[]> tokens = new ArrayList<>();
		int start = 0;
		for (int i = 0; i <= text.length(); i++) {
			if (i == text.length() || text.charAt(i) == ' ') {
				if (i > start) {
					tokens.add(new int[] { start, i });
				}
				start = i + 1;
			}
		}
		int[] begins = tokens.stream().mapToInt(t -> t[0]).toArray();
		int[] ends = tokens.stream().mapToInt(t -> t[1]).toArray();
		int[] starts = new int[sentenceLengths.length];
		int[] stops = new int[sentenceLengths.length];
		int at = 0;
		for (int s = 0; s < sentenceLengths.length; s++) {
			starts[s] = at;
			at += sentenceLengths[s];
			stops[s] = at;
		}
		return new Segmentation(text, begins, ends, starts, stops);
	}

	private static List<Mention> spans(String[]... sentences) {
		List<Mention> spans = new ArrayList<>();
		for (int s = 0; s < sentences.length; s++) {
			spans.addAll(BioTags.spans(s, sentences[s]));
		}
		return spans;
	}

	@Test
	void sourceCueAndContentMakeOneClaim() {
		String text = "Smith said the plan works .";
		Segmentation segmentation = segment(text, 6);
		List<Claim> claims = new ClaimAssembler().assemble(segmentation,
				spans(new String[] { "B-SOURCE", "B-CUE", "B-CONTENT", "I-CONTENT", "I-CONTENT", "O" }), List.of());
		assertEquals(1, claims.size());
		Claim claim = claims.get(0);
		assertEquals("the plan works", text.substring(claim.contentBegin(), claim.contentEnd()));
		assertEquals("said", text.substring(claim.cueBegin(), claim.cueEnd()));
		assertEquals("Smith", text.substring(claim.sourceBegin(), claim.sourceEnd()));
		assertEquals(ClaimType.INDIRECT, claim.type());
	}

	@Test
	void contentInTheNextSentenceJoinsTheNearestCue() {
		String text = "\u201CWe won ,\u201D Lee said . \u201CWe will win again .\u201D";
		Segmentation segmentation = segment(text, 6, 5);
		List<Claim> claims = new ClaimAssembler().assemble(segmentation, spans(
				new String[] { "B-CONTENT", "I-CONTENT", "I-CONTENT", "B-SOURCE", "B-CUE", "O" },
				new String[] { "B-CONTENT", "I-CONTENT", "I-CONTENT", "I-CONTENT", "I-CONTENT" }), List.of());
		assertEquals(1, claims.size());
		Claim claim = claims.get(0);
		assertEquals(0, claim.contentBegin());
		assertEquals(text.length(), claim.contentEnd());
		assertEquals(ClaimType.DIRECT, claim.type());
	}

	@Test
	void twoCuesEachTakeTheirOwnContent() {
		String text = "Ann said taxes rise and Bob said rates fall .";
		Segmentation segmentation = segment(text, 10);
		List<Claim> claims = new ClaimAssembler().assemble(segmentation, spans(new String[] { "B-SOURCE", "B-CUE",
				"B-CONTENT", "I-CONTENT", "O", "B-SOURCE", "B-CUE", "B-CONTENT", "I-CONTENT", "O" }), List.of());
		assertEquals(2, claims.size());
		assertEquals("taxes rise", text.substring(claims.get(0).contentBegin(), claims.get(0).contentEnd()));
		assertEquals("Bob", text.substring(claims.get(1).sourceBegin(), claims.get(1).sourceEnd()));
		assertEquals("rates fall", text.substring(claims.get(1).contentBegin(), claims.get(1).contentEnd()));
	}

	@Test
	void cueWithoutContentOrContentWithoutCueMakesNothing() {
		String text = "Kim said . The sky is blue .";
		Segmentation segmentation = segment(text, 3, 5);
		List<Claim> claims = new ClaimAssembler(0).assemble(segmentation, spans(
				new String[] { "B-SOURCE", "B-CUE", "O" }, new String[] { "B-CONTENT", "I-CONTENT", "I-CONTENT",
						"I-CONTENT", "O" }), List.of());
		assertTrue(claims.isEmpty());
	}

	@Test
	void goldSpansBecomeBioLabels() {
		String text = "Smith said the plan works . Jones agreed .";
		Segmentation segmentation = segment(text, 6, 3);
		AttributionSpans attribution = new AttributionSpans(List.of(new int[] { 0, 5 }),
				List.of(new int[] { 6, 10 }), List.of(new int[] { 11, 25 }));
		List<String[]> labels = ClaimTagging.labels(segmentation, List.of(attribution));
		assertArrayEquals(new String[] { "B-SOURCE", "B-CUE", "B-CONTENT", "I-CONTENT", "I-CONTENT", "O" },
				labels.get(0));
		assertArrayEquals(new String[] { "O", "O", "O" }, labels.get(1));
		assertEquals(2, ClaimTagging.sentences(segmentation).size());
	}
}
