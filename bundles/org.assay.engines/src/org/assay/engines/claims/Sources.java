/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.engines.claims;

import java.util.Set;
import org.assay.engines.entities.EntityMention;

/**
 * Finds the claimant next to a cue without a parser: the noun phrase that ends just before the cue
 * (skipping auxiliaries and adverbs, and an appositive between commas), or the one just after an inverted
 * cue ("said Smith"). Entity mentions, when given, fix the extent of names.
 */
final class Sources {

	/** Words between a subject and its verb: auxiliaries, negation and common adverbs. */
	static final Set<String> BETWEEN = Set.of("has", "have", "had", "also", "previously", "later", "repeatedly",
			"then", "once", "again", "still", "even", "just", "often", "already", "never", "not", "n't", "did",
			"does", "do", "will", "would", "could", "can", "may", "might", "should", "must", "is", "was", "are",
			"were", "been", "be", "being", "long", "further", "first", "last", "now",
			"all", "both", "too", "always", "ever", "soon", "apparently", "reportedly", "'ve", "\u2019ve");

	static final Set<String> PRONOUNS = Set.of("he", "she", "they", "we", "i", "you", "it");

	static final Set<String> RELATIVES = Set.of("who", "which", "that");

	/** Words that cannot end a subject noun phrase. */
	static final Set<String> NOT_SUBJECT = Set.of("the", "a", "an", "his", "her", "their", "its", "our", "my",
			"your", "this", "these", "those", "of", "in", "on", "at", "for", "with", "by", "from", "to", "about", "as",
			"into", "than", "and", "or", "but", "if", "when", "while", "because", "more", "most", "some", "any", "no",
			"every", "each", "such", "many", "few", "own", "what", "how", "why", "where", "there", "here", "so",
			"not", "after", "before", "since", "over", "under", "against", "between", "through", "without", "also",
			"very", "much", "been", "be", "is", "was", "are", "were", "being", "has", "have", "had", "do", "did",
			"does", "would", "will", "could", "can", "should", "may", "might", "must", "then", "just",
			"only", "even", "like", "unlike", "whether", "new", "other", "same", "another");

