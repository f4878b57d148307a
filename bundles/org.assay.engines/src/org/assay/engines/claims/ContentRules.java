/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.engines.claims;

import java.util.Set;

import org.assay.engines.claims.CueLexicon.Kind;
import org.assay.engines.claims.Quotes.Quote;

/**
 * Decides what a cue attributes. In order: a quotation next to the cue ("…," she said / she said, "…"),
 * the clause before a final or parenthetical cue (…, officials said), the rest of the sentence after
 * "according to X," and otherwise the clause the cue governs, up to the sentence end or the next
 * coordinated attribution.
 */
final class ContentRules {

	/** Words that may follow a sentence-final cue without being its content ("…, he said on Tuesday"). */
	private static final Set<String> TRAILERS = Set.of("on", "in", "at", "during", "after", "before", "last", "this",
			"earlier", "later", "late", "yesterday", "today", "recently", "monday", "tuesday", "wednesday", "thursday",
			"friday", "saturday", "sunday", "via", "through", "while", "when", "as", "from", "to", "of", "with",
			"afterward", "afterwards", "then", "again", "too", "also", "privately", "publicly", "here", "there");

	/** Prepositions that start a phrase of where, when or how something was said, and the longest such phrase. */
	private static final Set<String> SETTING_STARTS = Set.of("in", "on", "at", "during", "from", "via", "by", "with");
	private static final int SETTING_WORDS = 8;
	/** Verbs whose subject belongs to what is claimed ("X seems to be Y"), not to who claims it. */
	static final Set<String> RAISING = Set.of("seem", "appear");
	/** Verbs of saying whose content is never such a phrase (unlike "agreed with", "hinted at", "asked about"). */
	private static final Set<String> SAYING = Set.of("say", "tell", "add", "write", "report", "note", "explain",
			"state", "comment", "tweet", "post", "announce", "respond", "reply", "speak", "testify", "recall");

	/** Words that start the phrase after "to" naming who was spoken to ("to the press", "to his supporters"). */
	private static final Set<String> HEARER_STARTS = Set.of("the", "a", "an", "his", "her", "their", "its", "our",
			"my", "your", "this", "that", "these", "those", "some", "many", "all", "both", "each", "every", "one",
			"two", "three", "several", "fellow", "local", "reporters", "supporters");

	/** Verbs whose object comes before what is said: "told reporters", "asked him". */
	private static final Set<String> OBJECT_VERBS = Set.of("tell", "ask", "remind", "inform", "assure", "warn",
			"urge", "advise", "email", "text");

	private ContentRules() {
	}

	/** The claim a cue makes, or null; boundary is the token where a coordinated next attribution starts. */
	static Claim claimFor(ClaimText t, CueCandidate c, int boundary) {
		int sStart = t.sentenceStart(c.sentence());
		int sEnd = t.sentenceEnd(c.sentence());
		int cueBegin = t.begin(c.cueStart());
		int cueEnd = t.end(c.cueEnd() - 1);
		int[] source = c.source();
		int afterToken = c.right() != null ? c.right()[1] : c.cueEnd();
		String lemma = CueLexicon.lemmaOf(t.lower(c.cueStart()));
		int objectEnd = OBJECT_VERBS.contains(lemma) && c.right() == null
				? Sources.objectEnd(t, afterToken, sEnd)
				: afterToken;
		int afterChar = afterToken > c.cueEnd() ? t.end(afterToken - 1) : cueEnd;
		double confidence = switch (c.kind()) {
			case SPEECH -> 0.8;
			case THOUGHT -> 0.6;
			case QUOTE_ONLY -> 0.7;
		};
		if (c.passive()) {
			confidence -= 0.25;
		}
		Quote before = QuoteAttachment.quoteBefore(t, c.left() != null ? t.begin(c.left()[0]) : cueBegin);
		if (before != null && c.left() == null && t.lower(c.cueStart()).endsWith("ing")
				&& QuoteAttachment.cueBefore(t, sStart, before)) {
			before = null; // "the board said: “…,” adding that it would reopen": the quotation is said's
		}
		if (before == null && c.left() != null) {
			before = QuoteAttachment.quoteBeforeClaimant(t, t.begin(c.left()[0]));
			if (before != null) {
				// the words between the quotation and the claimant are part of it ("campaign manager")
				source = new int[] { t.segmentation.tokenAtOrAfter(before.end()), c.left()[1] };
			}
		}
		Quote after = QuoteAttachment.quoteAfter(t, afterChar, before != null);
		int begin;
		int end;
		int[] block;
		boolean shortBefore = before != null && Quotes.words(t.text, before.begin(), before.end()) < 5;
		if (before != null && (!c.according() || Quotes.closesWithComma(t.text, before)) && (after != null || !shortBefore
				|| !clauseFollows(t, objectEnd, sEnd))) {
			begin = QuoteAttachment.clauseBefore(t, before);
			end = after != null ? after.end() : before.end();
			confidence += 0.15;
		} else if (after != null) {
			begin = after.begin();
			end = Math.max(after.end(), QuoteAttachment.restOfSentence(t, after));
			confidence += 0.15;
		} else if (!c.according() && (block = QuoteAttachment.paragraphAfterColon(t, objectEnd, sEnd)) != null
				&& (c.kind() != Kind.QUOTE_ONLY || Quotes.isQuoteMark(t.text, block[0]))) {
			begin = block[0];
			end = block[1];
		} else if (c.kind() == Kind.QUOTE_ONLY) {
			return null;
		} else if ((block = ColonCues.turn(t, c)) != null) {
			begin = block[0];
			end = block[1];
		} else {
			int[] span = reported(t, c, sStart, sEnd, afterToken, objectEnd, boundary);
			if (span == null && before != null && !c.according()) {
				span = new int[] { QuoteAttachment.clauseBefore(t, before), before.end() };
			}
			if (span == null) {
				return null;
			}
			begin = span[0];
			end = QuoteAttachment.extendIntoQuote(t, span[1]);
			end = QuoteAttachment.quoteAfterFinalColon(t, end, sEnd);
			if (RAISING.contains(lemma) && c.left() != null) {
				// "The closures appear to have brought some stability": what seems so is the subject and its
				// complement ("it seems that …": the complement alone); nobody is named as saying it
				if (t.begin(c.left()[0]) < begin && !t.is(c.left()[0], "it", "there")) {
					begin = t.begin(c.left()[0]);
				}
				source = null;
			}
		}
		return claim(t, begin, end, cueBegin, cueEnd, source, Math.min(confidence, 0.95));
	}

