/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.benchmarks.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.assay.benchmarks.OracleEdits;
import org.assay.benchmarks.OracleEdits.Count;
import org.assay.engines.learn.Mention;
import org.junit.jupiter.api.Test;

/** The simulated annotator's edit counting: what each kind of correction costs, and one-to-one matching. */
class OracleEditsTest {

	private static Mention m(int start, int end, String type) {
		return new Mention(0, start, end, type, 1.0);
	}

	private static Mention m(int sentence, int start, int end, String type) {
		return new Mention(sentence, start, end, type, 1.0);
	}

	@Test
	void acceptingARightProposalIsNoEdit() {
		Count c = OracleEdits.count(List.of(m(0, 2, "PER"), m(4, 5, "LOC")), List.of(m(4, 5, "LOC"), m(0, 2, "PER")));
		assertEquals(new Count(2, 0, 0, 0, 0), c);
		assertEquals(0, c.edits());
	}

	@Test
	void aProposalOverlappingNoGoldIsRejectedForOneEdit() {
		Count c = OracleEdits.count(List.of(m(0, 2, "PER"), m(6, 7, "ORG")), List.of(m(0, 2, "PER")));
		assertEquals(new Count(1, 1, 0, 0, 0), c);
		assertEquals(1, c.edits());
	}

	@Test
	void theRightExtentWithAnotherLabelIsOneRelabel() {
		Count c = OracleEdits.count(List.of(m(3, 5, "ORG")), List.of(m(3, 5, "LOC")));
		assertEquals(new Count(0, 0, 1, 0, 0), c);
		assertEquals(1, c.edits());
	}

	@Test
	void aBoundaryFixIsOneEditAndTwoWhenTheLabelIsWrongToo() {
		Count sameLabel = OracleEdits.count(List.of(m(1, 2, "PER")), List.of(m(0, 2, "PER")));
		assertEquals(new Count(0, 0, 0, 1, 0), sameLabel);
		assertEquals(1, sameLabel.edits());
		Count otherLabel = OracleEdits.count(List.of(m(1, 4, "ORG")), List.of(m(0, 2, "PER")));
		assertEquals(new Count(0, 0, 0, 2, 0), otherLabel);
		assertEquals(2, otherLabel.edits());
	}

	@Test
	void aMissedGoldMentionIsAddedForOneEdit() {
		Count c = OracleEdits.count(List.of(), List.of(m(0, 1, "PER"), m(5, 7, "ORG")));
		assertEquals(new Count(0, 0, 0, 0, 2), c);
		assertEquals(2, c.edits());
	}

	@Test
	void matchingIsOneToOneExactFirstThenSameExtentThenLargestOverlap() {
		// two proposals on one gold mention: the exact one is accepted, the other one is rejected
		assertEquals(new Count(1, 1, 0, 0, 0),
				OracleEdits.count(List.of(m(0, 3, "ORG"), m(0, 2, "PER")), List.of(m(0, 2, "PER"))));
		// an exact match is taken before a same-extent relabel: the relabel goes to the other gold mention by
		// overlap, not to the one the exact proposal is right about
		assertEquals(new Count(1, 0, 0, 1, 0),
				OracleEdits.count(List.of(m(0, 2, "LOC"), m(0, 2, "PER")), List.of(m(0, 2, "PER"), m(1, 3, "LOC"))));
		// one long proposal over two gold mentions: matched to the one it overlaps most, the other is added
		assertEquals(new Count(0, 0, 0, 1, 1),
				OracleEdits.count(List.of(m(0, 5, "ORG")), List.of(m(0, 1, "ORG"), m(2, 5, "ORG"))));
		// two proposals inside one gold mention: the larger overlap fixes its boundary, the other is rejected
		assertEquals(new Count(0, 1, 0, 1, 0),
				OracleEdits.count(List.of(m(0, 1, "ORG"), m(2, 5, "ORG")), List.of(m(0, 6, "ORG"))));
	}

	@Test
	void aDocumentIsCountedSentenceBySentence() {
		// the same word span in another sentence is no match
		Count c = OracleEdits.countDocument(List.of(m(0, 0, 2, "PER"), m(1, 3, 4, "LOC")),
				List.of(m(1, 0, 2, "PER"), m(1, 3, 4, "LOC")), 2);
		assertEquals(new Count(1, 1, 0, 0, 1), c);
		assertEquals(2, c.edits());
		assertEquals(new Count(3, 2, 1, 4, 5), new Count(1, 1, 0, 2, 3).plus(new Count(2, 1, 1, 2, 2)));
		assertEquals(8, new Count(7, 1, 2, 3, 2).edits());
	}

	@Test
	void aMentionOfASentenceTheDocumentLacksIsRefused() {
		assertThrows(IndexOutOfBoundsException.class,
				() -> OracleEdits.countDocument(List.of(m(3, 0, 1, "PER")), List.of(), 2));
	}
}
