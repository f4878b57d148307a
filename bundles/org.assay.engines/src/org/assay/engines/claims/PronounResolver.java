/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.engines.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.assay.engines.claims.Names.Gender;
import org.assay.engines.entities.EntityMention;

/**
 * Resolves "he" and "she" claimants to the nearest person named before them whose gender does not clash
 * (gender is known only from titles: Mr., Mrs., Ms., and is carried over to later mentions of the same
 * surname). Uses the entity mentions labelled as persons when there are any, capitalised names otherwise.
 * Deliberately shallow: a claim reader needs the speaker, and in news prose the nearest person named
 * before "he said" is that speaker far more often than not.
 */
final class PronounResolver {

	/** How far back to look, in characters (a few paragraphs). */
	private static final int WINDOW = 2500;

	/** Capitalised only because they open a sentence: "Maybe Trump is…". */
	private static final Set<String> SENTENCE_OPENERS = Set.of("maybe", "perhaps", "however", "meanwhile",
			"instead", "indeed", "still", "now", "today", "yesterday", "yes", "no", "well", "sure", "asked", "says",
			"said", "according", "despite", "during", "unlike", "like", "although", "though", "once", "unless",
			"until", "whether", "why", "who", "which", "dear", "thanks");

	/** How far back an earlier claimant still wins over a nearer person who said nothing. */
	private static final int SPEAKER_WINDOW = 600;

	private PronounResolver() {
	}

	static List<Claim> resolve(ClaimText t, List<Claim> claims) {
		List<int[]> persons = persons(t);
		Map<String, Gender> surnames = surnameGenders(t, persons);
		List<Claim> result = new ArrayList<>(claims.size());
		boolean[] speaker = new boolean[persons.size()];
		for (int k = 0; k < persons.size(); k++) {
			for (Claim claim : claims) {
				speaker[k] |= claim.hasSource() && persons.get(k)[0] < claim.sourceEnd()
						&& claim.sourceBegin() < persons.get(k)[1];
			}
		}
		for (Claim claim : claims) {
			Gender wanted = claim.hasSource() ? Names.pronounGender(t.text.substring(claim.sourceBegin(),
					claim.sourceEnd()).toLowerCase(java.util.Locale.ROOT)) : null;
			int[] referent = wanted == null ? null
					: nearest(t, persons, speaker, surnames, claim.sourceBegin(), wanted);
			result.add(referent == null ? claim : claim.withReferent(referent[0], referent[1]));
		}
		return result;
	}

	/** Person mentions as {begin, end, firstToken, endToken}; the tokens may include a title before a mention. */
	private static List<int[]> persons(ClaimText t) {
		List<int[]> persons = new ArrayList<>();
		boolean given = false;
		for (EntityMention mention : t.entities) {
			if (mention.isPerson()) {
				given = true;
				int first = t.segmentation.tokenAtOrAfter(mention.begin());
				int end = Math.max(first + 1, t.segmentation.tokenAtOrAfter(mention.end()));
				if (first > 0 && Names.TITLES.contains(t.lower(first - 1))) {
					first--; // the title outside the mention still tells the gender: "Mrs. [Park]"
				}
				persons.add(new int[] { mention.begin(), mention.end(), first, Math.min(end, t.size()) });
			}
		}
		if (given) {
			return persons;
		}
		int i = 0;
		while (i < t.size()) {
			if (!t.isCapitalized(i) || t.quoteOf(i) >= 0) {
				i++;
				continue;
			}
			int begin = i;
			int end = i;
			while (end < t.size() && Names.isNamePart(t, end) && t.sentenceOf(end) == t.sentenceOf(begin)) {
				end++;
			}
			int first = begin;
			while (first < end && first == t.sentenceStart(t.sentenceOf(first)) && !Names.TITLES.contains(t.lower(first))
					&& end - first > 1 && (Sources.NOT_SUBJECT.contains(t.lower(first))
							|| SENTENCE_OPENERS.contains(t.lower(first)))) {
				first++;
			}
			if (Names.isPersonLike(t, first, end)) {
				persons.add(new int[] { t.begin(first), t.end(end - 1), first, end });
			}
			i = Math.max(end, i + 1);
		}
		addSurnameMentions(t, persons);
		return persons;
	}

	/** Later single-word mentions of a surname already seen in a full name ("Sanders" after "Bernie Sanders"). */
	private static void addSurnameMentions(ClaimText t, List<int[]> persons) {
		Map<String, Integer> firstSeen = new HashMap<>();
		for (int[] p : persons) {
			firstSeen.putIfAbsent(t.lower(p[3] - 1), p[0]);
		}
		for (int i = 0; i < t.size(); i++) {
			Integer seen = firstSeen.get(t.lower(i));
			if (seen != null && seen < t.begin(i) && t.isCapitalized(i) && t.quoteOf(i) < 0
					&& !covered(persons, t.begin(i))) {
				persons.add(new int[] { t.begin(i), t.end(i), i, i + 1 });
			}
		}
		persons.sort((a, b) -> Integer.compare(a[0], b[0]));
	}

	private static boolean covered(List<int[]> persons, int offset) {
		for (int[] p : persons) {
			if (p[0] <= offset && offset < p[1]) {
				return true;
			}
		}
		return false;
	}

	private static Map<String, Gender> surnameGenders(ClaimText t, List<int[]> persons) {
		Map<String, Gender> genders = new HashMap<>();
		for (int[] p : persons) {
			if (p[2] >= 0) {
				Gender g = Names.gender(t, p[2], p[3]);
				if (g != Gender.UNKNOWN) {
					genders.put(t.lower(p[3] - 1), g);
				}
			}
		}
		return genders;
	}

	/**
	 * The nearest fitting person before an offset; a person who was the claimant of an earlier claim close
	 * by is preferred, since "he said" most often continues with the last speaker.
	 */
	private static int[] nearest(ClaimText t, List<int[]> persons, boolean[] speaker, Map<String, Gender> surnames,
			int before, Gender wanted) {
		int[] nearest = null;
		for (int k = persons.size() - 1; k >= 0; k--) {
			int[] p = persons.get(k);
			if (p[1] > before) {
				continue;
			}
			if (before - p[1] > (nearest == null ? WINDOW : SPEAKER_WINDOW)) {
				return nearest;
			}
			if (fits(t, p, surnames, wanted)) {
				if (speaker[k]) {
					return new int[] { p[0], p[1] };
				}
				if (nearest == null) {
					nearest = new int[] { p[0], p[1] };
				}
			}
		}
		return nearest;
	}

	/** Whether a person's gender, as far as titles tell, does not clash with the pronoun's. */
	private static boolean fits(ClaimText t, int[] p, Map<String, Gender> surnames, Gender wanted) {
		Gender g = Gender.UNKNOWN;
		if (p[2] >= 0) {
			g = Names.gender(t, p[2], p[3]);
			if (g == Gender.UNKNOWN) {
				g = surnames.getOrDefault(t.lower(p[3] - 1), Gender.UNKNOWN);
			}
		}
		return g == Gender.UNKNOWN || g == wanted;
	}
}
