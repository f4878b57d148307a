/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.engines.claims;

import java.util.List;
import java.util.Set;

/**
 * Where the clause a cue heads stops when a second attribution follows in its sentence ("Kovac said the bridge is
 * safe, and Adeyemi said it is not"), and the words that only look like one: a thought going on what was said, a
 * cue that needs a quotation it lacks, "both X and Y", the comma after "that if …".
 */
final class ClauseBoundaries {

	/**
	 * Words that join a second attribution to the first in one sentence ("…, and Smith argued …"). A clause
	 * after "after", "before", "because", "as", "so" or "or" goes on what was said ("reported the vote came a
	 * day after the senator proposed a tax").
	 */
	private static final Set<String> JOINERS = Set.of("and", "but", "while", "whereas", "though",
			"yet");

	/** The comma, and every dash an aside is set off with. */
	private static final String ASIDE_MARKS = ",;\u2014\u2015\u2013-(";

	private ClauseBoundaries() {
	}

	/**
	 * Where the clause of candidate k stops: at the next candidate in its sentence when that one is joined
	 * by a comma or conjunction (a second attribution), not when it is embedded ("said that Y believes").
	 */
	static int end(ClaimText t, List<CueCandidate> candidates, int k) {
		CueCandidate c = candidates.get(k);
		int sentenceStart = t.sentenceStart(c.sentence());
		int sentenceEnd = t.sentenceEnd(c.sentence());
		int subject = Sources.subjectEnd(t, c.cueStart(), sentenceStart);
		if (t.is(subject, "who") && t.isPunct(subject - 1, ",")) {
			// "Smith, who said he votes, said one candidate…": the relative clause ends at its comma
			for (int i = c.cueEnd(); i < sentenceEnd; i++) {
				if (t.isPunct(i, ",")) {
					return i;
				}
			}
		}
		for (int m = k + 1; m < candidates.size(); m++) {
			CueCandidate next = candidates.get(m);
			if (next.sentence() != c.sentence()) {
				break;
			}
			int start = next.clauseStart();
			if (start <= c.cueEnd()) {
				continue;
			}
			if (t.is(start - 1, "that") || next.kind() == CueLexicon.Kind.THOUGHT) {
				// "said Iowa's system is complex and he feels he can win": a thought goes on what was said
				continue;
			}
			if (next.kind() == CueLexicon.Kind.QUOTE_ONLY && !quoteNear(t, next)) {
				continue; // "… and they can't go down any further": no cue without its quotation
			}
			if (subordinateFirst(t, c.cueEnd(), start)) {
				continue; // "worried that if the state held up the deal, Patriot could threaten to …": one clause
			}
			if (t.is(start - 1, "and") && bothBefore(t, c.cueEnd(), start - 1)) {
				continue; // "noted that both Sanders and Trump were referring to …"
			}
			// only the word right before the next clause joins it ("…, and Smith said"), not one further back
			// ("would pass because, as her aides argued, …" goes on what was said)
			int limit = Math.max(c.cueEnd(), start - 1);
			for (int before = start - 1; before >= limit; before--) {
				if (t.isPunct(before, ASIDE_MARKS) || JOINERS.contains(t.lower(before)) || closesWithComma(t, before)) {
					while (before > c.cueEnd()
							&& (t.isPunct(before - 1, ASIDE_MARKS) || JOINERS.contains(t.lower(before - 1)))) {
						before--;
					}
					return before;
				}
				if (t.quoteOf(before) >= 0 || CueLexicon.lookup(t.lower(before)) != null) {
					break;
				}
			}
		}
		return Integer.MAX_VALUE;
	}

	/** Whether a quotation mark stands within three tokens of a cue, before or after it. */
	private static boolean quoteNear(ClaimText t, CueCandidate c) {
		for (int i = Math.max(0, c.cueStart() - 3); i < Math.min(t.size(), c.cueEnd() + 3); i++) {
			if (t.hasQuoteMark(i)) {
				return true;
			}
		}
		return false;
	}

	/** Words that open a subordinate clause, which a comma closes before the main clause goes on. */
	private static final Set<String> SUBORDINATORS = Set.of("if", "when", "while", "although", "though", "because",
			"unless", "once", "since", "whether");

	/**
	 * Whether what a cue heads opens with "that" and a subordinate clause ("worried that if …,") whose comma is the
	 * only one before a token: the clause after that comma is the main one, not a second attribution. Without
	 * "that" the clause may be what was asked ("Asked if the bridge would open, Kovac replied").
	 */
	private static boolean subordinateFirst(ClaimText t, int cueEnd, int start) {
		int first = cueEnd;
		while (first < start && t.isPunct(first, ",")) {
			first++;
		}
		if (!t.is(first, "that")) {
			return false;
		}
		first++;
		if (first >= start || !SUBORDINATORS.contains(t.lower(first))) {
			return false;
		}
		int commas = 0;
		for (int i = first; i < start; i++) {
			commas += t.isPunct(i, ",") ? 1 : 0;
		}
		return commas == 1 && t.isPunct(start - 1, ",");
	}

	/** Whether "both" stands between two tokens, with no comma after it: "both X and Y" is one subject. */
	private static boolean bothBefore(ClaimText t, int from, int and) {
		for (int i = and - 1; i >= from && and - i <= 6; i--) {
			if (t.isPunct(i, ",;")) {
				return false;
			}
			if (t.is(i, "both")) {
				return true;
			}
		}
		return false;
	}

	/** A closing quotation mark glued to a comma ("… a “bad earpiece,” claiming …"). */
	private static boolean closesWithComma(ClaimText t, int token) {
		String word = t.word(token);
		if (word.isEmpty() || t.isWord(token) || !Quotes.isQuoteMark(word, word.length() - 1)) {
			return false;
		}
		return word.charAt(0) == ',' || token > 0 && t.word(token - 1).equals(",");
	}
}