	private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "their", "its", "our",
			"my", "your", "this", "these", "those", "some", "many", "several", "two", "three", "both", "other",
			"most", "all");

	/** Words that open a clause, capitalised at a sentence's start, and are no part of the name after them. */
	private static final String[] OPENING_CONJUNCTIONS = { "when", "if", "as", "while", "after", "before", "because",
			"although", "though", "since", "but", "and", "so", "yet", "once", "unless", "whether", "then" };

	private Sources() {
	}

	/** The token a subject would end at: the first one left of the cue that is no auxiliary or adverb. */
	static int subjectEnd(ClaimText t, int cue, int sentenceStart) {
		int i = cue - 1;
		while (i >= sentenceStart && (BETWEEN.contains(t.lower(i)) || isAdverb(t, i))) {
			i--;
		}
		if (i > sentenceStart && t.word(i).equals(")")) {
			// "Sen. Maria Keller (D-Mont.) told": the party tag or aside belongs to the subject
			int open = i - 1;
			while (open > sentenceStart && !t.word(open).equals("(") && i - open < 12) {
				open--;
			}
			if (t.word(open).equals("(") && open > sentenceStart && t.isWord(open - 1)) {
				return open - 1;
			}
		}
		return i;
	}

	static boolean isAdverb(ClaimText t, int token) {
		String lower = t.lower(token);
		return lower.length() > 4 && lower.endsWith("ly") && !t.isCapitalized(token);
	}

	/** Whether the token left of a cue can end a subject: a pronoun, a name, or a noun-like word. */
	static boolean canEndSubject(ClaimText t, int token, int sentenceStart) {
		if (token < sentenceStart || !t.isWord(token)) {
			return false;
		}
		String lower = t.lower(token);
		if (PRONOUNS.contains(lower) || RELATIVES.contains(lower)) {
			return true;
		}
		if (NOT_SUBJECT.contains(lower) || CueLexicon.lookup(lower) != null && !t.isCapitalized(token)) {
			return false;
		}
		return !(lower.endsWith("ed") || lower.endsWith("ing")) || t.isCapitalized(token);
	}

	/**
	 * The source ending at a token, as {begin, end} token indexes, or null. Follows "X, a spokesman, said"
	 * and "X, who said" back to X.
	 */
	static int[] leftOf(ClaimText t, int end, int sentenceStart) {
		if (end < sentenceStart) {
			return null;
		}
		if (t.isPunct(end, ",")) {
			if (!t.word(end).equals(",")) {
				return null;
			}
			int comma = end - 1;
			while (comma > sentenceStart && !t.isPunct(comma, ",")) {
				comma--;
			}
			if (comma <= sentenceStart || end - comma > 12 || !t.word(comma).equals(",")
					|| t.quoteOf(comma - 1) >= 0 || finiteBetween(t, comma + 1, end)) {
				return null; // "X, a spokesman, said", not "…, the losses would outstrip the gains, said Y"
			}
			int[] head = phraseEndingAt(t, comma - 1, sentenceStart);
			return head == null ? null : new int[] { head[0], end };
		}
		if (t.is(end, "who") && t.isPunct(end - 1, ",")) {
			return phraseEndingAt(t, end - 2, sentenceStart);
		}
		if (!canEndSubject(t, end, sentenceStart)) {
			return null;
		}
		return phraseEndingAt(t, end, sentenceStart);
	}

	/** The noun phrase that ends at a token: a pronoun, a run of name words, or words back to a determiner. */
	static int[] phraseEndingAt(ClaimText t, int end, int sentenceStart) {
		if (end < sentenceStart || !t.isWord(end)) {
			return null;
		}
		EntityMention entity = t.entityAt(t.begin(end));
		if (entity != null) {
			int begin = end;
			while (begin > sentenceStart && t.begin(begin - 1) >= entity.begin()) {
				begin--;
			}
			return new int[] { extendTitles(t, begin, sentenceStart), end + 1 };
		}
		String lower = t.lower(end);
		if (PRONOUNS.contains(lower)) {
			return new int[] { end, end + 1 };
		}
		int begin = end;
		if (t.isCapitalized(end)) {
			while (begin > sentenceStart && Names.isNamePart(t, begin - 1) && !t.is(begin - 1, "the")
					&& !t.is(begin - 1, OPENING_CONJUNCTIONS)) {
				begin--;
			}
			return new int[] { extendTitles(t, begin, sentenceStart), end + 1 };
		}
		int limit = Math.max(sentenceStart, end - 6);
		while (begin > limit) {
			int previous = begin - 1;
			String word = t.lower(previous);
			if (!t.isWord(previous) && !t.is(previous, "-")) {
				break;
			}
			if (DETERMINERS.contains(word)) {
				begin = previous;
				break;
			}
			if (NOT_SUBJECT.contains(word) || CueLexicon.lookup(word) != null && !t.isCapitalized(previous)) {
				break;
			}
			begin = previous;
		}
		return new int[] { begin, end + 1 };
	}

	/** Includes lower-case title words before a name ("former President Obama"). */
	private static int extendTitles(ClaimText t, int begin, int sentenceStart) {
		while (begin > sentenceStart && (t.is(begin - 1, "former", "then", "vice", "deputy", "acting")
				|| Names.TITLES.contains(t.lower(begin - 1)))) {
			begin--;
		}
		return begin;
	}

	/**
	 * The token after the object of a verb like "told": a pronoun, a name (with a possessive and what it
	 * owns: "ABC's Good Morning America"), or a short noun phrase ("the crowd", "reporters").
	 */
	static int objectEnd(ClaimText t, int start, int sentenceEnd) {
		if (start >= sentenceEnd || !t.isWord(start)) {
			return start;
		}
		if (t.is(start, "him", "her", "them", "me", "us", "you", "reporters", "journalists", "supporters",
				"voters", "lawmakers", "senators", "members", "delegates", "listeners", "viewers", "students")) {
			return start + 1;
		}
		int end = start;
		if (t.isCapitalized(start)) {
			while (end < sentenceEnd && end - start < 10 && (Names.isNamePart(t, end) || t.is(end, "'s", "\u2019s")
					|| t.quoteOf(end) >= 0 || t.isPunct(end, "\"") || t.is(end, "of", "the") && end + 1 < sentenceEnd
					&& t.isCapitalized(end + 1))) {
				end++;
			}
			return end;
		}
		if (DETERMINERS.contains(t.lower(start))) {
			end = start + 1;
			while (end < sentenceEnd && end - start < 5 && t.isWord(end) && !NOT_SUBJECT.contains(t.lower(end))
					&& !t.is(end, "that") && CueLexicon.lookup(t.lower(end)) == null) {
				end++;
			}
			return end;
		}
		return start;
	}

	/** The source right after an inverted cue ("said Smith", "said the senator"), or null. */
	static int[] rightOf(ClaimText t, int start, int sentenceEnd) {
		if (start >= sentenceEnd || !t.isWord(start)) {
			return null;
		}
		String lower = t.lower(start);
		if (PRONOUNS.contains(lower)) {
			// "…," said he. — but in "X, said he fully supports it" the pronoun begins what was said
			return start + 1 >= sentenceEnd || !t.isWord(start + 1) ? new int[] { start, start + 1 } : null;
		}
		int end = start;
		if (t.isCapitalized(start)) {
			while (end < sentenceEnd && (Names.isNamePart(t, end) || t.is(end, "of") && end + 1 < sentenceEnd
					&& t.isCapitalized(end + 1))) {
				end++;
			}
		} else if (DETERMINERS.contains(lower) || Names.TITLES.contains(lower) || t.is(start, "former")) {
			end = start + 1;
			while (end < sentenceEnd && end - start < 8 && t.isWord(end) && !NOT_SUBJECT.contains(t.lower(end))
					&& CueLexicon.lookup(t.lower(end)) == null) {
				end++;
			}
		} else {
			return null;
		}
		if (t.isPunct(end, ",") && end + 1 < sentenceEnd && (DETERMINERS.contains(t.lower(end + 1))
				|| Names.TITLES.contains(t.lower(end + 1)))) {
			int close = end + 1;
			while (close < sentenceEnd && close - end < 14 && !t.isPunct(close, ",.")) {
				close++;
			}
			if (t.isPunct(close, ",")) {
				end = close;
			}
		}
		if (end < sentenceEnd && t.isWord(end) && !AFTER_INVERTED.contains(t.lower(end))
				&& finiteBeforeComma(t, end, sentenceEnd)) {
			return null; // "X, a veteran, said the approach put forward by Trump is insufficient": a clause follows
		}
		return end > start ? new int[] { start, end } : null;
	}

	/** Auxiliaries and modals, which make a clause of their own. */
	private static final Set<String> FINITE = Set.of("is", "are", "was", "were", "has", "have", "had", "will",
			"would", "can", "could", "should", "may", "might", "must", "do", "does", "did");

	/**
	 * Whether words between two commas before a cue make a clause of their own (an auxiliary or modal, not after a
	 * word that opens an aside), so that they are no appositive of the claimant.
	 */
	private static boolean finiteBetween(ClaimText t, int from, int to) {
		if (RELATIVES.contains(t.lower(from)) || t.is(from, "as", "when", "while", "after", "before", "if", "although",
				"though", "because", "since", "once", "whose", "whom")) {
			return false; // an aside ("Smith, as she has done before, said")
		}
		for (int i = from; i < to; i++) {
			if (isFinite(t, i)) {
				return true;
			}
		}
		return false;
	}

	/** Whether an auxiliary or a modal comes between {@code from} and the next comma or the sentence's end. */
	static boolean finiteBeforeComma(ClaimText t, int from, int to) {
		for (int i = from; i < to && !t.isPunct(i, ",;"); i++) {
			if (isFinite(t, i)) {
				return true;
			}
		}
		return false;
	}

	/** Whether a token is an auxiliary or a modal ("is", "would", "did"). */
	static boolean isFinite(ClaimText t, int token) {
		return FINITE.contains(t.lower(token));
	}

	/** Words that may follow the claimant of an inverted cue ("said Smith in an interview", "said Smith, who"). */
	private static final Set<String> AFTER_INVERTED = Set.of("in", "on", "at", "during", "after", "before", "last",
			"this", "who", "whose", "when", "while", "as", "earlier", "later", "yesterday", "today", "recently",
			"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "and", "to", "from", "via",
			"with", "about", "of", "told", "adding", "noting", "according");
}
