/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.text.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.assay.text.Segmentation;
import org.assay.text.Segmenter;
import org.junit.jupiter.api.Test;

class SegmenterTest {

	@Test
	void titlesInitialsAndPartyTagsDoNotEndASentence() {
		Segmentation s = Segmenter.get().segment(
				"Sen. Max Baucus (D-Mont.) met Richard M. Nixon in Sacramento, Calif., on Monday. The talks ended.");
		assertEquals(List.of(
				"Sen. Max Baucus ( D-Mont. ) met Richard M. Nixon in Sacramento , Calif. , on Monday .",
				"The talks ended ."), sentences(s));
	}

	@Test
	void possessivesSplitAndAbbreviationsKeepTheirStop() {
		Segmentation s = Segmenter.get().segment("China's exports to the U.S. rose 5.2% to $3.4 billion, Acme Inc. said.");
		assertEquals(List.of("China 's exports to the U.S. rose 5.2 % to $ 3.4 billion , Acme Inc. said ."), sentences(s));
	}

	@Test
	void aNameEndingASentenceLosesItsStopAnAbbreviationKeepsIt() {
		Segmentation s = Segmenter.get().segment(
				"The pier will reopen, said Kovac. It closed in May, said Bloc. The work went to Acme Inc. The bill passed the U.S.");
		assertEquals(List.of("The pier will reopen , said Kovac .", "It closed in May , said Bloc .",
				"The work went to Acme Inc.", "The bill passed the U.S."), sentences(s));
	}

	@Test
	void noSentenceCrossesALineAndOffsetsPointIntoTheText() {
		String text = "Harbour plan approved\n\nThe board voted on Monday. \"It is a good day,\" she said.\n";
		Segmentation s = Segmenter.get().segment(text);
		assertEquals(List.of("Harbour plan approved", "The board voted on Monday .", "\" It is a good day , \" she said ."),
				sentences(s));
		for (int i = 0; i < s.tokenCount(); i++) {
			assertEquals(s.token(i), text.substring(s.tokenBegins()[i], s.tokenEnds()[i]));
		}
		assertEquals(1, s.sentenceOf(s.tokenAtOrAfter(text.indexOf("Monday"))));
	}

	@Test
	void theSegmentationBeforeAnOffsetKeepsTheWholeSentencesThere() {
		String text = "The board voted on Monday. It met again.\nThe pier reopened.";
		Segmentation s = Segmenter.get().segment(text);
		Segmentation before = s.before(text.indexOf("The pier"));
		assertEquals("The board voted on Monday. It met again.\n", before.text());
		assertEquals(List.of("The board voted on Monday .", "It met again ."), sentences(before));
		assertEquals(List.of("The board voted on Monday ."), sentences(s.before(text.indexOf("met"))),
				"a sentence the offset cuts is left out");
		assertEquals(0, s.before(3).tokenCount());
		assertEquals(sentences(s), sentences(s.before(text.length())));
	}

	@Test
	void aSelectionSnapsToTheWholeTokensItTouchesWithoutTheBlanksAtItsEdges() {
		String text = "The Elmsley Harbour Authority approved it.";
		Segmentation s = Segmenter.get().segment(text);
		int harbour = text.indexOf("Harbour");
		int authority = text.indexOf("Authority");
		assertArrayEquals(new int[] { authority, authority + 9 }, s.snap(harbour + 7, authority + 9),
				"\" Authority\", as Ctrl+Shift+Right selects it after \"Harbour\"");
		assertArrayEquals(new int[] { harbour, authority + 9 }, s.snap(harbour + 4, authority + 4), "part words widen");
		assertArrayEquals(new int[] { harbour, harbour + 7 }, s.snap(harbour, harbour + 8), "a trailing blank");
		assertArrayEquals(new int[] { harbour + 7, harbour + 8 }, s.snap(harbour + 7, harbour + 8),
				"only a blank: the range itself");
	}

	private static List<String> sentences(Segmentation s) {
		List<String> out = new ArrayList<>();
		for (int i = 0; i < s.sentenceCount(); i++) {
			out.add(String.join(" ", s.words(i)));
		}
		return out;
	}
}
