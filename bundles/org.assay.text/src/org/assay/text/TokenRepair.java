/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.text;

import java.util.List;

/**
 * Mends the tokens of one sentence: an opening bracket or quote glued to a word is split off, as is a
 * currency sign glued to its amount ("€5"), a known
 * abbreviation whose full stop was split off ("D-Mont" + ".") gets it back, and the full stop of a word that is no
 * abbreviation at a sentence's end is split off ("Kovac.").
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
			if (i == tokens.size() - 1 && endsWithStrayStop(text, token)) {
				// "…, said Kovac.": the news model keeps the stop of some names it does not know at a sentence's end
				tokens.add(new int[] { token[1] - 1, token[1] });
				token[1]--;
				break;
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

	/**
	 * A word of letters with a full stop that is no abbreviation, no initial and holds no other stop ("Kovac.",
	 * not "Inc.", "M.", "U.S." or "Calif.").
	 */
	private static boolean endsWithStrayStop(String text, int[] token) {
		String word = text.substring(token[0], token[1]);
		if (word.length() < 3 || !word.endsWith(".") || Abbreviations.isAbbreviation(word)) {
			return false;
		}
		for (int k = 0; k < word.length() - 1; k++) {
			if (!Character.isLetter(word.charAt(k))) {
				return false;
			}
		}
		return true;
	}

	/** "D-Mont." → "Mont.": party tags glue the state to the party letter. */
	private static String lastPart(String word) {
		int dash = word.lastIndexOf('-');
		return dash >= 0 ? word.substring(dash + 1) : word;
	}
}
