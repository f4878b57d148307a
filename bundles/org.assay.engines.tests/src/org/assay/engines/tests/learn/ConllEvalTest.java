/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.engines.tests.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.assay.engines.learn.LearnedTrainer;
import org.assay.engines.learn.TaggedDocument;
import org.assay.engines.learn.conll.ConllEval;
import org.assay.text.Segmentation;
import org.assay.text.scoring.Counts;
import org.assay.uima.spi.GoldText;
import org.assay.uima.spi.TextSpan;
import org.junit.jupiter.api.Test;

class ConllEvalTest {

	private static String[] tags(String text) {
		return text.split(" ");
	}

	@Test
	void onlyExactBoundariesAndTypeCount() {
		ConllEval eval = new ConllEval();
		// exact match, wrong type, partial overlap (too short), and a spurious span
		eval.add(tags("B-PER I-PER O B-LOC O B-ORG I-ORG I-ORG O O"),
				tags("B-PER I-PER O B-ORG O B-ORG I-ORG O O B-MISC"));
		assertEquals(Counts.matched(4, 3, 1), eval.overall());
		assertEquals(0.25, eval.overall().precision(), 1e-12);
		assertEquals(1.0 / 3, eval.overall().recall(), 1e-12);
		assertEquals(2 * 0.25 / 3 / (0.25 + 1.0 / 3), eval.overall().f1(), 1e-12);
		assertEquals(Counts.matched(1, 1, 1), eval.byType().get("PER"));
		assertEquals(Counts.matched(0, 1, 0), eval.byType().get("LOC"));
		assertEquals(Counts.matched(2, 1, 0), eval.byType().get("ORG"));
		assertEquals(Counts.matched(1, 0, 0), eval.byType().get("MISC"));
		assertEquals(0.0, eval.byType().get("MISC").f1());
		assertEquals(7.0 / 10, eval.tokenAccuracy(), 1e-12);
	}

	@Test
	void tagsAreReadTheWayConllevalReadsThem() {
		ConllEval eval = new ConllEval();
		// IOB1 gold against BIO prediction: the same spans
		eval.add(tags("I-PER I-PER O I-LOC B-LOC"), tags("B-PER I-PER O B-LOC B-LOC"));
		assertEquals(Counts.matched(3, 3, 3), eval.overall());
		// an I- of another type starts a new span; so does an I- after O
		ConllEval other = new ConllEval();
		other.add(tags("B-LOC B-PER O B-ORG"), tags("B-LOC I-PER O I-ORG"));
		assertEquals(Counts.matched(3, 3, 3), other.overall());
	}

	@Test
	void tableListsTypesAndOverall() {
		ConllEval eval = new ConllEval();
		eval.add(tags("B-PER O"), tags("B-PER O"));
		String table = eval.table();
		assertTrue(table.contains("PER"), table);
		assertTrue(table.lines().anyMatch(l -> l.startsWith("overall") && l.endsWith("100.00")), table);
	}

	@Test
	void aTextIsTaggedOnItsOwnTokensWhenItHasThemAndLabelledBio() {
		// CoNLL's tokens: "U.S." is one token, which the segmenter would also keep, and "Smith-Jones" one too
		String text = "U.S. envoy Smith-Jones met Peter Paul\nin Paris";
		Segmentation own = new Segmentation(text, new int[] { 0, 5, 11, 23, 27, 33, 38, 41 },
				new int[] { 4, 10, 22, 26, 32, 37, 40, 46 }, new int[] { 0, 6 }, new int[] { 6, 8 });
		List<TextSpan> spans = List.of(new TextSpan(0, 4, "entity", "LOC"), new TextSpan(11, 22, "entity", "PER"),
				new TextSpan(27, 32, "entity", "PER"), new TextSpan(33, 37, "entity", "PER"),
				new TextSpan(41, 46, "entity", "LOC"), new TextSpan(0, 46, "claim", "CLAIM"));
		TaggedDocument d = LearnedTrainer.tagged(List.of(new GoldText("d", text, spans, own)), "entity").get(0);
		assertEquals(2, d.sentences().size());
		assertEquals(List.of("U.S.", "envoy", "Smith-Jones", "met", "Peter", "Paul"), List.of(d.sentences().get(0)));
		// two persons side by side stay two: the second begins with B-
		assertEquals(List.of("B-LOC", "O", "B-PER", "O", "B-PER", "B-PER"), List.of(d.labels().get(0)));
		assertEquals(List.of("O", "B-LOC"), List.of(d.labels().get(1)));
		// without its own tokens the segmenter's are used
		TaggedDocument segmented = LearnedTrainer.tagged(List.of(new GoldText("d", text, spans)), "entity").get(0);
		assertTrue(segmented.tokenCount() >= 8, () -> List.of(segmented.sentences().get(0)).toString());
	}
}
