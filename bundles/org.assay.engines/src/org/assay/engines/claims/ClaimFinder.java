/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.engines.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.assay.engines.entities.EntityMention;
import org.assay.engines.learn.Mention;
import org.assay.text.Segmentation;

/**
 * The default, rule-based claim engine: needs no training data. Finds cue words, attaches each to a
 * quotation or to the clause it governs, keeps only the outermost attribution where two overlap (a cue
 * inside someone's content is part of what they said), joins quotations that continue a direct claim, and
 * resolves pronoun claimants to the nearest fitting person before them.
 * <p>
 * Thread-safe: it keeps no state between calls.
 */
public final class ClaimFinder {

	/**
	 * Words that join a second attribution to the first in one sentence ("…, and Smith argued …"). A clause
	 * after "after", "before", "because", "as", "so" or "or" goes on what was said ("reported the vote came a
	 * day after the senator proposed a tax").
	 */
	private static final Set<String> JOINERS = Set.of("and", "but", "while", "whereas", "though",
			"yet");

	/**
	 * Plain verbs of reporting speech: inside the content of a cue of another kind ("…, who endorsed him,
	 * said he…", "asked about it, aides said…") they head an attribution of their own, which stays; their
	 * base form ("wants him to say") does not.
	 */
	private static final Set<String> REPORTING = Set.of("say", "tell", "add", "write", "note", "argue", "explain",
			"insist", "warn", "respond", "report", "state", "assert");

	/**
	 * What kind of frame a cue sets up, for nesting: a plain reporting verb, "according to", an endorsement, or
	 * another.
	 */
	enum Frame {
		OTHER, REPORTING, ACCORDING, ENDORSING
	}

	/** Claims in a text without entity mentions: claimants are found by capitalisation. */
	public List<Claim> find(Segmentation segmentation) {
		return find(segmentation, List.of());
	}

	/** Claims in a text, using entity mentions (any order, may be empty) to find claimants and referents. */
	public List<Claim> find(Segmentation segmentation, List<EntityMention> entities) {
		return find(segmentation, entities, List.of());
	}

	/**
	 * Whether "called" names something rather than reports a claim: after an indefinite noun ("a program called
	 * Sandy Hook Promise", "one called therapeutic cloning"), which the rules would take for its claimant.
	 */
	static boolean naming(String text, Claim claim) {
		// "named", "dubbed", "known" and "described" in the same place lowered F1 on PolNeAR's training part
		if (!claim.hasSource() || !text.substring(claim.cueBegin(), claim.cueEnd()).equalsIgnoreCase("called")) {
			return false;
		}
		String source = text.substring(claim.sourceBegin(), claim.sourceEnd()).toLowerCase(java.util.Locale.ROOT);
		return source.startsWith("a ") || source.startsWith("an ") || source.equals("one")
				|| source.startsWith("one ") || source.startsWith("including ");
	}

	/**
	 * Claims in a text, with extra cues that a tagger found (CUE spans; other types are ignored) used where
	 * the cue words of the rules found nothing: the rules then find their claimant and content.
	 */
	public List<Claim> find(Segmentation segmentation, List<EntityMention> entities, List<Mention> taggedCues) {
		ClaimText t = new ClaimText(segmentation, entities);
		List<CueCandidate> candidates = CueFinder.find(t);
		if (!taggedCues.isEmpty()) {
			List<int[]> extra = new ArrayList<>();
			for (Mention span : taggedCues) {
				if (ClaimTagging.CUE.equals(span.type())) {
					int first = t.sentenceStart(span.sentence());
					extra.add(new int[] { first + span.start(), first + span.end() });
				}
			}
			candidates = CueFinder.withExtraCues(t, candidates, extra);
		}
		List<Claim> claims = new ArrayList<>();
		List<Boolean> relative = new ArrayList<>();
		List<Frame> frames = new ArrayList<>();
		for (int k = 0; k < candidates.size(); k++) {
			CueCandidate candidate = candidates.get(k);
			Claim claim = ContentRules.claimFor(t, candidate, boundary(t, candidates, k));
			if (claim != null && !naming(t.text, claim)) {
				claims.add(claim);
				relative.add(inRelativeClause(t, candidate));
				frames.add(frameOf(t, candidate));
			}
		}
		for (Claim signed : SignedQuotes.find(t)) {
			claims.add(signed);
			relative.add(false);
			frames.add(Frame.REPORTING);
		}
		claims = outermost(claims, relative, frames);
		claims = QuoteContinuation.extend(t, claims);
		claims = PronounResolver.resolve(t, claims);
		claims.sort(Comparator.comparingInt(Claim::contentBegin).thenComparingInt(Claim::cueBegin));
		return claims;
	}

