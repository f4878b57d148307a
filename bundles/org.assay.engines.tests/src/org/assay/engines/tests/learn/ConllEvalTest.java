/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.engines.tests.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import org.assay.engines.learn.TaggedDocument;
import org.assay.engines.learn.conll.Conll2003Reader;
import org.assay.engines.learn.conll.ConllEval;
import org.assay.text.scoring.Counts;
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
	void readerSplitsDocumentsAndSentencesAndConvertsIob1() throws IOException {
		String text = """
				-DOCSTART- -X- O O

				EU NNP I-NP I-ORG
				rejects VBZ I-VP O
				German JJ I-NP I-MISC
				call NN I-NP O

				Peter NNP I-NP I-PER
				Blackburn NNP I-NP I-PER

				-DOCSTART- -X- O O

				BRUSSELS NNP I-NP I-LOC
				""";
		List<TaggedDocument> docs = Conll2003Reader.read(new StringReader(text), "test");
		assertEquals(2, docs.size());
		assertEquals(2, docs.get(0).sentences().size());
		assertEquals(List.of("B-ORG", "O", "B-MISC", "O"), List.of(docs.get(0).labels().get(0)));
		assertEquals(List.of("B-PER", "I-PER"), List.of(docs.get(0).labels().get(1)));
		assertEquals("BRUSSELS", docs.get(1).sentences().get(0)[0]);
	}
}
