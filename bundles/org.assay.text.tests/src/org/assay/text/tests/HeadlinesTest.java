/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.text.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.assay.text.Headlines;
import org.junit.jupiter.api.Test;

class HeadlinesTest {

	@Test
	void capitalsAreAHeadlineOnAnyLine() {
		assertTrue(Headlines.isHeadline(words("HARBOUR BOARD BACKS DREDGING PLAN"), false));
		assertTrue(Headlines.isHeadline(words("HARBOUR BOARD BACKS DREDGING PLAN"), true));
	}

	@Test
	void titleCaseWithItsSmallWordsIsAHeadlineOnTheFirstLine() {
		List<String> title = words("Port Board Votes to Dredge the Channel Despite Fishermen ’s Protest");
		assertTrue(Headlines.isHeadline(title, true));
		assertFalse(Headlines.isHeadline(title, false), "small words count against title case below the first line");
		assertTrue(Headlines.isHeadline(words("Every Word Capitalised Here Too"), false));
	}

	@Test
	void sentencesAreNotNorListsOfNamesBelowTheFirstLine() {
		assertFalse(Headlines.isHeadline(words("Claire Duval said the board voted in favour ."), true));
		assertFalse(Headlines.isHeadline(words("Tram line opens"), true), "sentence case");
		assertFalse(Headlines.isHeadline(words("Leeds beat Norwich 2 - 1 at home"), true));
		List<String> table = words("Leeds 2 and Norwich 1 ( A. Moore 2 )");
		assertFalse(Headlines.isHeadline(table, false), "a table's line of names is no headline below the first line");
	}

	@Test
	void theFirstLineIsTheFirstNotBlank() {
		String text = "\n\n  Harbour Board Votes\nThe board voted.";
		assertTrue(text.indexOf("Votes") < Headlines.firstLineEnd(text));
		assertFalse(text.indexOf("The board") < Headlines.firstLineEnd(text));
		assertEquals(18, Headlines.firstLineEnd("One line, no break"), "no line break: the whole text");
	}

	private static List<String> words(String s) {
		return List.of(s.split(" "));
	}
}
