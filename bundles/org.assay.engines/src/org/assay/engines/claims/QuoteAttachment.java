/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.engines.claims;

import org.assay.engines.claims.Quotes.Quote;

/**
 * Attaches quotations to cues: the quotation just before a cue ("…," she said), the one just after it
 * (she said: "…"), and how far a content that starts or ends with a quotation reaches into the sentence
 * around it. Only punctuation, "that" or a short introductory phrase may stand between cue and quotation;
 * anything longer means the quotation belongs to someone else, or to no one (scare quotes).
 */
final class QuoteAttachment {

	private QuoteAttachment() {
	}

	/**
	 * Where the content that ends with a quotation starts: the quotation, or the start of its sentence when
	 * the quotation completes a sentence begun outside it (America needs leaders "who …," she said).
	 */
	static int clauseBefore(ClaimText t, Quote quote) {
		int token = t.segmentation.tokenAtOrAfter(quote.begin());
		if (token >= t.size()) {
			return quote.begin();
		}
		int paragraph = t.paragraphOf(token);
		int first = token;
		while (first > 0 && t.paragraphOf(first - 1) == paragraph && !endsSentence(t, first - 1)
				&& CueLexicon.lookup(t.lower(first - 1)) == null && !t.is(first - 1, "according")
				&& t.quoteOf(first - 1) < 0 && token - first < 40) {
			first--;
		}
		return first < token && t.isWord(first) ? t.begin(first) : quote.begin();
	}

	private static boolean endsSentence(ClaimText t, int token) {
		String word = t.word(token);
		for (int i = word.length() - 1; i >= 0; i--) {
			char c = word.charAt(i);
			if (c == '.' || c == '?' || c == '!' || c == ':' || c == ';') {
				return !t.isWord(token);
			}
			if (!Quotes.isQuoteMark(word, i)) {
				return false;
			}
		}
		return false;
	}

	/**
	 * Where a sentence that goes on after a quotation ends: said that "we need answers" about the case. The
	 * quotation's own end when only punctuation follows it.
	 */
	static int restOfSentence(ClaimText t, Quote quote) {
		int token = t.segmentation.tokenAtOrAfter(quote.end());
		if (token >= t.size() || t.paragraphOf(token) != t.paragraphOf(t.segmentation.tokenAtOrAfter(quote.begin()))) {
			return quote.end();
		}
		int sentenceEnd = t.sentenceEnd(t.sentenceOf(token));
		for (int i = token; i < sentenceEnd; i++) {
			if (CueLexicon.lookup(t.lower(i)) != null && (i - token < 4 || t.isPunct(i - 1, ",;"))
					|| t.quoteOf(i) >= 0 && !t.isPunct(i, ".,;:!?")) {
				return quote.end();
			}
		}
		int[] rest = ContentRules.chars(t, token, sentenceEnd);
		return ContentRules.words(t, token, sentenceEnd) >= 2 ? rest[1] : quote.end();
	}

	/** The last closed quotation that ends at or before an offset, or null. */
	private static Quote lastClosedBefore(ClaimText t, int offset) {
		Quote found = null;
		for (Quote q : t.quotes) {
			if (q.end() <= offset && q.closed()) {
				found = q;
			} else if (q.begin() >= offset) {
				break;
			}
		}
		return found;
	}

	/** A quotation ending just before an offset, with only spaces, commas or dashes between. */
	static Quote quoteBefore(ClaimText t, int offset) {
		Quote found = lastClosedBefore(t, offset);
		if (found == null || !onlyFiller(t.text, found.end(), offset, false)) {
			return null;
		}
		int last = found.end() - 1;
		while (last > found.begin() && (Quotes.isQuoteMark(t.text, last) || Quotes.isSpace(t.text.charAt(last)))) {
			last--;
		}
		// one word is enough when punctuation inside the marks says it was spoken: "“No,” he said"
		if (Quotes.words(t.text, found.begin(), found.end()) < (",?!".indexOf(t.text.charAt(last)) >= 0 ? 1 : 2)) {
			return null;
		}
		// a quotation closed by a full stop is a sentence of its own: "…." Smith said: "…"
		return t.text.charAt(last) == '.' ? null : found;
	}

	/**
	 * A quotation that closes with a comma, then a short phrase in front of the claimant that starts at an
	 * offset ("…,” Sanders campaign manager Jeff Weaver said): the comma inside the marks says the sentence
	 * goes on to name the speaker, so the phrase belongs to the claimant. Null when a sentence ends, a line
	 * breaks, another quotation or a cue word stands between.
	 */
	static Quote quoteBeforeClaimant(ClaimText t, int offset) {
		Quote found = lastClosedBefore(t, offset);
		if (found == null || offset - found.end() > 80 || Quotes.words(t.text, found.begin(), found.end()) < 2
				|| Quotes.words(t.text, found.end(), offset) > 8) {
			return null;
		}
		int last = found.end() - 1;
		while (last > found.begin() && (Quotes.isQuoteMark(t.text, last) || Quotes.isSpace(t.text.charAt(last)))) {
			last--;
		}
		if (t.text.charAt(last) != ',') {
			return null;
		}
		for (int i = found.end(); i < offset; i++) {
			char ch = t.text.charAt(i);
			if (ch == '\n' || Quotes.isQuoteMark(t.text, i)) {
				return null;
			}
		}
		int claimant = t.segmentation.tokenAtOrAfter(offset);
		if (claimant >= t.size() || t.sentenceOf(t.segmentation.tokenAtOrAfter(last)) != t.sentenceOf(claimant)) {
			return null;
		}
		return cueBetween(t, found.end(), offset) ? null : found;
	}

