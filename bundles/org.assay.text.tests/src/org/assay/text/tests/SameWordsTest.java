/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.text.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.assay.text.SameWords;
import org.assay.text.SameWords.Change;
import org.assay.text.SameWords.Extent;
import org.junit.jupiter.api.Test;

class SameWordsTest {

	// 0 Pirelli 1 said 2 . | 3 Pirelli 4 Tyres 5 rose 6 . | 7 Shares 8 of 9 Pirelli 10 fell 11 . | 12 pirelli 13 Pirelli
	private static final String[] TOKENS = { "Pirelli", "said", ".", "Pirelli", "Tyres", "rose", ".", "Shares", "of",
			"Pirelli", "fell", ".", "pirelli", "Pirelli" };
	private static final int[] SENTENCE = { 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 2, 3, 3 };

	@Test
	void aRelabelTurnsTheOpenProposalsOnTheSameWordsAndProposesWhereThereWasNone() {
		Extent third = new Extent(9, 10, "PER");
		List<Change> changes = SameWords.labelled(TOKENS, SENTENCE, 0, 1, "ORG", List.of(third),
				List.of(new Extent(0, 1, "ORG")));
		assertEquals(List.of(new Change(third, new Extent(9, 10, "ORG")), new Change(null, new Extent(13, 14, "ORG"))),
				changes.stream().filter(c -> c.now().start() != 3).toList(),
				"the PER proposal becomes ORG; the last, with no proposal, gets one; the lower-case word is not the same");
		assertEquals(new Change(null, new Extent(3, 4, "ORG")), changes.get(0),
				"with no proposal in the longer name, the words alone are proposed");
	}

	@Test
	void aLongerOpenNameAndADecidedExtentAreLeftAlone() {
		Extent longer = new Extent(3, 5, "ORG");
		Extent decided = new Extent(9, 10, "LOC"); // the annotator said LOC there: their word stands
		List<Change> changes = SameWords.labelled(TOKENS, SENTENCE, 0, 1, "ORG", List.of(longer),
				List.of(new Extent(0, 1, "ORG"), decided));
		assertEquals(List.of(new Change(null, new Extent(13, 14, "ORG"))), changes);
	}

	@Test
	void aProposalOverlappingTheWordsIsReshapedToThem() {
		// Pirelli Tyres rose . | Shares of Pirelli Tyres fell
		String[] tokens = { "Pirelli", "Tyres", "rose", ".", "Shares", "of", "Pirelli", "Tyres", "fell" };
		int[] sentence = { 0, 0, 0, 0, 1, 1, 1, 1, 1 };
		Extent partly = new Extent(7, 9, "PER"); // "Tyres fell"
		assertEquals(List.of(new Change(partly, new Extent(6, 8, "ORG"))),
				SameWords.labelled(tokens, sentence, 0, 2, "ORG", List.of(partly), List.of()));
		Extent right = new Extent(6, 8, "ORG");
		assertEquals(List.of(), SameWords.labelled(tokens, sentence, 0, 2, "ORG", List.of(right), List.of()),
				"a proposal already right is no change");
	}

	@Test
	void wordsAcrossSentencesAreNotTheSameWords() {
		// "Pirelli Tyres" decided; "." then "Shares" never match; a two-word name matches only within a sentence
		String[] tokens = { "Tyres", "Pirelli", "|", "Pirelli", "Tyres" };
		int[] sentence = { 0, 0, 1, 2, 3 };
		assertEquals(List.of(), SameWords.labelled(tokens, sentence, 0, 2, "ORG", List.of(), List.of()),
				"'Tyres Pirelli' occurs nowhere else within a sentence");
		assertEquals(List.of(), SameWords.labelled(new String[] { "A", "B", "A", "B" }, new int[] { 0, 0, 1, 2 }, 0, 2,
				"ORG", List.of(), List.of()));
	}

	@Test
	void aRejectionRejectsOnlyTheOpenProposalsOfItsLabelOnTheSameWords() {
		Extent samePer = new Extent(9, 10, "PER");
		Extent sameOrg = new Extent(13, 14, "ORG");
		Extent lower = new Extent(12, 13, "PER");
		assertEquals(List.of(new Change(samePer, null)),
				SameWords.rejected(TOKENS, SENTENCE, 0, 1, "PER", List.of(samePer, sameOrg, lower)));
	}

	@Test
	void aPersonsFullNameIsFollowedOnTheLastNameAloneToo() {
		// Sandra Ibarra said . | Ibarra left . | Sandra Ibarra came . | Ibarra Street
		String[] tokens = { "Sandra", "Ibarra", "said", ".", "Ibarra", "left", ".", "Sandra", "Ibarra", "came", ".",
				"Ibarra", "Street" };
		int[] sentence = { 0, 0, 0, 0, 1, 1, 1, 2, 2, 2, 2, 3, 3 };
		Extent org = new Extent(4, 5, "ORG");
		Extent street = new Extent(11, 13, "LOC");
		assertEquals(List.of(new Change(null, new Extent(7, 9, "PERSON")), new Change(org, new Extent(4, 5, "PERSON"))),
				SameWords.labelled(tokens, sentence, 0, 2, "PERSON", List.of(org, street), List.of()),
				"the full name proposed again, 'Ibarra' alone relabelled; neither within the full name nor in the street");
		assertEquals(List.of(new Change(null, new Extent(7, 9, "ORG"))),
				SameWords.labelled(tokens, sentence, 0, 2, "ORG", List.of(org, street), List.of()),
				"an organisation's last word is no short name of it");
	}
}
