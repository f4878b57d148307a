/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.engines.claims;

import java.util.ArrayList;
import java.util.List;

import org.assay.engines.claims.Quotes.Quote;

/**
 * Quotations signed with a dash: a paragraph that is a quotation, then a dash and the speaker's name to close
 * it ("“…He represents our greatest shame.” ― Sonya Herridge", as readers' and epigraphs' words are printed).
 * The dash is the cue, the name the claimant, the quotation what was said. Found on characters: tokenizers
 * glue the closing mark, a full stop and the dash in different ways.
 */
final class SignedQuotes {

	/** The dashes that sign a quotation: the horizontal bar and the em dash. */
	private static final String DASHES = "\u2015\u2014";

	/** Most words of a signature. */
	private static final int NAME_WORDS = 4;

	private SignedQuotes() {
	}

	/** The claims of the signed quotations of a text. */
	static List<Claim> find(ClaimText t) {
		List<Claim> claims = new ArrayList<>();
		String text = t.text;
		for (Quote q : t.quotes) {
			int mark = t.segmentation.tokenAtOrAfter(q.begin());
			if (!q.closed() || t.begin(mark) != q.begin() || !t.opensParagraph(mark)
					|| Quotes.words(text, q.begin(), q.end()) < 3) {
				continue;
			}
			int dash = Quotes.skipSpaces(text, q.end(), text.length());
			if (dash >= text.length() || DASHES.indexOf(text.charAt(dash)) < 0) {
				continue;
			}
			int nameBegin = Quotes.skipSpaces(text, dash + 1, text.length());
			int lineEnd = text.indexOf('\n', nameBegin);
			int nameEnd = lineEnd < 0 ? text.length() : lineEnd;
			while (nameEnd > nameBegin && (Quotes.isSpace(text.charAt(nameEnd - 1)) || text.charAt(nameEnd - 1) == '.')) {
				nameEnd--;
			}
			if (isName(text, nameBegin, nameEnd)) {
				claims.add(new Claim(q.begin(), q.end(), dash, dash + 1, nameBegin, nameEnd, Claim.NONE, Claim.NONE,
						ClaimType.DIRECT, 0.8));
			}
		}
		return claims;
	}

	/** One to four capitalised words (initials with their full stop too), and nothing else. */
	private static boolean isName(String text, int begin, int end) {
		if (begin >= end) {
			return false;
		}
		String[] words = text.substring(begin, end).split("[\\s\\u00A0]+");
		if (words.length > NAME_WORDS) {
			return false;
		}
		for (String word : words) {
			if (word.isEmpty() || !Character.isUpperCase(word.codePointAt(0))) {
				return false;
			}
			for (int i = 0; i < word.length(); i++) {
				char c = word.charAt(i);
				if (!Character.isLetter(c) && c != '.' && c != '-' && c != '\'' && c != '\u2019') {
					return false;
				}
			}
		}
		return true;
	}
}
