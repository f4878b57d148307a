/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.engines.claims;

import java.util.Locale;
import java.util.Set;

import org.assay.engines.claims.CueLexicon.Kind;
import org.assay.text.Headlines;

/**
 * Colons that attribute: a speaker label opening a line (transcripts, headlines: "Sanders: Brexit could help
 * Trump") and any verb that introduces a quotation with a colon ("the mayor harrumphed: "…"").
 */
final class ColonCues {

	/** Labels that end with a colon without being speakers. */
	private static final Set<String> LABELS = Set.of("update", "updated", "related", "note", "photo", "video",
			"editor", "read", "watch", "source", "sources", "correction", "breaking", "exclusive", "listen", "more",
			"see", "also", "here", "contact", "follow", "email", "subscribe", "warning", "disclosure", "full",
			"abstract", "text", "graphic", "map", "chart", "credit", "via", "caption", "image", "click",
			// a place or a time ("At Portsmouth :"), and the headings of results and listings
			"at", "in", "on", "from", "for", "to", "by", "with", "postponed", "results", "result", "scorers",
			"attendance", "teams", "standings", "business");

	private ColonCues() {
	}

	/**
	 * A speaker label: a short run of capitalised words opening a sentence, then a colon, then what was said
	 * ("Sanders: Brexit could help Trump", "BENENSON: Senator Sanders doesn't get to decide").
	 */
	static CueCandidate speakerLabel(ClaimText t, int i, int sentence, int start, int end) {
		if (i > start + 1 && loneOpeningMark(t, start)) {
			start++; // a transcript quoted paragraph by paragraph: "WALLACE: … (its opening mark alone)
		}
		if (i == start || i - start > 5 || end - i < 3) {
			return null;
		}
		for (int j = start; j < i; j++) {
			if (!t.isCapitalized(j) && !t.is(j, "'s", "\u2019s") || LABELS.contains(t.lower(j))
					|| j > start && Headlines.isSmallWord(t.lower(j)) && !t.lower(j).equals("of")) {
				return null; // "Stealth Over Health:", a title-case kicker, names nobody ("BANK OF AMERICA:" may)
			}
		}
		if (!Names.isPersonLike(t, start, i) && !allCaps(t, start, i) && i - start > 1
				|| !readsAsSpeech(t, i + 1, end) || !allCaps(t, start, i) && listItem(t, start)) {
			return null;
		}
		return new CueCandidate(i, i + 1, sentence, Kind.SPEECH, new int[] { start, i }, null, false, false);
	}

	/**
	 * Whether a colon inside a quotation is a speaker label's all the same: the quotation opens its paragraph
	 * and the label follows its mark ("WALLACE: …, a transcript quoted with an opening mark on each
	 * paragraph, as a quotation over several paragraphs is written).
	 */
	static boolean labelInOpeningQuote(ClaimText t, int colon, int sentenceStart) {
		if (!t.word(colon).equals(":") || !loneOpeningMark(t, sentenceStart) || colon - sentenceStart < 2
				|| colon - sentenceStart > 6 || !t.opensParagraph(sentenceStart)) {
			return false;
		}
		return allCaps(t, sentenceStart + 1, colon);
	}

	/**
	 * What a speaker's turn says: from the label's colon to the end of its paragraph, as {begin, end}
	 * characters ("PENCE: Well, look, … And I think …" is one turn over several sentences). Null when the label
	 * does not open its paragraph (then the sentence after the colon is what was said).
	 */
	static int[] turn(ClaimText t, CueCandidate c) {
		if (!t.word(c.cueStart()).equals(":") || c.left() == null) {
			return null;
		}
		int first = c.left()[0];
		if (first > 0 && loneOpeningMark(t, first - 1)) {
			first--;
		}
		if (!t.opensParagraph(first) || c.cueEnd() >= t.paragraphEnd(first)) {
			return null;
		}
		return ContentRules.chars(t, c.cueEnd(), t.paragraphEnd(first));
	}

	/** Most paragraphs of a list walked back to the line that introduces it. */
	private static final int LIST_ITEMS = 40;

