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

	private static final String TEXT = "Pirelli said. Pirelli Tyres rose. Shares of Pirelli fell. pirelli, Pirellis, Pirelli.";

	private static Extent at(String text, String words, int nth, String label) {
		int i = -1;
		for (int k = 0; k <= nth; k++) {
			i = text.indexOf(words, i + 1);
		}
		return new Extent(i, i + words.length(), label);
	}

	@Test
	void aRelabelTurnsTheOpenProposalsOnTheSameWordsAndProposesWhereThereWasNone() {
		Extent third = at(TEXT, "Pirelli", 2, "PER");
		Extent longer = new Extent(14, 27, "ORG"); // "Pirelli Tyres"
		List<Change> changes = SameWords.labelled(TEXT, 0, 7, "ORG", List.of(third, longer), List.of());
		assertEquals(List.of(new Change(third, at(TEXT, "Pirelli", 2, "ORG")), new Change(null, at(TEXT, "Pirelli", 4, "ORG"))),
				changes, "the PER proposal becomes ORG, the last 'Pirelli' gets one; not the lower-case word, nor"
						+ " 'Pirellis', nor the words held in the longer name");
	}

	@Test
	void aDecidedExtentIsLeftAloneAndWordsWithNoProposalGetOne() {
		Extent decided = at(TEXT, "Pirelli", 2, "LOC"); // the annotator said LOC there: their word stands
		List<Change> changes = SameWords.labelled(TEXT, 0, 7, "ORG", List.of(), List.of(at(TEXT, "Pirelli", 0, "ORG"),
				decided));
		assertEquals(List.of(new Change(null, at(TEXT, "Pirelli", 1, "ORG")), new Change(null, at(TEXT, "Pirelli", 4, "ORG"))),
				changes, "with no proposal in 'Pirelli Tyres', the words alone are proposed");
	}

	@Test
	void aProposalOverlappingTheWordsIsReshapedToThem() {
		String text = "Pirelli Tyres rose. Shares of Pirelli Tyres fell.";
		Extent partly = at(text, "Tyres fell", 0, "PER");
		assertEquals(List.of(new Change(partly, at(text, "Pirelli Tyres", 1, "ORG"))),
				SameWords.labelled(text, 0, 13, "ORG", List.of(partly), List.of()));
		Extent right = at(text, "Pirelli Tyres", 1, "ORG");
		assertEquals(List.of(), SameWords.labelled(text, 0, 13, "ORG", List.of(right), List.of()),
				"a proposal already right is no change");
	}

	@Test
	void wordsStandAsWordsAndTheirOwnPunctuationNeedsNoBlank() {
		String text = "U.S. troops. The U.S.-led talks. US troops. $21.40 and $21.405.";
		assertEquals(List.of(new Change(null, at(text, "U.S.", 1, "LOC"))), SameWords.labelled(text, 0, 4, "LOC",
				List.of(), List.of()), "'U.S.' in 'U.S.-led' stands as the words; 'US' is not them");
		int money = text.indexOf("$21.40");
		assertEquals(List.of(), SameWords.labelled(text, money, money + 6, "MONEY", List.of(), List.of()),
				"'$21.405' is another number");
	}

	@Test
	void aHeadlineInCapitalsNamesWhatTheTextNamesInTitleCase() {
		String text = "SOCCER - NEW YORK BEAT PIRELLI .\nNew York beat Pirelli in Milan . Pirelli lost . pirelli . Us .";
		int pirelli = text.indexOf("PIRELLI");
		assertEquals(List.of(new Change(null, at(text, "Pirelli", 0, "ORG")), new Change(null, at(text, "Pirelli", 1, "ORG"))),
				SameWords.labelled(text, pirelli, pirelli + 7, "ORG", List.of(), List.of()),
				"'PIRELLI' in the headline is 'Pirelli' in the text; not 'pirelli'");
		Extent headline = at(text, "NEW YORK", 0, "ORG");
		assertEquals(List.of(new Change(headline, new Extent(headline.begin(), headline.end(), "LOC"))),
				SameWords.labelled(text, text.indexOf("New York"), text.indexOf("New York") + 8, "LOC",
						List.of(headline), List.of()), "and the other way");
		String acronym = "US troops left . Us , they said . US BASES CLOSE";
		assertEquals(List.of(new Change(null, at(acronym, "US", 1, "LOC"))),
				SameWords.labelled(acronym, 0, 2, "LOC", List.of(), List.of()),
				"words in capitals outside a headline are an acronym: 'Us' is another word");
	}

	@Test
	void aRejectionRejectsOnlyTheOpenProposalsOfItsLabelOnTheSameWords() {
		Extent samePer = at(TEXT, "Pirelli", 2, "PER");
		Extent sameOrg = at(TEXT, "Pirelli", 4, "ORG");
		Extent lower = at(TEXT, "pirelli", 0, "PER");
		assertEquals(List.of(new Change(samePer, null)),
				SameWords.rejected(TEXT, 0, 7, "PER", List.of(samePer, sameOrg, lower)));
	}

	@Test
	void aPersonsFullNameIsFollowedOnTheLastNameAloneToo() {
		String text = "Sandra Ibarra said. Ibarra left. Sandra Ibarra came. Ibarra Street.";
		Extent org = at(text, "Ibarra", 1, "ORG");
		Extent street = at(text, "Ibarra Street", 0, "LOC");
		assertEquals(List.of(new Change(null, at(text, "Sandra Ibarra", 1, "PERSON")),
				new Change(org, at(text, "Ibarra", 1, "PERSON"))),
				SameWords.labelled(text, 0, 13, "PERSON", List.of(org, street), List.of()),
				"the full name proposed again, 'Ibarra' alone relabelled; neither within the full name nor in the street");
		assertEquals(List.of(new Change(null, at(text, "Sandra Ibarra", 1, "ORG"))),
				SameWords.labelled(text, 0, 13, "ORG", List.of(org, street), List.of()),
				"an organisation's last word is no short name of it");
	}

	@Test
	void onlyTheExtentsTouchingWhereTheWordsStandAgainTakePart() {
		String text = "Sandra Ibarra said. Ibarra left. Sandra Ibarra came. Ibarra Street.";
		SameWords.Where where = SameWords.where(text, 0, 13, "PERSON");
		SameWords.Stretches touching = where.touching();
		int again = text.indexOf("Sandra Ibarra came");
		int alone = text.indexOf("Ibarra left");
		assertEquals(List.of(true, true, true, true, false, false, false), List.of(
				touching.overlap(again, again + 13), touching.overlap(again + 12, again + 20),
				touching.overlap(alone - 3, alone + 1), touching.overlap(text.indexOf("Ibarra Street"), text.length()),
				touching.overlap(0, 13), touching.overlap(again - 6, again), touching.overlap(alone + 6, alone + 11)),
				"the full name again, its last letter, the first letter of the last name alone, the street's"
						+ " (a last name alone there too); not the decided words, nor just before or after");
		assertEquals(false, SameWords.where(text, 20, 32, "PERSON").touching().overlap(0, text.length()),
				"'Ibarra left' stands nowhere else");
	}

	@Test
	void oneDecisionChangesAtMostAHundredTheNearestFirst() {
		String text = "Acme. ".repeat(301);
		List<Change> changes = SameWords.labelled(text, 6 * 150, 6 * 150 + 4, "ORG", List.of(), List.of());
		assertEquals(SameWords.MOST, changes.size());
		assertEquals(List.of(6 * 149, 6 * 151), List.of(changes.get(0).now().begin(), changes.get(1).now().begin()),
				"the nearest first, before it then after it");
		assertEquals(6 * 100, changes.stream().mapToInt(c -> c.now().begin()).min().orElseThrow(),
				"fifty either side");
	}
}
