/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.text;

import java.util.List;
import java.util.Set;

/**
 * Lines written in capitals or in title case, where a capital says nothing about a name: "STOCKS RALLY IN
 * TOKYO", "Clinton Plan for Taxes Is Expansive but Complex". Title case leaves articles, short conjunctions
 * and prepositions in lower case, so those do not count against it; it is looked for only in a text's first
 * line, its headline, since lists and tables of names ("Somerset 83 and 174 (P. Simmons 4-38)") look the
 * same.
 */
public final class Headlines {

	/** Words that title case (AP, Chicago, newspapers' own styles) writes in lower case. */
	private static final Set<String> SMALL = Set.of("a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet",
			"as", "at", "by", "in", "of", "on", "to", "up", "off", "out", "via", "vs", "per", "from", "into", "onto",
			"over", "with", "than", "if");

	private Headlines() {
	}

	/** Whether a word (in lower case) is one that title case writes in lower case: "over", "for", "of", … */
	public static boolean isSmallWord(String lower) {
		return SMALL.contains(lower);
	}

	/**
	 * Whether a sentence's words are a headline: most of its words in capitals, or, of four words or more,
	 * nearly every word capitalised, title case's small words left out in the text's first line and counted
	 * anywhere else. Words of one character and words that do not begin with a letter are not counted.
	 */
	public static boolean isHeadline(List<String> words, boolean firstLine) {
		int counted = 0;
		int small = 0;
		int caps = 0;
		int capitalised = 0;
		for (String w : words) {
			if (w.length() < 2 || !Character.isLetter(w.charAt(0))) {
				continue;
			}
			counted++;
			if (isAllCaps(w)) {
				caps++;
			} else if (Character.isUpperCase(w.charAt(0))) {
				capitalised++;
			} else if (firstLine && SMALL.contains(w)) {
				small++;
			}
		}
		int content = counted - small;
		return counted >= 2 && caps >= 0.7 * counted && caps >= 2
				|| counted >= 4 && content >= 3 && caps + capitalised >= 0.9 * content;
	}

	/**
	 * Where a text's first line that is not blank ends: the offset of its line break, or the text's length. A
	 * position before it is on the first line. Computed once per text: asking it per sentence would read a text
	 * without line breaks over and over.
	 */
	public static int firstLineEnd(CharSequence text) {
		int i = 0;
		while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
			i++;
		}
		while (i < text.length() && text.charAt(i) != '\n') {
			i++;
		}
		return i;
	}

	/** Two or more letters, all of them capitals: "NATO", "U.S.", "PORT". */
	public static boolean isAllCaps(String w) {
		int letters = 0;
		for (int i = 0; i < w.length(); i++) {
			char c = w.charAt(i);
			if (Character.isLetter(c)) {
				if (!Character.isUpperCase(c)) {
					return false;
				}
				letters++;
			}
		}
		return letters >= 2;
	}
}