	/**
	 * Whether a label opens an item of a list that a paragraph ending with a colon introduces, directly or over
	 * items of the same shape ("Close of play scores on Friday :¶Leicester : Leicestershire beat Somerset by an
	 * innings and 39 runs ."): a place or a heading, not a speaker. A transcript's speakers, in capitals, stay
	 * speakers ("Partial transcript as follows:¶JAKE TAPPER: …").
	 */
	private static boolean listItem(ClaimText t, int start) {
		int item = start;
		for (int k = 0; k < LIST_ITEMS; k++) {
			int before = item - 1;
			if (before < 0 || t.paragraphOf(before) == t.paragraphOf(item)) {
				return false;
			}
			if (t.isPunct(before, ":")) {
				return true;
			}
			int first = before;
			while (first > 0 && t.paragraphOf(first - 1) == t.paragraphOf(before)) {
				first--;
			}
			boolean labelled = false;
			for (int j = first + 1; j <= Math.min(before, first + 5) && !labelled; j++) {
				labelled = t.isPunct(j, ":");
			}
			if (!labelled) {
				return false;
			}
			item = first;
		}
		return false;
	}

	/**
	 * Whether what follows a label and its colon reads as something said: fewer than a quarter of its words
	 * figures, and a quarter of them in lower case unless it is no list (a headline in title case is said too).
	 * Not a line of a results table ("Hove : Sussex 363 ( W. Athey 111 ..."), a list of names ("England : Mike
	 * Atherton ( captain ) , Nick Knight , ..."), or a form's field ("PAYING AGENT : Michigan National Bank ,
	 * Detroit").
	 */
	private static boolean readsAsSpeech(ClaimText t, int from, int end) {
		int words = 0;
		int lower = 0;
		int figures = 0;
		int commas = 0;
		for (int j = from; j < end; j++) {
			String w = t.word(j);
			commas += w.equals(",") ? 1 : 0;
			if (w.isEmpty() || !Character.isLetterOrDigit(w.charAt(0))) {
				continue;
			}
			words++;
			if (Character.isDigit(w.charAt(0))) {
				figures++;
			} else if (Character.isLowerCase(w.charAt(0)) && w.length() > 1) {
				lower++;
			}
		}
		return figures * 4 < words && (lower * 4 >= words || commas < 2);
	}

	/**
	 * Any verb that introduces a quotation with a colon ("Christie gloated: “…”", "as she put it: “…”") is a
	 * cue, whether or not the lexicon knows it: the colon and the quotation say enough.
	 */
	static CueCandidate verbBeforeColon(ClaimText t, int colon, int sentence, int start, int end) {
		int verb = colon - 1;
		// the quotation follows in the sentence, or opens the next paragraph ("Stone continued:")
		boolean quoteFollows = colon + 1 < end ? opensQuote(t, colon + 1)
				: colon + 1 < t.size() && t.paragraphOf(colon + 1) != t.paragraphOf(colon) && opensQuote(t, colon + 1);
		if (verb <= start || !t.isWord(verb) || t.isCapitalized(verb) || !quoteFollows) {
			return null;
		}
		if (t.is(verb, "it") && verb - 1 > start && t.isWord(verb - 1) && !t.isCapitalized(verb - 1)) {
			verb--; // "put it:"
		}
		int subjectEnd = Sources.subjectEnd(t, verb, start);
		int[] left = Sources.leftOf(t, subjectEnd, start);
		if (left == null || Sources.NOT_SUBJECT.contains(t.lower(verb))) {
			return null;
		}
		return new CueCandidate(verb, colon + 1, sentence, Kind.SPEECH, left, null, false, false);
	}

	/** A quotation mark standing alone as a token, opening what follows: "\"WALLACE: …". */
	private static boolean loneOpeningMark(ClaimText t, int token) {
		return opensQuote(t, token) && !t.isWord(token);
	}

	private static boolean opensQuote(ClaimText t, int token) {
		String word = t.word(token);
		return !word.isEmpty() && Quotes.isQuoteMark(word, 0);
	}

	private static boolean allCaps(ClaimText t, int from, int to) {
		for (int j = from; j < to; j++) {
			String w = t.word(j);
			if (!w.equals(w.toUpperCase(Locale.ROOT))) {
				return false;
			}
		}
		return true;
	}
}
