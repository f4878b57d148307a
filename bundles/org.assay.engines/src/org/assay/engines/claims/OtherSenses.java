/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.engines.claims;

import java.util.Set;

/**
 * Cue words in a sense that reports nothing, read off the words around them: "appeared on CNN" (to be seen, not
 * to seem), "sales declined by 9 percent" (a fall, no refusal), "the proposed ban" (an adjective), "adding to the
 * confusion", "called off the vote", "showed up", "found himself".
 */
final class OtherSenses {

	/** Determiners after which a past participle is an adjective of the noun that follows. */
	private static final Set<String> ADJECTIVE_BEFORE = Set.of("the", "a", "an", "his", "her", "their", "its", "our",
			"my", "your", "this", "that", "these", "those");

	private OtherSenses() {
	}

	/** Whether the cue word at token {@code i} (of lemma {@code lemma}, in a sentence [start, end)) says nothing. */
	static boolean reportsNothing(ClaimText t, int i, int start, int end, String lemma) {
		String lower = t.lower(i);
		if (lemma.equals("appear") && i + 1 < end && t.is(i + 1, "on", "in", "at", "before", "with", "alongside",
				"onstage", "live", "together", "during", "for")) {
			return true; // "she appears on CNN", "This piece first appeared on …": to be seen, not to seem
		}
		if (lemma.equals("decline") && i + 1 < end && (t.is(i + 1, "by", "from", "in", "since")
				|| Sources.isAdverb(t, i + 1) || amount(t, i + 1) || t.is(i + 1, "to") && i + 2 < end && amount(t, i + 2))) {
			return true; // "sales declined by 9 percent", "declined to $281 million": a fall, no refusal to speak
		}
		if (!lower.endsWith("ing") && !lower.endsWith("s") && i > start && ADJECTIVE_BEFORE.contains(t.lower(i - 1))
				&& i + 1 < end && t.isWord(i + 1) && !t.is(i + 1, "that", "to")) {
			return true; // "the proposed ban", "his expressed wish": a participle used as an adjective
		}
		if (lower.endsWith("ed") && i > start && Character.isDigit(t.word(i - 1).charAt(0))
				&& !t.word(i - 1).matches("(1[89]|20)\\d\\d") && i + 1 < end
				&& t.isWord(i + 1) && !t.isCapitalized(i + 1) && !t.is(i + 1, "that", "to")) {
			// "1,204 pledged delegates": after a number, too, a participle describes what is counted (not after a
			// year: "an ad in 2008 questioned whether …")
			return true;
		}
		if (lemma.equals("add") && t.is(i + 1, "to") && !t.is(i + 2, "reporters")) {
			return true; // "adding to the confusion", "added to the ballot": to add something, not to say it
		}
		if (lemma.equals("call") && t.is(i + 1, "in", "into", "off") || lemma.equals("show") && t.is(i + 1, "up", "off")) {
			return true; // "called in to a town hall", "called off the vote", "showed up at the debate"
		}
		return lemma.equals("find") && t.is(i + 1, "himself", "herself", "themselves", "itself", "myself");
	}

	/** A number, a sum or an approximate amount: "9 percent", "$281 million", "about half". */
	private static boolean amount(ClaimText t, int token) {
		char first = t.word(token).charAt(0);
		return Character.isDigit(first) || first == '$' || t.is(token, "about", "nearly", "roughly", "almost",
				"around", "under", "less", "more", "just", "only", "half", "zero");
	}
}
