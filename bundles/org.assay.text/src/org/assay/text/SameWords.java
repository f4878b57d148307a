/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * One sense per document: when an annotator decides that some words are a mention of a label (accepting,
 * relabelling, resizing or marking it), the open proposals on the same words elsewhere in the document follow
 * that decision, and where those words have no proposal one is made; when an annotator rejects a proposal, the
 * open proposals of that label on the same words are rejected with it. News names its people and companies
 * again and again: the first correction of "Pirelli" to an organisation should be the last.
 * <p>
 * Works on the document's text, so that the editor needs no segmentation of a long document to follow a decision
 * (segmenting five megabytes takes seconds) and the simulated annotator follows on CoNLL's tokens joined by blanks
 * the same way. The same words are the same characters, case and all, standing as words: a letter or digit at
 * either end of them is not followed by another outside them ("Pirelli" is not in "Pirellis"). One exception to the
 * case: a line written in capitals (a wire's headline, "PIRELLI WINS ORDER") names in capitals what the text names
 * in title case, so the two are the same words; capitals within ordinary text are acronyms ("US" is not "Us"). An
 * occurrence is left alone where a decided extent overlaps it (the annotator's word there stands) or where an open
 * proposal holds it in a longer name ("Pirelli" in "Pirelli Tyres").
 * <p>
 * A person is named by the full name once and by the last name after it ("Sandra Ibarra", then "Ibarra"): a
 * decision that words of a person's label ({@link #PERSON_LABELS}) of two words or more are a mention is followed
 * on the last word alone too, where it stands capitalised outside the full name.
 * <p>
 * One decision changes at most {@link #MOST} proposals, the nearest to it first: in a long document whose every
 * paragraph names the same company, following thousands at once would stall the editor for seconds.
 */
public final class SameWords {

	/** A labelled extent of the text, {@code [begin, end)}. */
	public record Extent(int begin, int end, String label) {

		boolean overlaps(int b, int e) {
			return begin < e && b < end;
		}
	}

	/**
	 * What following a decision does to one open proposal: {@code was} becomes {@code now}; {@code was} null is a
	 * new proposal, {@code now} null a proposal rejected with the one decided.
	 */
	public record Change(Extent was, Extent now) {
	}

	/** The labels of persons, whose last name alone names them again: the standard schema's and CoNLL's. */
	public static final Set<String> PERSON_LABELS = Set.of("PERSON", "PER");

	/** The most changes one decision makes. */
	public static final int MOST = 100;

	private SameWords() {
	}

	/** Stretches of a text, asked whether an extent overlaps one of them. */
	@FunctionalInterface
	public interface Stretches {
		boolean overlap(int begin, int end);
	}

	/**
	 * Where a decision's words stand again in the text ({@code words}, each {@code length} long) and, for a person,
	 * where the last name stands alone ({@code lastName}, each {@code lastLength} long; none for other labels).
	 * Found before the proposals are gathered, so that a decision on words that stand nowhere else costs no walk
	 * over a long document's annotations.
	 */
	public record Where(String label, int length, List<Integer> words, int lastLength, List<Integer> lastName) {

		public boolean isEmpty() {
			return words.isEmpty() && lastName.isEmpty();
		}

		/**
		 * The places where the words (or the last name) stand again, as stretches: only the extents overlapping
		 * one take part in following, so a caller with many need not hand over the others.
		 */
		public Stretches touching() {
			int[] w = words.stream().mapToInt(Integer::intValue).sorted().toArray();
			int[] l = lastName.stream().mapToInt(Integer::intValue).sorted().toArray();
			return (b, e) -> overlapsOne(w, length, b, e) || overlapsOne(l, lastLength, b, e);
		}

		/** Whether [b, e) overlaps one of the stretches of {@code length} starting at the sorted {@code starts}. */
		private static boolean overlapsOne(int[] starts, int length, int b, int e) {
			// the first start after b - length: the stretch from it ends after b; it overlaps when it starts before e
			int low = 0;
			int high = starts.length;
			while (low < high) {
				int mid = (low + high) >>> 1;
				if (starts[mid] <= b - length) {
					low = mid + 1;
				} else {
					high = mid;
				}
			}
			return low < starts.length && starts[low] < e;
		}
	}

	/** Where the words {@code [begin, end)} of a decision of {@code label} stand again. */
	public static Where where(String text, int begin, int end, String label) {
		int last = end;
		while (last > begin && !Character.isWhitespace(text.charAt(last - 1))) {
			last--;
		}
		boolean lastName = PERSON_LABELS.contains(label) && last > begin && end - last > 1
				&& Character.isUpperCase(text.charAt(last));
		return new Where(label, end - begin, occurrences(text, begin, end), lastName ? end - last : 0,
				lastName ? occurrences(text, last, end) : List.of());
	}

	/**
	 * The changes that follow the decision that {@code [begin, end)} of the text is a mention of {@code label}.
	 *
	 * @param open the undecided proposals of the decision's layer, the decided one not among them
	 * @param decided the decided extents of that layer (the new decision may be among them)
	 */
	public static List<Change> labelled(String text, int begin, int end, String label, List<Extent> open,
			List<Extent> decided) {
		return labelled(where(text, begin, end, label), open, decided);
	}

	/** The changes that follow a decision whose words stand again where {@code where} says. */
	public static List<Change> labelled(Where where, List<Extent> open, List<Extent> decided) {
		List<Change> changes = new ArrayList<>();
		if (where.isEmpty()) {
			return changes;
		}
		Index taken = new Index(open);
		Index fixed = new Index(decided);
		follow(where.words(), where.length(), where.label(), taken, fixed, changes);
		// the last name alone; within a full name (proposed, decided, or just followed) it is left alone
		follow(where.lastName(), where.lastLength(), where.label(), taken, fixed, changes);
		return changes;
	}

	/**
	 * The changes that follow rejecting a proposal of {@code label} on {@code [begin, end)}: the open proposals of
	 * that label on the same words elsewhere are rejected too.
	 */
	public static List<Change> rejected(String text, int begin, int end, String label, List<Extent> open) {
		return rejected(where(text, begin, end, label), open);
	}

	/** The same, where the words stand again as {@code where} says (a person's last name alone is not rejected). */
	public static List<Change> rejected(Where where, List<Extent> open) {
		Set<Extent> opened = new HashSet<>(open);
		List<Change> changes = new ArrayList<>();
		for (int at : where.words()) {
			Extent same = new Extent(at, at + where.length(), where.label());
			if (opened.contains(same) && changes.size() < MOST) {
				changes.add(new Change(same, null));
			}
		}
		return changes;
	}

	/** Follows the decision at each occurrence of {@code length} characters, up to {@link #MOST} changes in all. */
	private static void follow(List<Integer> occurrences, int length, String label, Index taken, Index fixed,
			List<Change> changes) {
		for (int at : occurrences) {
			if (changes.size() >= MOST) {
				return;
			}
			int stop = at + length;
			if (!fixed.overlapping(at, stop).isEmpty()) {
				continue;
			}
			List<Extent> near = taken.overlapping(at, stop);
			if (near.stream().anyMatch(o -> o.begin() <= at && o.end() >= stop && o.end() - o.begin() > length)) {
				continue;
			}
			Extent now = new Extent(at, stop, label);
			Extent best = null;
			int most = 0;
			for (Extent o : near) {
				int overlap = Math.min(o.end(), stop) - Math.max(o.begin(), at);
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
				taken.remove(best);
				taken.add(now);
			}
		}
	}

	/**
	 * Where the words {@code [begin, end)} of the text stand again as words, not overlapping themselves; the nearest
	 * to them first.
	 */
	static List<Integer> occurrences(String text, int begin, int end) {
		List<Integer> found = new ArrayList<>();
		String words = text.substring(begin, end);
		if (words.isEmpty()) {
			return found;
		}
		find(text, words, begin, end, found, false);
		String title = titleCase(words);
		String upper = words.toUpperCase(java.util.Locale.ROOT);
		if (upper.length() == words.length()) {
			if (inCapitals(text, begin) && !title.equals(words)) {
				find(text, title, begin, end, found, false); // "PIRELLI" in a headline is "Pirelli" below it
			} else if (title.equals(words) && !words.equals(upper)) {
				find(text, upper, begin, end, found, true); // and the other way
			}
		}
		found.sort(java.util.Comparator.comparingInt((Integer at) -> Math.abs(at - begin)));
		return found;
	}

	/** The words with each run of letters capitalised: "NEW YORK" is "New York", "U.S." stays "U.S.". */
	private static String titleCase(String words) {
		StringBuilder title = new StringBuilder(words.length());
		boolean inRun = false;
		for (int i = 0; i < words.length(); i++) {
			char c = words.charAt(i);
			boolean letter = Character.isLetter(c);
			title.append(!letter ? c : inRun ? Character.toLowerCase(c) : Character.toUpperCase(c));
			inRun = letter;
		}
		return title.toString();
	}

	/** Whether the line holding the offset is written in capitals (a headline such as a wire's). */
	private static boolean inCapitals(String text, int offset) {
		int from = text.lastIndexOf('\n', offset - 1) + 1;
		int to = text.indexOf('\n', offset);
		boolean letters = false;
		for (int i = from; i < (to < 0 ? text.length() : to); i++) {
			char c = text.charAt(i);
			if (Character.isLowerCase(c)) {
				return false;
			}
			letters |= Character.isLetter(c);
		}
		return letters;
	}

	/** Adds where the words stand as words outside [begin, end); only on lines in capitals when so asked. */
	private static void find(String text, String words, int begin, int end, List<Integer> found, boolean capitalsOnly) {
		boolean wordStart = Character.isLetterOrDigit(words.charAt(0));
		boolean wordEnd = Character.isLetterOrDigit(words.charAt(words.length() - 1));
		for (int at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
			int stop = at + words.length();
			if (at < end && begin < stop || wordStart && at > 0 && Character.isLetterOrDigit(text.charAt(at - 1))
					|| wordEnd && stop < text.length() && Character.isLetterOrDigit(text.charAt(stop))
					|| capitalsOnly && !inCapitals(text, at)) {
				continue;
			}
			found.add(at);
		}
	}

	/** Extents by where they begin, to find those overlapping a stretch without walking them all. */
	private static final class Index {
		private final TreeMap<Integer, List<Extent>> byBegin = new TreeMap<>();
		private int longest;

		Index(List<Extent> extents) {
			extents.forEach(this::add);
		}

		void add(Extent e) {
			byBegin.computeIfAbsent(e.begin(), k -> new ArrayList<>(1)).add(e);
			longest = Math.max(longest, e.end() - e.begin());
		}

		void remove(Extent e) {
			List<Extent> at = byBegin.get(e.begin());
			if (at != null && at.remove(e) && at.isEmpty()) {
				byBegin.remove(e.begin());
			}
		}

		/** The extents overlapping {@code [b, e)}, in the order they begin. */
		List<Extent> overlapping(int b, int e) {
			List<Extent> found = new ArrayList<>();
			for (List<Extent> at : byBegin.subMap(b - longest, true, e, false).values()) {
				for (Extent x : at) {
					if (x.overlaps(b, e)) {
						found.add(x);
					}
				}
			}
			return found;
		}
	}
}
