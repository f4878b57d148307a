/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.engines.entities;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.assay.text.Headlines;

/**
 * PERSON, ORGANIZATION, LOCATION and NORP. Capitalised runs are typed by what is surest first: a listed
 * name, an organisation head word or legal suffix, a place head word, a title before a name, a given
 * name; then by the document's own earlier names; then by the words around them ({@link NameContext}).
 * The first word of a sentence counts only when a list or the document vouches for it.
 */
final class NameRules {

	/** A single unknown word is a person only if a list around it or the document says so. */
	private static final double SINGLE_GUESS = 0.3;
	private static final double MIN_CONFIDENCE = 0.35;

	private final Lexicon lexicon;
	private final NameChunker chunker;

	NameRules(Lexicon lexicon) {
		this.lexicon = lexicon;
		this.chunker = new NameChunker(lexicon);
	}

	void find(Tokens t, List<Candidate> out) {
		List<Candidate> typed = new ArrayList<>();
		List<int[]> unknown = new ArrayList<>();
		for (int[] chunk : chunker.chunks(t)) {
			classify(t, chunk[0], chunk[1], typed, unknown);
		}
		DocumentMemory memory = new DocumentMemory();
		memory.learn(t, lexicon, typed);
		NameContext context = new NameContext(lexicon);
		List<Candidate> all = new ArrayList<>(typed);
		// Longer unknown names first, so that what they teach types the short ones and the headlines.
		List<Candidate> guessed = new ArrayList<>();
		Set<Candidate> guesses = Collections.newSetFromMap(new IdentityHashMap<>());
		for (int[] chunk : unknown) {
			if (chunk[1] - chunk[0] > 1) {
				add(guessed, resolve(t, chunk[0], chunk[1], memory, context));
			}
		}
		all.addAll(guessed);
		guesses.addAll(guessed);
		context.coordinate(t, all);
		memory.learn(t, lexicon, all);
		for (int i = 0; i < all.size(); i++) {
			Candidate c = all.get(i);
			if (c.confidence() < 0.6 && guesses.contains(c)) {
				Candidate again = resolve(t, c.first(), c.last(), memory, context);
				all.set(i, again.confidence() > c.confidence() ? again : c);
			}
		}
		for (int[] chunk : unknown) {
			if (chunk[1] - chunk[0] == 1) {
				add(all, resolve(t, chunk[0], chunk[1], memory, context));
			}
		}
		context.coordinate(t, all);
		all.removeIf(c -> c.confidence() < MIN_CONFIDENCE);
		for (int i = 0; i < all.size(); i++) {
			Candidate c = all.get(i);
			if (c.length() == 1 && c.label().equals(Labels.LOCATION)
					&& Labels.PERSON.equals(memory.word(t.word[c.first()]))) {
				all.set(i, c.with(Labels.PERSON, 0.8));
			}
		}
		new HeadlineNames(lexicon).find(t, memory, all);
		out.addAll(all);
	}

	private static void add(List<Candidate> list, Candidate c) {
		if (c != null) {
			list.add(c);
		}
	}

	/** Types a chunk from the lists and its own words; what stays unknown goes to {@code unknown}. */
	private void classify(Tokens t, int s, int e, List<Candidate> out, List<int[]> unknown) {
		String key = join(t, s, e);
		if (isDateline(t, s, e)) {
			String listed = lexicon.nameIgnoringCase(key);
			out.add(new Candidate(s, e, Labels.LOCATION, listed != null ? 0.92 : 0.85));
			return;
		}
		String listed = lexicon.name(key);
		if (listed != null && !listed.isEmpty()) {
			out.add(new Candidate(s, e, listed, 0.92));
			return;
		}
		if (lexicon.otherHeads.contains(t.word[e - 1]) && e - s >= 2) {
			listedParts(t, s, e, out);
			return;
		}
		if (isOrganisation(t, s, e)) {
			out.add(new Candidate(s, e, Labels.ORGANIZATION, lexicon.orgSuffixes.contains(t.word[e - 1]) ? 0.9 : 0.85));
			return;
		}
		int title = lastTitle(t, s, e);
		if (title >= 0) {
			out.add(new Candidate(title + 1, e, Labels.PERSON, 0.9));
			int firstTitle = title;
			while (firstTitle > s && lexicon.titles.contains(t.word[firstTitle - 1])) {
				firstTitle--;
			}
			listedParts(t, s, firstTitle, out);
			return;
		}
		if (e - s >= 2 && lexicon.geoHeads.contains(t.word[e - 1]) && !lexicon.firstNames.contains(t.word[s])
				|| e - s >= 2 && e - s <= 3 && lexicon.geoPrefixes.contains(t.word[s])) {
			out.add(new Candidate(s, e, Labels.LOCATION, 0.72));
			return;
		}
		if (lexicon.firstNames.contains(t.word[s]) && e - s >= 2 && e - s <= 4 && lexicon.name(join(t, s + 1, e)) == null) {
			out.add(new Candidate(s, e, Labels.PERSON, 0.85));
			return;
		}
		if (e - s == 2 && isPlainWord(t.word[s]) && Labels.LOCATION.equals(lexicon.name(t.word[s + 1]))
				&& !t.opensSentence[s]) {
			out.add(new Candidate(s, e, Labels.ORGANIZATION, 0.55));
			return;
		}
		if (!listedParts(t, s, e, out)) {
			unknown.add(new int[] { s, e });
		}
	}

