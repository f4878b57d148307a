/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.engines.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.assay.engines.claims.CueLexicon.Entry;
import org.assay.engines.claims.CueLexicon.Kind;
import org.assay.text.Headlines;

/**
 * Finds cue words outside quotations and decides, from the words around them, whether they head an
 * attribution. Words inside a quotation are never cues: PolNeAR, like most readers, attributes a quotation
 * as a whole and does not nest attributions inside it.
 */
final class CueFinder {

	private static final Set<String> PASSIVE_AUXILIARIES = Set.of("was", "were", "been", "is", "are", "be", "being");

	private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "will", "would", "could", "can",
			"may", "might", "should", "must", "did", "does", "do", "'ve", "\u2019ve");

	/** Modals and auxiliaries: after one of these a noun-like cue form is the subject, not a verb. */
	private static final String[] VERBS_AFTER_A_NOUN = { "would", "could", "may", "might", "will", "can", "should",
			"must", "are", "were", "is", "was", "have", "has", "had" };


	private static final Set<String> PARTICIPLE_INTRODUCERS = Set.of("while", "after", "before", "by", "without",
			"when", "in", "also", "and", "repeatedly", "even");

	private CueFinder() {
	}

	static List<CueCandidate> find(ClaimText t) {
		List<CueCandidate> found = new ArrayList<>();
		for (int s = 0; s < t.segmentation.sentenceCount(); s++) {
			int start = t.sentenceStart(s);
			int end = t.sentenceEnd(s);
			for (int i = start; i < end; i++) {
				if (t.quoteOf(i) >= 0 && !ColonCues.labelInOpeningQuote(t, i, start)) {
					continue;
				}
				CueCandidate candidate = candidate(t, i, s, start, end);
				if (candidate != null) {
					found.add(candidate);
					i = candidate.cueEnd() - 1;
				}
			}
		}
		return found;
	}

	private static CueCandidate candidate(ClaimText t, int i, int sentence, int start, int end) {
		if (t.word(i).equals(":")) {
			CueCandidate verb = ColonCues.verbBeforeColon(t, i, sentence, start, end);
			return verb != null ? verb : ColonCues.speakerLabel(t, i, sentence, start, end);
		}
		if (t.is(i, "according") && t.is(i + 1, "to") && i + 2 < end) {
			int[] right = nounPhraseAfter(t, i + 2, end);
			return new CueCandidate(i, i + 2, sentence, Kind.SPEECH, null, right, true, false);
		}
		CueCandidate phrase = PhraseCues.at(t, i, sentence, start, end);
		if (phrase != null) {
			return phrase;
		}
		if (t.is(i, "in") && i + 1 < end) {
			CueCandidate poll = inSurvey(t, i, sentence, start, end);
			if (poll != null) {
				return poll;
			}
		}
		String lower = t.lower(i);
		Entry entry = CueLexicon.lookup(lower);
		if (entry == null || t.isCapitalized(i) && i > start && !isHeadline(t, start, end)) {
			return null;
		}
		if (entry.lemma().equals("say") && nounOrAside(t, i, end)) {
			return null;
		}
		if (OtherSenses.reportsNothing(t, i, start, end, entry.lemma())) {
			return null;
		}
		int cueEnd = i + 1;
		Kind kind = entry.kind();
		boolean adverbFirst = Sources.isAdverb(t, i + 1) && particle(entry.lemma(), t, i + 2);
		if (particle(entry.lemma(), t, i + 1) || adverbFirst) {
			cueEnd = adverbFirst ? i + 3 : i + 2; // "spoke emotionally of" too
			if (kind == Kind.QUOTE_ONLY) {
				kind = Kind.SPEECH; // "spoke of the legacy of racism": what one spoke of is its content
			}
		} else if (CueLexicon.NEEDS_PARTICLE.contains(entry.lemma())) {
			return null;
		}
		int subjectEnd = Sources.subjectEnd(t, i, start);
		boolean passive = !lower.endsWith("ing") && !lower.endsWith("s") && between(t, PASSIVE_AUXILIARIES, subjectEnd, i);
		if (passive && t.is(i - 1, "be") && t.is(i - 2, "to")) {
			return null; // "declined to be identified", "asked not to be named": no statement of its own
		}
		int[] left = passive ? null : Sources.leftOf(t, subjectEnd, start);
		boolean afterComma = subjectEnd >= start && (t.isPunct(subjectEnd, ",;:\u2014-") || t.quoteOf(subjectEnd) < 0
				&& t.hasQuoteMark(subjectEnd));
		int[] right = null;
		if (left == null && (afterComma || subjectEnd < start) && cueEnd < end && !between(t, AUXILIARIES, subjectEnd, i)
				&& !lower.endsWith("ing")) {
			right = Sources.rightOf(t, cueEnd, end);
		}
		boolean participle = lower.endsWith("ing");
		if (participle) {
			boolean introduced = subjectEnd >= start && (t.isPunct(subjectEnd, ",;\u2014-")
					|| PARTICIPLE_INTRODUCERS.contains(t.lower(subjectEnd))
					|| t.hasQuoteMark(subjectEnd) && subjectEnd > start && t.word(subjectEnd - 1).endsWith(","));
			boolean progressive = i > start && PASSIVE_AUXILIARIES.contains(t.lower(i - 1)) && left != null;
			if (!introduced && !progressive && kind != Kind.SPEECH) {
				return null;
			}
			if (introduced) {
				// "…, adding that…": the claimant is the main clause's subject, not a phrase before the comma
				left = null;
				right = null;
			}
		}
		if (entry.nounish() && (lower.equals(entry.lemma()) || lower.equals(CueLexicon.thirdPerson(entry.lemma())))
				&& (!isFiniteAfterSubject(t, subjectEnd, start, left) && !determinedSubjectThat(t, left, i)
						|| t.is(i + 1, VERBS_AFTER_A_NOUN))) {
			return null; // "health plans would drive deficits": a verb follows, so the word is its subject
		}
		if (entry.kind() == Kind.THOUGHT && left == null && !participle && !passive && right == null
				&& !t.is(subjectEnd, "to")) {
			return null;
		}
		if (t.is(subjectEnd, "to") && entry.kind() == Kind.THOUGHT) {
			return null;
		}
		return new CueCandidate(i, cueEnd, sentence, kind, left, right, false, passive);
	}

	/**
	 * Adds cues that another engine (a sequence tagger) found, as token ranges {first, end}, where no cue
	 * was found already; their claimant is looked for as for the cue words. Returns all cues in text order.
	 */
	static List<CueCandidate> withExtraCues(ClaimText t, List<CueCandidate> found, List<int[]> extra) {
		List<CueCandidate> all = new ArrayList<>(found);
		for (int[] range : extra) {
			boolean known = false;
			for (CueCandidate c : found) {
				known |= range[0] < c.cueEnd() && c.cueStart() < range[1];
			}
			if (known || range[0] >= range[1] || t.quoteOf(range[0]) >= 0) {
				continue;
			}
			int sentence = t.sentenceOf(range[0]);
			int start = t.sentenceStart(sentence);
			int end = t.sentenceEnd(sentence);
			int subjectEnd = Sources.subjectEnd(t, range[0], start);
			boolean passive = between(t, PASSIVE_AUXILIARIES, subjectEnd, range[0]);
			int[] left = passive ? null : Sources.leftOf(t, subjectEnd, start);
			int[] right = left == null && range[1] < end ? Sources.rightOf(t, range[1], end) : null;
			boolean according = t.is(range[0], "according");
			all.add(new CueCandidate(range[0], Math.min(range[1], end), sentence, Kind.SPEECH, left, right,
					according, passive));
		}
		all.sort((a, b) -> Integer.compare(a.cueStart(), b.cueStart()));
		return all;
	}


	/** A headline ("Clinton Says Russians Hacked DNC"), where cue words are capitalised too. */
	private static boolean isHeadline(ClaimText t, int start, int end) {
		List<String> words = new ArrayList<>(end - start);
		for (int j = start; j < end; j++) {
			words.add(t.word(j));
		}
		return Headlines.isHeadline(words, t.begin(start) < t.firstLineEnd);
	}

	/**
	 * "say" that says nothing: the noun ("have a say in", "no say over", "the final say"), the aside meaning
	 * "for example" ("than, say, Mr. Cruz's plan") and "say goodbye".
	 */
	static boolean nounOrAside(ClaimText t, int i, int end) {
		if (!t.is(i, "say")) {
			return false;
		}
		boolean aside = i > 0 && t.isPunct(i - 1, ",(\u2014") && i + 1 < end && t.isPunct(i + 1, ",)\u2014");
		return aside || i > 0 && SAY_NOUN_BEFORE.contains(t.lower(i - 1)) || t.is(i + 1, "goodbye");
	}

	/** Words before "say" that make it the noun. */
	private static final Set<String> SAY_NOUN_BEFORE = Set.of("a", "no", "any", "the", "final", "more", "some",
			"little", "equal", "greater", "bigger", "big", "real", "last", "their", "his", "her", "its", "our", "your");

	/** "pointed out", "called for", "lashed out at", "called on". */
	private static boolean particle(String lemma, ClaimText t, int next) {
		return lemma.equals("point") && t.is(next, "out", "to") || lemma.equals("refer") && t.is(next, "to")
				|| lemma.equals("rail") && t.is(next, "against")
				|| lemma.equals("talk") && t.is(next, "about") || lemma.equals("call") && t.is(next, "for", "on")
				|| lemma.equals("lash") && t.is(next, "out") || lemma.equals("speak") && t.is(next, "of", "about");
	}

	/**
	 * Whether one of the words stands between the subject and the cue: a passive auxiliary ("was told"), or an
	 * auxiliary ("…, has endorsed Sen. Cruz": a verb after one is not inverted, what follows is its object).
	 */
	private static boolean between(ClaimText t, Set<String> words, int subjectEnd, int cue) {
		for (int j = cue - 1; j > subjectEnd; j--) {
			if (words.contains(t.lower(j))) {
				return true;
			}
		}
		return false;
	}

	/** Whether a noun-like form ("claims", "calls") is a verb here: right after a subject that is no determiner. */
	private static boolean isFiniteAfterSubject(ClaimText t, int subjectEnd, int start, int[] left) {
		if (left == null || subjectEnd < start) {
			return false;
		}
		String lower = t.lower(subjectEnd);
		return Sources.PRONOUNS.contains(lower) || Sources.RELATIVES.contains(lower) || t.isCapitalized(subjectEnd)
				|| left[1] - left[0] >= 2 || t.isPunct(subjectEnd, ",") || lower.endsWith("s") && lower.length() > 3;
	}

	/**
	 * A noun with its article before a verb form that could be a noun too, and "that" after it ("A new poll
	 * shows that …", "Another slide shows that …"): the article says where the subject starts, "that" that a
	 * clause follows the verb.
	 */
	private static boolean determinedSubjectThat(ClaimText t, int[] left, int cue) {
		if (left == null || !t.is(cue + 1, "that")) {
			return false;
		}
		int before = left[0] - 1;
		while (before >= 0 && t.is(before, "new", "latest", "recent", "other", "separate", "second", "third")) {
			before--;
		}
		return t.is(before, "a", "an", "the", "another", "this", "each", "every", "one");
	}


	/**
	 * "In a CNN poll, 50 percent chose Clinton" and "Trump has a decisive lead in the polls": a poll or survey
	 * named after "in" is the source of the clause, as with "according to", when no cue word in the sentence
	 * says so already ("the poll found").
	 */
	private static CueCandidate inSurvey(ClaimText t, int i, int sentence, int start, int end) {
		int[] phrase = nounPhraseAfter(t, i + 1, end);
		if (phrase == null || phrase[1] - phrase[0] > 10) {
			return null;
		}
		boolean survey = false;
		for (int j = phrase[0]; j < phrase[1]; j++) {
			survey |= SURVEYS.contains(t.lower(j));
		}
		if (!survey) {
			return null;
		}
		for (int j = start; j < end; j++) {
			Entry entry = CueLexicon.lookup(t.lower(j));
			// a word that is a cue only with its particle is none without it ("by 5 percentage points")
			boolean cue = entry != null
					&& (!CueLexicon.NEEDS_PARTICLE.contains(entry.lemma()) || particle(entry.lemma(), t, j + 1));
			if (t.quoteOf(j) < 0 && (cue || t.is(j, "according"))) {
				return null;
			}
		}
		return new CueCandidate(i, i + 1, sentence, Kind.SPEECH, null, phrase, true, false);
	}

	private static final Set<String> SURVEYS = Set.of("poll", "polls", "survey", "surveys", "polling");

	/** The noun phrase after "according to": up to a comma, a bracket or the sentence end. */
	private static int[] nounPhraseAfter(ClaimText t, int start, int end) {
		int stop = start;
		while (stop < end && stop - start < 14 && !t.isPunct(stop, ",.;:()\u2014")) {
			stop++;
		}
		return stop > start ? new int[] { start, stop } : null;
	}
}
