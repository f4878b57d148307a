/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.engines.claims;

import java.util.ArrayList;
import java.util.List;

import org.assay.engines.claims.Quotes.Quote;

/**
 * Extends direct claims over the quotations that continue them: "…," he said. "More…" in the same
 * paragraph, and, in news style, a quotation left open at a paragraph's end that the next paragraph reopens.
 * A quotation already used by another claim, or separated by another cue, is not taken.
 */
final class QuoteContinuation {

	/** Most words allowed between a quotation and its continuation ("he said at a rally on Tuesday.", or a claimant
	 * described at length); 35 rather than 25 since session 10, 8 more attributions matched on PolNeAR train. */
	private static final int MAX_GAP_WORDS = 35;

	private QuoteContinuation() {
	}

	static List<Claim> extend(ClaimText t, List<Claim> claims) {
		List<Claim> result = new ArrayList<>(claims);
		for (int i = 0; i < result.size(); i++) {
			Claim claim = result.get(i);
			if (claim.type() == ClaimType.INDIRECT) {
				claim = quotationAfterReportedSpeech(t, result, i, claim);
				result.set(i, claim);
			}
			if (claim.type() == ClaimType.INDIRECT) {
				continue;
			}
			int end = claim.contentEnd();
			boolean extended = true;
			while (extended) {
				extended = false;
				Quote last = quoteEndingAt(t, end);
				Quote next = nextQuote(t, end);
				if (last == null || next == null || used(result, next, i)) {
					break;
				}
				int gapFrom = Math.max(end, Math.max(claim.cueEnd(), claim.sourceEnd()));
				boolean sameParagraph = t.text.substring(end, next.begin()).indexOf('\n') < 0;
				boolean reopened = onlyBreaks(t.text, Math.max(gapFrom, last.end()), next.begin())
						&& (!last.closed() || quoteOnlyParagraph(t, result, i, next));
				if (sameParagraph && gapFree(t, result, i, gapFrom, next.begin()) || reopened
						|| last.closed() && claim.cueBegin() >= last.end()
								&& attributionEndsParagraph(t, gapFrom, next.begin())
								&& quoteOnlyParagraph(t, result, i, next)) {
					end = next.end();
					extended = true;
				}
			}
			if (end != claim.contentEnd()) {
				result.set(i, claim.withContent(claim.contentBegin(), end, claim.type()));
			}
		}
		return result;
	}

	/**
	 * Reported speech that ends its sentence, followed in the same paragraph by a sentence that is nothing but a
	 * quotation with no cue of its own, takes that quotation ("He said there should be no quota. “Whoever gets the
	 * most delegates should win.”"): the claim becomes mixed.
	 */
	private static Claim quotationAfterReportedSpeech(ClaimText t, List<Claim> claims, int self, Claim claim) {
		if (claim.cueBegin() > claim.contentBegin()) {
			return claim; // "…, he said": the reported speech came first
		}
		Quote next = nextQuote(t, claim.contentEnd());
		if (next == null || used(claims, next, self)) {
			return claim;
		}
		String gap = t.text.substring(claim.contentEnd(), next.begin());
		boolean sameParagraph = gap.matches("[.!?]?[ \\t]+") && sentenceRest(t, next).matches("[\\s.!?]*");
		boolean nextParagraph = gap.matches("[.!?]?\\s*\\n\\s*") && quoteOnlyParagraph(t, claims, self, next);
		if (!sameParagraph && !nextParagraph) {
			return claim;
		}
		return claim.withContent(claim.contentBegin(), next.end(), ClaimType.MIXED);
	}

	/** What follows a quotation up to the end of its sentence. */
	private static String sentenceRest(ClaimText t, Quote quote) {
		int token = t.segmentation.tokenAtOrAfter(quote.end() - 1); // the closing mark's
		if (token < 0 || token >= t.size()) {
			return "";
		}
		int end = t.sentenceEnd(t.sentenceOf(token));
		int endChar = end >= t.size() ? t.text.length() : t.begin(end);
		return endChar > quote.end() ? t.text.substring(quote.end(), endChar) : "";
	}

	private static Quote quoteEndingAt(ClaimText t, int end) {
		for (Quote q : t.quotes) {
			if (q.end() == end) {
				return q;
			}
		}
		return null;
	}

	private static Quote nextQuote(ClaimText t, int offset) {
		for (Quote q : t.quotes) {
			// a title or a word in quotation marks on the way ("told NBC's “Today” on Monday.") is passed over
			if (q.begin() >= offset && Quotes.words(t.text, q.begin(), q.end()) >= 3) {
				return q;
			}
		}
		return null;
	}

	private static boolean used(List<Claim> claims, Quote quote, int self) {
		for (int j = 0; j < claims.size(); j++) {
			Claim other = claims.get(j);
			if (j != self && other.contentEnd() > quote.begin() && other.contentBegin() < quote.end()) {
				return true;
			}
		}
		return false;
	}

	/** Whether between two offsets there are few words and no other claim's cue beyond the claim's sentence. */
	private static boolean gapFree(ClaimText t, List<Claim> claims, int self, int from, int to) {
		if (from > to || Quotes.words(t.text, from, to) > MAX_GAP_WORDS) {
			return false;
		}
		int ownSentence = t.sentenceOf(t.segmentation.tokenAtOrAfter(claims.get(self).cueBegin()));
		for (int j = 0; j < claims.size(); j++) {
			int cue = claims.get(j).cueBegin();
			// a cue in the tail of the claim's own sentence ("he said, adding that…") does not stop it
			if (j != self && cue >= from && cue < to
					&& t.sentenceOf(t.segmentation.tokenAtOrAfter(cue)) != ownSentence) {
				return false;
			}
		}
		return true;
	}

	/** A paragraph that is nothing but this quotation and holds no other claim's cue. */
	private static boolean quoteOnlyParagraph(ClaimText t, List<Claim> claims, int self, Quote quote) {
		int lineEnd = t.text.indexOf('\n', quote.begin());
		if (lineEnd < 0) {
			lineEnd = t.text.length();
		}
		return Quotes.trim(t.text.substring(quote.end(), lineEnd)).isEmpty() && gapFree(t, claims, self, quote.begin(), lineEnd);
	}

	/**
	 * Whether the attribution after a quotation runs to the end of its paragraph ("…,” Viguerie tells Breitbart
	 * News in an exclusive interview.) in few words and no quotation, and only line breaks follow up to the next
	 * quotation: in news style a paragraph that is nothing but a quotation then goes on with the same speaker.
	 */
	private static boolean attributionEndsParagraph(ClaimText t, int from, int to) {
		int lineEnd = t.text.indexOf('\n', from);
		if (lineEnd < 0 || lineEnd > to || !onlyBreaks(t.text, lineEnd, to)
				|| Quotes.words(t.text, from, lineEnd) > MAX_GAP_WORDS) {
			return false;
		}
		for (int k = from; k < lineEnd; k++) {
			if (Quotes.isQuoteMark(t.text, k)) {
				return false;
			}
		}
		return true;
	}

	private static boolean onlyBreaks(String text, int from, int to) {
		return from <= to && Quotes.trim(text.substring(from, to)).isEmpty() && text.substring(from, to).indexOf('\n') >= 0;
	}
}
