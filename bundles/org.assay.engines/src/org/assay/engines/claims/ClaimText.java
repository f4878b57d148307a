/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.engines.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.assay.engines.claims.Quotes.Quote;
import org.assay.engines.entities.EntityMention;
import org.assay.text.Headlines;
import org.assay.text.Segmentation;

/**
 * A segmented text with what the claim rules ask of every token: its lower-case form, whether it is a
 * word, which quotation holds it and which paragraph. Computed once so that the rules stay simple reads.
 */
final class ClaimText {

	final String text;
	final Segmentation segmentation;
	final List<Quote> quotes;
	final List<EntityMention> entities;
	/** Where the text's first line, its headline, ends ({@link Headlines#firstLineEnd}). */
	final int firstLineEnd;
	private final String[] lower;
	private final int[] quoteOf;
	private final int[] paragraphOf;

	ClaimText(Segmentation segmentation, List<EntityMention> entities) {
		this.text = segmentation.text();
		this.segmentation = segmentation;
		this.quotes = Quotes.find(text);
		this.firstLineEnd = Headlines.firstLineEnd(text);
		List<EntityMention> sorted = new ArrayList<>(entities == null ? List.of() : entities);
		sorted.sort(Comparator.comparingInt(EntityMention::begin));
		this.entities = sorted;
		int n = segmentation.tokenCount();
		lower = new String[n];
		quoteOf = new int[n];
		paragraphOf = new int[n];
		int quote = 0;
		int paragraph = 0;
		int scanned = 0;
		for (int i = 0; i < n; i++) {
			int begin = segmentation.tokenBegins()[i];
			lower[i] = segmentation.token(i).toLowerCase(Locale.ROOT);
			while (quote < quotes.size() && quotes.get(quote).end() <= begin) {
				quote++;
			}
			quoteOf[i] = quote < quotes.size() && insideMarks(quotes.get(quote), i) ? quote : -1;
			for (; scanned < begin; scanned++) {
				if (text.charAt(scanned) == '\n') {
					paragraph++;
				}
			}
			paragraphOf[i] = paragraph;
		}
	}

	/** Whether a token lies within a quotation's marks (and is not the opening or closing mark itself). */
	private boolean insideMarks(Quote quote, int token) {
		int begin = begin(token);
		int end = end(token);
		return begin > quote.begin() && (end < quote.end() || !quote.closed() && end <= quote.end())
				|| begin >= quote.begin() && end <= quote.end() && isWord(token);
	}

	int size() {
		return lower.length;
	}

	String lower(int token) {
		return lower[token];
	}

	String word(int token) {
		return segmentation.token(token);
	}

	int begin(int token) {
		return segmentation.tokenBegins()[token];
	}

	int end(int token) {
		return segmentation.tokenEnds()[token];
	}

	/** Index of the quotation holding the token, or -1. */
	int quoteOf(int token) {
		return quoteOf[token];
	}

	int paragraphOf(int token) {
		return paragraphOf[token];
	}

	int sentenceOf(int token) {
		return segmentation.sentenceOf(token);
	}

	int sentenceStart(int sentence) {
		return segmentation.sentenceStarts()[sentence];
	}

	int sentenceEnd(int sentence) {
		return segmentation.sentenceEnds()[sentence];
	}

	/** Whether a token holds a letter or a digit. */
	boolean isWord(int token) {
		String word = lower[token];
		for (int i = 0; i < word.length(); i++) {
			if (Character.isLetterOrDigit(word.charAt(i))) {
				return true;
			}
		}
		return false;
	}

	/** Whether a token holds a quotation mark, alone or glued to other characters. */
	boolean hasQuoteMark(int token) {
		String word = segmentation.token(token);
		for (int k = 0; k < word.length(); k++) {
			if (Quotes.isQuoteMark(word, k)) {
				return true;
			}
		}
		return false;
	}

	/** Whether a token is the first of its paragraph. */
	boolean opensParagraph(int token) {
		return token == 0 || paragraphOf[token - 1] != paragraphOf[token];
	}

	/** The token after the last one of a token's paragraph. */
	int paragraphEnd(int token) {
		int end = token + 1;
		while (end < lower.length && paragraphOf[end] == paragraphOf[token]) {
			end++;
		}
		return end;
	}

	boolean isCapitalized(int token) {
		String word = segmentation.token(token);
		return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
	}

	/** Whether a token is one of the given lower-case words. */
	boolean is(int token, String... words) {
		if (token < 0 || token >= lower.length) {
			return false;
		}
		for (String w : words) {
			if (lower[token].equals(w)) {
				return true;
			}
		}
		return false;
	}

	/** Whether a token is punctuation holding one of the given characters only. */
	boolean isPunct(int token, String chars) {
		if (token < 0 || token >= lower.length || isWord(token)) {
			return false;
		}
		String word = lower[token];
		for (int i = 0; i < word.length(); i++) {
			if (chars.indexOf(word.charAt(i)) < 0 && !Quotes.isQuoteMark(word, i)) {
				return false;
			}
		}
		return chars.chars().anyMatch(c -> word.indexOf(c) >= 0);
	}

	/** The entity mention starting at or covering an offset, or null. */
	EntityMention entityAt(int offset) {
		for (EntityMention mention : entities) {
			if (mention.begin() <= offset && offset < mention.end()) {
				return mention;
			}
		}
		return null;
	}
}
