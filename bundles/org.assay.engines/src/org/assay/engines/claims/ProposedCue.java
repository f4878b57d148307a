/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.engines.claims;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A claim's cue as proposed ({@link ProposedExtents}): the words that report the claim, with the auxiliary before
 * them ("had argued"), the hearer ("told reporters") and the medium it was said in ("estimated in a report").
 */
final class ProposedCue {

	/** Auxiliaries before a cue that belong to it ("had argued", "has also said"). */
	private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "will", "would", "did", "does", "do");

	/** Adverbs that may stand between an auxiliary and its cue. */
	private static final Set<String> CUE_ADVERBS = Set.of("also", "repeatedly", "previously", "publicly",
			"privately", "recently", "often", "never", "already", "again", "once", "long", "since");

	/** Words that open a noun phrase (a hearer, the medium of a statement). */
	private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "his", "her", "its", "their", "our",
			"my", "your", "this");

	/** Most words of a hearer after a cue such as "told". */
	private static final int MAX_HEARER_WORDS = 3;

	private ProposedCue() {
	}

	/**
	 * The cue with the auxiliary before it and, after it, its hearer and the medium it was said in, as far as the
	 * content, the claimant or the end of the clause allow.
	 */
	static int[] cue(String text, Claim c, List<int[]> content) {
		int begin = auxiliaryBefore(text, c);
		int limit = text.length();
		for (int[] part : content) {
			if (part[0] >= c.cueEnd()) {
				limit = part[0];
				break;
			}
		}
		if (c.hasSource() && c.sourceBegin() >= c.cueEnd()) {
			limit = Math.min(limit, c.sourceBegin());
		}
		int end = c.cueEnd();
		if (ProposedExtents.HEARER_CUES.contains(CueLexicon.lemmaOf(ProposedExtents.cueWord(text, c)))) {
			end = phrase(text, end, limit, false, MAX_HEARER_WORDS);
		}
		int afterIn = wordEndIf(text, end, limit, "in");
		if (afterIn > 0) {
			int medium = phrase(text, afterIn, limit, true, 1);
			if (medium > afterIn) {
				end = medium;
			}
		}
		return new int[] { begin, end };
	}

	/** Where an auxiliary (and adverbs) right before the cue begin, or the cue's begin when there is none. */
	private static int auxiliaryBefore(String text, Claim c) {
		int floor = c.hasSource() && c.sourceEnd() <= c.cueBegin() ? c.sourceEnd() : 0;
		if (c.contentEnd() <= c.cueBegin()) {
			floor = Math.max(floor, c.contentEnd());
		}
		int at = c.cueBegin();
		int found = at;
		for (int k = 0; k < 3; k++) {
			int wordEnd = at;
			if (wordEnd - 1 < floor || text.charAt(wordEnd - 1) != ' ') {
				break;
			}
			int wordBegin = wordEnd - 1;
			while (wordBegin > floor && Character.isLetter(text.charAt(wordBegin - 1))) {
				wordBegin--;
			}
			String word = text.substring(wordBegin, wordEnd - 1).toLowerCase(Locale.ROOT);
			if (AUXILIARIES.contains(word)) {
				found = wordBegin;
			} else if (!CUE_ADVERBS.contains(word)) {
				break;
			}
			at = wordBegin;
		}
		return found;
	}

	/**
	 * The end of a short noun phrase after an offset: a determiner if {@code determiner} is required, then at most
	 * {@code words} words of letters; the offset itself when there is none. The phrase stops before "that", a
	 * preposition and any punctuation.
	 */
	private static int phrase(String text, int from, int limit, boolean determiner, int words) {
		int at = skipBlanks(text, from, limit);
		if (at == from || at >= limit) {
			return from;
		}
		String first = ProposedExtents.wordAt(text, at, limit);
		if (determiner && !DETERMINERS.contains(first)) {
			return from;
		}
		int end = from;
		int taken = 0;
		if (DETERMINERS.contains(first)) {
			end = at + first.length();
			at = skipBlanks(text, end, limit);
			if (at == end) {
				return from;
			}
		}
		while (taken < words && at < limit) {
			String word = ProposedExtents.wordAt(text, at, limit);
			if (word.isEmpty() || word.equals("that") || ProposedExtents.SETTING_WORDS.contains(word)
					|| ProposedExtents.DAYS.contains(word) || at + word.length() > limit) {
				break;
			}
			end = at + word.length();
			taken++;
			at = skipBlanks(text, end, limit);
			if (at == end) {
				break; // punctuation
			}
		}
		return taken == 0 ? from : end;
	}

	/** The end of the given word if it follows the offset after one space, or 0. */
	private static int wordEndIf(String text, int from, int limit, String word) {
		int at = skipBlanks(text, from, limit);
		return at > from && at < limit && ProposedExtents.wordAt(text, at, limit).equals(word) ? at + word.length() : 0;
	}

	/** Past the plain spaces from an offset: a cue does not run on over a line break into the next paragraph. */
	static int skipBlanks(String text, int from, int limit) {
		int at = from;
		while (at < limit && text.charAt(at) == ' ') {
			at++;
		}
		return at;
	}
}