	private static Claim claim(ClaimText t, int begin, int end, int cueBegin, int cueEnd, int[] source,
			double confidence) {
		int sourceBegin = source == null ? Claim.NONE : t.begin(source[0]);
		int sourceEnd = source == null ? Claim.NONE : t.end(source[1] - 1);
		return new Claim(begin, end, cueBegin, cueEnd, sourceBegin, sourceEnd, Claim.NONE, Claim.NONE,
				typeOf(t.text, begin, end), confidence);
	}

	/** DIRECT when the content is quotations only, MIXED when it holds some, else INDIRECT. */
	static ClaimType typeOf(String text, int begin, int end) {
		int marks = 0;
		for (int i = begin; i < end; i++) {
			if (Quotes.isQuoteMark(text, i)) {
				marks++;
			}
		}
		if (marks == 0) {
			return ClaimType.INDIRECT;
		}
		boolean opensAtStart = Quotes.isQuoteMark(text, begin);
		int last = end - 1;
		while (last > begin && !Character.isLetterOrDigit(text.charAt(last)) && !Quotes.isQuoteMark(text, last)) {
			last--;
		}
		boolean paragraphEnd = end == text.length() || text.charAt(end) == '\n';
		return opensAtStart && (Quotes.isQuoteMark(text, last) || paragraphEnd) ? ClaimType.DIRECT : ClaimType.MIXED;
	}

	/** The content of reported speech, as {begin, end} characters, or null. */
	private static int[] reported(ClaimText t, CueCandidate c, int sStart, int sEnd, int afterToken, int objectEnd,
			int boundary) {
		int clauseStart = c.clauseStart();
		while (clauseStart > sStart && c.left() != null
				&& t.is(clauseStart - 1, "the", "a", "an", "another", "new", "other")) {
			clauseStart--; // "…, the Tax Foundation said", "…, another source said": the claimant's article
		}
		int pre = clauseStart - 1;
		// "The museum, Mr. Obama said, would make …": a subject of two words is framed too when a verb goes on
		boolean framedByComma = pre > sStart && t.isPunct(pre, ",\u2014-(") && (words(t, sStart, pre) >= 3
				|| words(t, sStart, pre) >= 1 && t.isPunct(afterToken, ",") && Sources.isFinite(t, afterToken + 1));
		if (c.according()) {
			if (framedByComma && t.isPunct(afterToken, ",") && words(t, afterToken, sEnd) >= 2) {
				return chars(t, sStart, sEnd);
			}
			if (framedByComma || pre > sStart && t.isWord(pre) && words(t, sStart, clauseStart) >= 4) {
				// "…, according to X" and "Clinton leads by 271 delegates according to a count by the AP"
				return chars(t, sStart, clauseStart);
			}
			int start = afterToken;
			while (start < sEnd && t.isPunct(start, ",")) {
				start++;
			}
			return words(t, start, sEnd) >= 2 ? chars(t, start, sEnd) : null;
		}
		if (c.passive()) {
			return words(t, sStart, sEnd) >= 3 ? chars(t, sStart, sEnd) : null;
		}
		if (framedByComma && (trailerOnly(t, afterToken, sEnd) || objectEnd > afterToken && trailerOnly(t, objectEnd, sEnd))) {
			// "…, she said on Tuesday", "…, Graham told The Huffington Post on Thursday"
			return chars(t, sStart, pre);
		}
		if (framedByComma && t.isPunct(afterToken, ",") && words(t, afterToken, sEnd) >= 3) {
			return chars(t, sStart, sEnd);
		}
		int start = afterToken;
		if (objectEnd > afterToken && (t.is(objectEnd, "that") || TRAILERS.contains(t.lower(objectEnd)))) {
			start = objectEnd; // "told the committee (on Tuesday) that …"
		}
		if (start < sEnd && TRAILERS.contains(t.lower(start))) {
			for (int j = start + 1; j < Math.min(sEnd, start + 16); j++) {
				if (t.is(j, "that") && (t.isPunct(j - 1, ",") || objectEnd > afterToken && j - start <= 6)) {
					start = j;
					break;
				}
			}
		}
		while (start < sEnd && (t.isPunct(start, ",:") || t.is(start, "that"))) {
			start++;
		}
		int stop = Math.min(sEnd, boundary);
		if (words(t, start, stop) < 2 || settingOnly(t, c, start, stop)) {
			return null;
		}
		return chars(t, start, stop);
	}

