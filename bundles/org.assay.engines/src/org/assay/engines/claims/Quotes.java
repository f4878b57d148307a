/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.engines.claims;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quotations in the raw text, paragraph by paragraph. Works on characters rather than tokens because
 * tokenizers glue quote marks to commas and words in ways that differ between curly, straight and doubled
 * ('' and ``) marks. A quotation left open at the end of a paragraph is kept open: in news style that
 * means the quotation continues in the next paragraph, which reopens it.
 */
final class Quotes {

	/**
	 * One quotation.
	 *
	 * @param begin  offset of the opening mark
	 * @param end    offset after the closing mark, or the paragraph end when it stays open
	 * @param closed whether a closing mark was found in the paragraph
	 */
	record Quote(int begin, int end, boolean closed) {

		boolean contains(int offset) {
			return offset >= begin && offset < end;
		}
	}

	private Quotes() {
	}

	/** Whether the character at an offset is (part of) a double quotation mark. */
	static boolean isQuoteMark(String text, int i) {
		char c = text.charAt(i);
		if (c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E' || c == '\u00AB' || c == '\u00BB') {
			return true;
		}
		if (c == '\'' || c == '`') {
			return i + 1 < text.length() && text.charAt(i + 1) == c || i > 0 && text.charAt(i - 1) == c;
		}
		return false;
	}

	/** All quotations of a text, in order. */
	static List<Quote> find(String text) {
		List<Quote> quotes = new ArrayList<>();
		int lineStart = 0;
		while (lineStart < text.length()) {
			int lineEnd = text.indexOf('\n', lineStart);
			if (lineEnd < 0) {
				lineEnd = text.length();
			}
			scanParagraph(text, lineStart, lineEnd, quotes);
			lineStart = lineEnd + 1;
		}
		return quotes;
	}

	private static void scanParagraph(String text, int from, int to, List<Quote> quotes) {
		int open = -1;
		for (int i = from; i < to; i++) {
			char c = text.charAt(i);
			int width = 1;
			boolean opening;
			boolean closing;
			if ((c == '\u201C' || c == '\u201E') && open >= 0 && i > from && !isSpace(text.charAt(i - 1))
					&& (i + 1 == to || isSpace(text.charAt(i + 1)) || !Character.isLetterOrDigit(text.charAt(i + 1)))) {
				// an opening mark typed where a closing one belongs ("…here,“ said Smith") closes the quotation
				opening = false;
				closing = true;
			} else if (c == '\u201C' || c == '\u201E' || c == '\u00AB') {
				opening = true;
				closing = false;
			} else if (c == '\u201D' || c == '\u00BB') {
				opening = false;
				closing = true;
			} else if (c == '"') {
				opening = open < 0;
				closing = open >= 0;
			} else if ((c == '\'' || c == '`') && i + 1 < to && text.charAt(i + 1) == c) {
				width = 2;
				opening = open < 0 && (c == '`' || i == from || !Character.isLetterOrDigit(text.charAt(i - 1)));
				closing = open >= 0 && c == '\'';
				if (closing && i + 2 < to && text.charAt(i + 2) == '\'') {
					width = 3; // ''' closes a quotation inside a quotation ('…them,''') and the outer one with it
				}
			} else {
				continue;
			}
			if (opening && open < 0) {
				open = i;
			} else if (closing && open >= 0) {
				quotes.add(new Quote(open, i + width, true));
				open = -1;
			}
			i += width - 1;
		}
		if (open >= 0) {
			int end = to;
			while (end > open && isSpace(text.charAt(end - 1))) {
				end--;
			}
			quotes.add(new Quote(open, end, false));
		}
	}

	/** Whether the last character inside a quotation's closing marks is a comma ("…,” according to …). */
	static boolean closesWithComma(String text, Quote quote) {
		int last = quote.end() - 1;
		while (last > quote.begin() && (isQuoteMark(text, last) || isSpace(text.charAt(last)))) {
			last--;
		}
		return text.charAt(last) == ',';
	}

	/** Whitespace including the no-break and other Unicode spaces that news text is full of. */
	static boolean isSpace(char c) {
		return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B';
	}

	/** The offset of the first character from {@code from} on that is no space of any kind, at most {@code end}. */
	static int skipSpaces(String text, int from, int end) {
		int at = from;
		while (at < end && isSpace(text.charAt(at))) {
			at++;
		}
		return at;
	}

	/** The text with leading and trailing spaces of any kind removed. */
	static String trim(String text) {
		int end = text.length();
		int begin = skipSpaces(text, 0, end);
		while (end > begin && isSpace(text.charAt(end - 1))) {
			end--;
		}
		return text.substring(begin, end);
	}

	/** Number of words (letter or digit runs) between two offsets. */
	static int words(String text, int begin, int end) {
		int count = 0;
		boolean inWord = false;
		for (int i = begin; i < end; i++) {
			boolean letter = Character.isLetterOrDigit(text.charAt(i));
			if (letter && !inWord) {
				count++;
			}
			inWord = letter;
		}
		return count;
	}
}
