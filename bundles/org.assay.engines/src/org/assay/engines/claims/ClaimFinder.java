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
			Claim claim = ContentRules.claimFor(t, candidate, ClauseBoundaries.end(t, candidates, k));
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
