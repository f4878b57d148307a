/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Joins sentences of one line that the sentence model split too early: after a title or an initial, inside
 * brackets, or where the next part starts with a lower-case word or closing punctuation.
 */
final class SentenceRepair {

	private SentenceRepair() {
	}

	static List<List<int[]>> repair(String text, List<List<int[]>> sentences) {
		List<List<int[]>> result = new ArrayList<>();
		for (List<int[]> sentence : sentences) {
			if (!result.isEmpty() && continues(text, result.get(result.size() - 1), sentence)) {
				result.get(result.size() - 1).addAll(sentence);
			} else {
				result.add(new ArrayList<>(sentence));
			}
		}
		return result;
	}

	private static boolean continues(String text, List<int[]> previous, List<int[]> next) {
		int[] last = previous.get(previous.size() - 1);
		String lastWord = text.substring(last[0], last[1]);
		if (Abbreviations.neverEnds(lastWord) || openBrackets(text, previous) > 0) {
			return true;
		}
		int[] first = next.get(0);
		char start = text.charAt(first[0]);
		return Character.isLowerCase(start) || start == ')' || start == ']' || start == ',' || start == ';'
				|| start == ':';
	}

	private static int openBrackets(String text, List<int[]> tokens) {
		int open = 0;
		for (int[] token : tokens) {
			if (token[1] - token[0] == 1) {
				char c = text.charAt(token[0]);
				if (c == '(' || c == '[') {
					open++;
				} else if ((c == ')' || c == ']') && open > 0) {
					open--;
				}
			}
		}
		return open;
	}
}