	/**
	 * Whether a clause of its own follows the cue ("said the plan failed", "said that", "said:"), rather than
	 * punctuation, an appositive, or a time, place or manner phrase.
	 */
	private static boolean clauseFollows(ClaimText t, int from, int sEnd) {
		if (from >= sEnd) {
			return false;
		}
		if (t.is(from, "that") || t.isPunct(from, ":")) {
			return true;
		}
		String first = t.lower(from);
		return t.isWord(from) && !TRAILERS.contains(first) && !(first.endsWith("ly") && !t.isCapitalized(from))
				&& !trailerOnly(t, from, sEnd);
	}

	/**
	 * Whether what follows a cue to the end of its sentence is a short phrase of where, when or how it was said
	 * ("said in a follow-up interview.", "reported from Los Angeles."), with no clause of what was said.
	 */
	private static boolean settingOnly(ClaimText t, CueCandidate c, int from, int to) {
		CueLexicon.Entry cue = CueLexicon.lookup(t.lower(c.cueStart()));
		if (cue == null || !SAYING.contains(cue.lemma()) || words(t, from, to) > SETTING_WORDS
				|| !SETTING_STARTS.contains(t.lower(from)) || containsThat(t, from, to)) {
			return false;
		}
		for (int i = from; i < to; i++) {
			if (Sources.isFinite(t, i) || t.is(i, "be", "been", "not") || Sources.PRONOUNS.contains(t.lower(i))) {
				return false; // "said on Friday the plan would pass": a clause follows the phrase
			}
		}
		return true;
	}

	/** Whether the rest of the sentence is only a time or place phrase ("on Tuesday", "in a statement"). */
	private static boolean trailerOnly(ClaimText t, int from, int sEnd) {
		int words = words(t, from, sEnd);
		if (words == 0) {
			return true;
		}
		int first = from;
		while (first < sEnd && !t.isWord(first)) {
			first++;
		}
		if (t.is(first, "there") && Sources.isFinite(t, first + 1)) {
			return false; // "…, Mr. Castañeda argues, there are other tools": a clause, not a place
		}
		boolean adverb = t.lower(first).endsWith("ly") && !t.isCapitalized(first);
		return words <= 20 && (TRAILERS.contains(t.lower(first)) && !infinitive(t, first, sEnd) || adverb)
				&& !containsThat(t, from, sEnd);
	}

	/**
	 * Whether "to" starts an infinitive ("decided to press Israel", "refused to call him Ted"), which is what
	 * the cue attributes, rather than a phrase naming the hearer ("said to reporters", "told to the crowd").
	 */
	static boolean infinitive(ClaimText t, int to, int sEnd) {
		if (!t.is(to, "to") || to + 1 >= sEnd || !t.isWord(to + 1) || t.isCapitalized(to + 1)) {
			return false;
		}
		String next = t.lower(to + 1);
		return !HEARER_STARTS.contains(next) && !Sources.PRONOUNS.contains(next) && !next.endsWith("s");
	}

	private static boolean containsThat(ClaimText t, int from, int to) {
		for (int i = from; i < to; i++) {
			if (t.is(i, "that") || t.isPunct(i, ":")) {
				return true;
			}
		}
		return false;
	}

	static int words(ClaimText t, int from, int to) {
		int count = 0;
		for (int i = from; i < to; i++) {
			if (t.isWord(i)) {
				count++;
			}
		}
		return count;
	}

	/** The characters of tokens [from, to), without trailing punctuation other than closing quotes. */
	static int[] chars(ClaimText t, int from, int to) {
		int last = to - 1;
		while (last > from && !t.isWord(last) && !endsQuote(t, last)) {
			last--;
		}
		return new int[] { t.begin(from), t.end(last) };
	}

	private static boolean endsQuote(ClaimText t, int token) {
		String word = t.word(token);
		return !word.isEmpty() && Quotes.isQuoteMark(word, word.length() - 1) && !t.isWord(token);
	}


}