	/**
	 * The paragraph that a cue's sentence introduces with a final colon ("Cruz continued:" or "he said in a
	 * statement:" closing a paragraph, the words following in the next one), as {begin, end} characters: the
	 * quotation opening that paragraph, or the whole paragraph. Null when the sentence does not end so, or when
	 * more than a short phrase, a quotation or another cue stands between the cue and the colon.
	 */
	static int[] paragraphAfterColon(ClaimText t, int from, int sentenceEnd) {
		int colon = sentenceEnd - 1;
		if (colon < from - 1 || !t.word(colon).equals(":") || sentenceEnd >= t.size()
				|| t.paragraphOf(sentenceEnd) == t.paragraphOf(colon) || ContentRules.words(t, from, colon) > 8) {
			return null;
		}
		for (int i = from; i < colon; i++) {
			if (t.quoteOf(i) >= 0 || CueLexicon.lookup(t.lower(i)) != null) {
				return null;
			}
		}
		int first = sentenceEnd;
		for (Quote q : t.quotes) {
			if (q.begin() == t.begin(first)) {
				return new int[] { q.begin(), q.end() };
			}
		}
		int end = t.paragraphEnd(first);
		return ContentRules.words(t, first, end) >= 2 ? ContentRules.chars(t, first, end) : null;
	}

	/**
	 * Where a content ends that runs to a colon closing its paragraph: at the end of the quotation that opens
	 * the next paragraph ("said that, given the field: / “There is only one.”"), else where it ended.
	 */
	static int quoteAfterFinalColon(ClaimText t, int end, int sentenceEnd) {
		int colon = sentenceEnd - 1;
		if (colon < 1 || !t.word(colon).equals(":") || sentenceEnd >= t.size()
				|| t.paragraphOf(sentenceEnd) == t.paragraphOf(colon) || end < t.end(colon - 1)) {
			return end;
		}
		for (Quote q : t.quotes) {
			if (q.begin() == t.begin(sentenceEnd)) {
				return q.end();
			}
		}
		return end;
	}

	/** A quotation starting soon after an offset: after a comma, colon, "that", or a short phrase ending so. */
	static Quote quoteAfter(ClaimText t, int offset, boolean continuing) {
		for (Quote q : t.quotes) {
			if (q.begin() >= offset) {
				int words = Quotes.words(t.text, q.begin(), q.end());
				boolean spoken = words == 1 && q.closed() && ".?!".indexOf(lastBeforeMarks(t.text, q)) >= 0
						&& ",:".indexOf(Quotes.trim(t.text.substring(offset, q.begin())).isEmpty() ? ' '
								: Quotes.trim(t.text.substring(offset, q.begin())).charAt(0)) >= 0;
				return onlyFiller(t.text, offset, q.begin(), !continuing) && (words >= 2 || spoken)
						&& !cueBetween(t, offset, q.begin()) ? q : null;
			}
		}
		return null;
	}

	/** Whether a cue word stands in a sentence before a quotation, outside quotations: the quotation's own cue. */
	static boolean cueBefore(ClaimText t, int sentenceStart, Quote quote) {
		return cueBetween(t, t.begin(sentenceStart), quote.begin());
	}

	/**
	 * Whether a cue word stands between two offsets: the quotation after a phrase with a cue of its own is that
	 * cue's ("noted that …, and added: “…”", "Asked if …, Kovac replied, “…”").
	 */
	private static boolean cueBetween(ClaimText t, int from, int to) {
		for (int token = t.segmentation.tokenAtOrAfter(from); token < t.size() && t.begin(token) < to; token++) {
			if (t.quoteOf(token) < 0 && CueLexicon.lookup(t.lower(token)) != null) {
				return true;
			}
		}
		return false;
	}

	/** The last character inside a quotation's closing marks. */
	private static char lastBeforeMarks(String text, Quote q) {
		int last = q.end() - 1;
		while (last > q.begin() && (Quotes.isQuoteMark(text, last) || Quotes.isSpace(text.charAt(last)))) {
			last--;
		}
		return text.charAt(last);
	}

	private static boolean onlyFiller(String text, int from, int to, boolean phraseAllowed) {
		if (to - from > 80 || text.substring(from, to).indexOf('\n') >= 0) {
			return false;
		}
		String between = Quotes.trim(text.substring(from, to));
		if (between.isEmpty() || between.equals(",") || between.equals(":") || between.equals("\u2014")
				|| between.equals("that") || between.equals(", that")) {
			return true;
		}
		if (!phraseAllowed) {
			return false;
		}
		char last = between.charAt(between.length() - 1);
		return (last == ',' || last == ':') && Quotes.words(text, from, to) <= 8 && between.indexOf('.') < 0;
	}

	/** Reported speech ending inside a quotation that runs on to later sentences takes the whole quotation. */
	static int extendIntoQuote(ClaimText t, int end) {
		for (Quote q : t.quotes) {
			if (q.begin() < end && end < q.end()) {
				return q.end();
			}
		}
		return end;
	}
}
