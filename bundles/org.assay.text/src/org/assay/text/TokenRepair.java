/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.text;

import java.util.List;

/**
 * Mends the tokens of one sentence: an opening bracket or quote glued to a word is split off, as is a
 * currency sign glued to its amount ("€5"), and a known
 * abbreviation whose full stop was split off ("D-Mont" + ".") gets it back.
 */
final class TokenRepair {

	private static final String OPENERS = "([{\"\u201c\u2018";

	private TokenRepair() {
	}

	static void repair(String text, List<int[]> tokens) {
		for (int i = 0; i < tokens.size(); i++) {
			int[] token = tokens.get(i);
			char first = text.charAt(token[0]);
			boolean currency = (first == '$' || first == '€' || first == '£' || first == '¥') && token[1] - token[0] > 1
					&& Character.isDigit(text.charAt(token[0] + 1));
			if (token[1] - token[0] > 1 && (OPENERS.indexOf(first) >= 0 || currency)) {
				tokens.add(i + 1, new int[] { token[0] + 1, token[1] });
				token[1] = token[0] + 1;
				continue;
			}
			if (i + 1 < tokens.size()) {
				int[] next = tokens.get(i + 1);
				if (next[0] == token[1] && next[1] == next[0] + 1 && text.charAt(next[0]) == '.') {
					String word = text.substring(token[0], token[1]);
					String joined = word + '.';
					if (Abbreviations.isAbbreviation(joined) || Abbreviations.isAbbreviation(lastPart(joined))) {
						token[1] = next[1];
						tokens.remove(i + 1);
					}
				}
			}
		}
	}

	/** "D-Mont." → "Mont.": party tags glue the state to the party letter. */
	private static String lastPart(String word) {
		int dash = word.lastIndexOf('-');
		return dash >= 0 ? word.substring(dash + 1) : word;
	}
}
