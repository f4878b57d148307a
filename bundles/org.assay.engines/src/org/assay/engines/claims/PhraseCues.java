/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.engines.claims;

import org.assay.engines.claims.CueLexicon.Kind;

/**
 * Cues that are a phrase rather than a word of the lexicon: "made it clear that", "as X put it," and "reportedly",
 * by which someone unnamed reports the whole sentence.
 */
final class PhraseCues {

	private PhraseCues() {
	}

	/** The cue a phrase starting at token {@code i} makes (in a sentence [start, end)), or null. */
	static CueCandidate at(ClaimText t, int i, int sentence, int start, int end) {
		if (t.is(i, "made", "makes", "make", "making")) {
			int clear = t.is(i + 1, "it") ? i + 2 : i + 1;
			if (t.is(clear, "clear") && t.is(clear + 1, "that")) {
				// "Devine made it clear that his boss wanted something firmer"
				return new CueCandidate(i, clear + 1, sentence, Kind.SPEECH, subject(t, i, start), null, false, false);
			}
		}
		if (t.is(i, "put") && t.is(i + 1, "it") && i + 2 < end
				&& (t.isPunct(i + 2, ",:") || t.quoteOf(i + 2) >= 0 || Quotes.isQuoteMark(t.word(i + 2), 0))) {
			// "As Vulture put it, “…”": the words after are how someone said it ("put it on the table" is none)
			int[] left = subject(t, i, start);
			return left == null ? null : new CueCandidate(i, i + 2, sentence, Kind.SPEECH, left, null, false, false);
		}
		if (t.is(i, "reportedly")) {
			// "Bloomberg is reportedly considering a run": the whole sentence is reported, as by a passive cue
			return new CueCandidate(i, i + 1, sentence, Kind.SPEECH, null, null, false, true);
		}
		return null;
	}

	private static int[] subject(ClaimText t, int verb, int start) {
		return Sources.leftOf(t, Sources.subjectEnd(t, verb, start), start);
	}
}