	/** Adds the listed names inside a range, longest first from the left; says whether there were any. */
	private boolean listedParts(Tokens t, int s, int e, List<Candidate> out) {
		boolean any = false;
		int i = s;
		while (i < e) {
			int found = 0;
			for (int len = Math.min(lexicon.longestName(), e - i); len >= 1 && found == 0; len--) {
				String label = lexicon.name(join(t, i, i + len));
				if (label != null && !label.isEmpty()) {
					out.add(new Candidate(i, i + len, label, 0.85));
					found = len;
				}
			}
			any |= found > 0;
			i += Math.max(found, 1);
		}
		return any;
	}

	/** Types an unknown chunk from the document's memory and the context. */
	private Candidate resolve(Tokens t, int s, int e, DocumentMemory memory, NameContext context) {
		Candidate known = memory.name(join(t, s, e));
		if (known != null) {
			return new Candidate(s, e, known.label(), Math.min(0.85, known.confidence()));
		}
		if (e - s == 1) {
			String w = t.word[s];
			String label = memory.word(w);
			if (label != null) {
				return new Candidate(s, e, label, memory.wordConfidence(w));
			}
			if (t.opensSentence[s]) {
				return null;
			}
			if (Headlines.isAllCaps(w) && w.length() <= 6 && !w.contains(".")) {
				return new Candidate(s, e, Labels.ORGANIZATION, 0.5);
			}
			String cue = context.single(t, s);
			return new Candidate(s, e, cue == null ? Labels.PERSON : cue, cue == null ? SINGLE_GUESS : 0.45);
		}
		String cue = context.multi(t, s, e);
		double scale = t.opensSentence[s] ? 0.85 : 1.0;
		if (cue != null) {
			return new Candidate(s, e, cue, 0.72 * scale);
		}
		if (e - s <= 3 && allNameLike(t, s, e)) {
			return new Candidate(s, e, Labels.PERSON, 0.5 * scale);
		}
		return new Candidate(s, e, Labels.ORGANIZATION, 0.4 * scale);
	}

	private boolean isOrganisation(Tokens t, int s, int e) {
		String last = t.word[e - 1];
		if (lexicon.orgSuffixes.contains(last) && e - s >= 2 || join(t, s, e).contains(" & ")) {
			return true;
		}
		if (lexicon.orgHeads.contains(last) && e - s >= 2 && !lexicon.titles.contains(t.word[e - 2])) {
			return true;
		}
		for (int i = s; i + 1 < e; i++) {
			if (lexicon.orgHeads.contains(t.word[i]) && NameChunker.OF_WORDS.contains(t.word[i + 1])) {
				return true;
			}
		}
		return false;
	}

	/** The last title in the chunk that has a name after it, or -1. */
	private int lastTitle(Tokens t, int s, int e) {
		for (int i = e - 2; i >= s; i--) {
			if (lexicon.titles.contains(t.word[i]) && allNameLike(t, i + 1, e) && e - i - 1 <= 4
					&& lexicon.name(join(t, i + 1, e)) == null) {
				return i;
			}
		}
		return -1;
	}

	/** Capitalised words or initials, none of them a small word or title. */
	private boolean allNameLike(Tokens t, int s, int e) {
		for (int i = s; i < e; i++) {
			String w = t.word[i];
			if (!Shapes.isNameWord(w) || lexicon.commonWords.contains(w) || lexicon.titles.contains(w)
					|| Headlines.isAllCaps(w) && !Shapes.isInitial(w) && w.length() > 1 && !t.inHeadline(i)) {
				return false;
			}
		}
		return true;
	}

	/** A word that is not itself a name, title or direction, as "Transport" in "Transport Canada". */
	private boolean isPlainWord(String w) {
		return lexicon.name(w) == null && !lexicon.startsName(w) && !lexicon.firstNames.contains(w)
				&& !lexicon.titles.contains(w) && !lexicon.commonWords.contains(w) && !lexicon.geoPrefixes.contains(w)
				&& !Headlines.isAllCaps(w);
	}

	/** "PORT ELMSLEY," or "LONDON 1996-08-30" at the start of a line: the place a story was filed from. */
	private static boolean isDateline(Tokens t, int s, int e) {
		if (!t.opensLine[s] && !(s > 0 && t.opensLine[s - 1] && !Character.isLetterOrDigit(t.word[s - 1].charAt(0)))) {
			return false;
		}
		for (int i = s; i < e; i++) {
			if (!Headlines.isAllCaps(t.word[i])) {
				return false;
			}
		}
		String next = t.at(e);
		return join(t, s, e).length() >= 3 && (next.equals(",") || next.equals("(")
				|| next.length() >= 6 && Character.isDigit(next.charAt(0)) && next.indexOf('-') > 0);
	}

	static String join(Tokens t, int s, int e) {
		if (e - s == 1) {
			return t.word[s];
		}
		StringBuilder b = new StringBuilder(t.word[s]);
		for (int i = s + 1; i < e; i++) {
			b.append(' ').append(t.word[i]);
		}
		return b.toString();
	}
}