	/**
	 * Where the clause of candidate k stops: at the next candidate in its sentence when that one is joined
	 * by a comma or conjunction (a second attribution), not when it is embedded ("said that Y believes").
	 */
	private static int boundary(ClaimText t, List<CueCandidate> candidates, int k) {
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
				String marks = ",;\u2014\u2015\u2013-("; // the comma, and every dash an aside is set off with
				if (t.isPunct(before, marks) || JOINERS.contains(t.lower(before)) || closesWithComma(t, before)) {
					while (before > c.cueEnd()
							&& (t.isPunct(before - 1, marks) || JOINERS.contains(t.lower(before - 1)))) {
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
			String word = t.word(i);
			for (int k = 0; k < word.length(); k++) {
				if (Quotes.isQuoteMark(word, k)) {
					return true;
				}
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

	/**
	 * Drops claims whose cue lies inside another claim's content; when two claims hold each other's cue, the
	 * more confident one (or, on a tie, the later, framing one: "X believes Y, aides said") stays. Of two
	 * claims with the same content, the more confident (on a tie, the first) stays. Claims in a relative
	 * clause ("…, who has criticized X") are attributions of their own and always stay.
	 */
	static List<Claim> outermost(List<Claim> claims, List<Boolean> relative, List<Frame> frames) {
		// the longest contents are decided first, and a claim already dropped drops no other: in "'…,' said
		// Smith, who declined to be identified", a cue inside a dropped claim does not take the quote's claim
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < claims.size(); i++) {
			order.add(i);
		}
		order.sort(Comparator.comparingInt((Integer i) -> claims.get(i).contentBegin() - claims.get(i).contentEnd()));
		boolean[] dropped = new boolean[claims.size()];
		for (int i : order) {
			Claim a = claims.get(i);
			boolean drop = false;
			if (relative.get(i)) {
				continue;
			}
			for (int j = 0; j < claims.size() && !drop; j++) {
				Claim b = claims.get(j);
				if (i == j || dropped[j]) {
					continue;
				}
				boolean aInsideB = inside(a.cueBegin(), b);
				boolean bInsideA = inside(b.cueBegin(), a);
				boolean sameContent = a.contentBegin() == b.contentBegin() && a.contentEnd() == b.contentEnd();
				if (sameContent) {
					drop = a.confidence() < b.confidence() || a.confidence() == b.confidence() && j < i;
				} else if (aInsideB && bInsideA) {
					drop = a.confidence() < b.confidence() || a.confidence() == b.confidence() && i < j;
				} else if (aInsideB) {
					// a plain reporting verb stays inside the content of another kind of cue
					// nor does any cue inside what someone endorsed (the endorsed one's own words)
					drop = frames.get(j) != Frame.ENDORSING
							&& (frames.get(i) != Frame.REPORTING || frames.get(j) != Frame.OTHER);
				}
			}
			dropped[i] = drop;
		}
		List<Claim> kept = new ArrayList<>();
		for (int i = 0; i < claims.size(); i++) {
			if (!dropped[i]) {
				kept.add(claims.get(i));
			}
		}
		return kept;
	}

	/** The frame a cue sets up. */
	private static Frame frameOf(ClaimText t, CueCandidate c) {
		if (c.according()) {
			return Frame.ACCORDING;
		}
		String lemma = CueLexicon.lemmaOf(t.lower(c.cueStart()));
		if (lemma.equals("endorse")) {
			return Frame.ENDORSING;
		}
		return REPORTING.contains(lemma) && !t.lower(c.cueStart()).equals(lemma) ? Frame.REPORTING : Frame.OTHER;
	}

	/** A closing quotation mark glued to a comma ("… a “bad earpiece,” claiming …"). */
	private static boolean closesWithComma(ClaimText t, int token) {
		String word = t.word(token);
		if (word.isEmpty() || t.isWord(token) || !Quotes.isQuoteMark(word, word.length() - 1)) {
			return false;
		}
		return word.charAt(0) == ',' || token > 0 && t.word(token - 1).equals(",");
	}

	/** Whether a cue heads a relative clause: "Smith, who said…", "a tax, which he said…". */
	private static boolean inRelativeClause(ClaimText t, CueCandidate c) {
		int start = t.sentenceStart(c.sentence());
		int subject = Sources.subjectEnd(t, c.cueStart(), start);
		if (t.is(subject, "who", "which")) {
			return true;
		}
		return c.left() != null && c.left()[1] - c.left()[0] == 1 && t.is(c.left()[0] - 1, "which", "who", "whom");
	}

	private static boolean inside(int offset, Claim claim) {
		return offset >= claim.contentBegin() && offset < claim.contentEnd();
	}
}
