/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One sense per document: when an annotator decides that some words are a mention of a label (accepting,
 * relabelling, resizing or marking it), the open proposals on the same words elsewhere in the document follow
 * that decision, and where those words have no proposal one is made; when an annotator rejects a proposal, the
 * open proposals of that label on the same words are rejected with it. News names its people and companies
 * again and again: the first correction of "Pirelli" to an organisation should be the last.
 * <p>
 * Works on token indices, so that the editor (on its document's tokens) and the simulated annotator (on CoNLL's)
 * follow the same way. The same words are the same tokens, case and all, within one sentence. An occurrence is
 * left alone where a decided extent overlaps it (the annotator's word there stands) or where an open proposal
 * holds it in a longer name ("Pirelli" in "Pirelli Tyres").
 * <p>
 * A person is named by the full name once and by the last name after it ("Sandra Ibarra", then "Ibarra"): a
 * decision that words of a person's label ({@link #PERSON_LABELS}) of two words or more are a mention is followed
 * on the last word alone too, where it stands capitalised outside the full name.
 */
public final class SameWords {

	/** A labelled extent over token indices {@code [start, end)}. */
	public record Extent(int start, int end, String label) {

		boolean overlaps(int s, int e) {
			return start < e && s < end;
		}
	}

	/**
	 * What following a decision does to one open proposal: {@code was} becomes {@code now}; {@code was} null is a
	 * new proposal, {@code now} null a proposal rejected with the one decided.
	 */
	public record Change(Extent was, Extent now) {
	}

	/** The labels of persons, whose last name alone names them again: the standard schema's and CoNLL's. */
	public static final java.util.Set<String> PERSON_LABELS = java.util.Set.of("PERSON", "PER");

	private SameWords() {
	}

	/**
	 * The changes that follow the decision that tokens {@code [start, end)} are a mention of {@code label}.
	 *
	 * @param tokens the document's tokens
	 * @param sentenceOf each token's sentence index
	 * @param open the undecided proposals of the decision's layer, the decided one not among them
	 * @param decided the decided extents of that layer (the new decision may be among them)
	 */
	public static List<Change> labelled(String[] tokens, int[] sentenceOf, int start, int end, String label,
			List<Extent> open, List<Extent> decided) {
		List<Change> changes = new ArrayList<>();
		List<Extent> taken = new ArrayList<>(open);
		follow(tokens, occurrences(tokens, sentenceOf, start, end), end - start, label, taken, decided, changes);
		if (PERSON_LABELS.contains(label) && end - start >= 2 && isName(tokens[end - 1])) {
			// the last name alone; within a full name (proposed, decided, or just followed) it is left alone
			follow(tokens, occurrences(tokens, sentenceOf, end - 1, end), 1, label, taken, decided, changes);
		}
		return changes;
	}

	private static boolean isName(String word) {
		return word.length() > 1 && Character.isUpperCase(word.charAt(0));
	}

	/** Follows the decision at each occurrence of {@code length} words, {@code taken} the open extents as they become. */
	private static void follow(String[] tokens, List<Integer> occurrences, int length, String label, List<Extent> taken,
			List<Extent> decided, List<Change> changes) {
		for (int at : occurrences) {
			int stop = at + length;
			if (decided.stream().anyMatch(d -> d.overlaps(at, stop))
					|| taken.stream().anyMatch(o -> o.start() <= at && o.end() >= stop && o.end() - o.start() > stop - at)) {
				continue;
			}
			Extent now = new Extent(at, stop, label);
			Extent best = null;
			int most = 0;
			for (Extent o : taken) {
				int overlap = Math.min(o.end(), stop) - Math.max(o.start(), at);
				if (overlap > most) {
					best = o;
					most = overlap;
				}
			}
			if (best == null) {
				changes.add(new Change(null, now));
				taken.add(now);
			} else if (!best.equals(now)) {
				changes.add(new Change(best, now));
				taken.set(taken.indexOf(best), now);
			}
		}
	}

	/**
	 * The changes that follow rejecting a proposal of {@code label} on tokens {@code [start, end)}: the open
	 * proposals of that label on the same words elsewhere are rejected too.
	 */
	public static List<Change> rejected(String[] tokens, int[] sentenceOf, int start, int end, String label,
			List<Extent> open) {
		List<Change> changes = new ArrayList<>();
		for (int at : occurrences(tokens, sentenceOf, start, end)) {
			Extent same = new Extent(at, at + end - start, label);
			if (open.contains(same)) {
				changes.add(new Change(same, null));
			}
		}
		return changes;
	}

	/** Where tokens {@code [start, end)} occur again, each within one sentence, not overlapping themselves. */
	static List<Integer> occurrences(String[] tokens, int[] sentenceOf, int start, int end) {
		List<Integer> found = new ArrayList<>();
		String[] words = Arrays.copyOfRange(tokens, start, end);
		int n = words.length;
		for (int at = 0; at + n <= tokens.length; at++) {
			if (at + n > start && at < end || sentenceOf[at] != sentenceOf[at + n - 1]) {
				continue;
			}
			boolean same = true;
			for (int k = 0; k < n && same; k++) {
				same = tokens[at + k].equals(words[k]);
			}
			if (same) {
				found.add(at);
			}
		}
		return found;
	}
}
