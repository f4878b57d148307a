/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.assay.engines.learn.Mention;
import org.assay.engines.learn.TaggedDocument;
import org.assay.text.SameWords;
import org.assay.text.SameWords.Change;
import org.assay.text.SameWords.Extent;

/**
 * The oracle annotator in an editor where the open proposals on the same words follow each decision
 * ({@link SameWords}, as the workbench's editor does by default): the document (CoNLL's tokens joined by blanks, a
 * sentence a line) is corrected sentence by sentence, each sentence's edits counted as {@link OracleEdits} counts
 * them on what the sentence shows by then, and its decisions followed in the rest of the document before the next.
 * As in the editor, accepting, relabelling, marking and resizing a mention are followed (a resize once the
 * annotator leaves the span), and so is a rejection.
 */
public final class FollowingOracle {

	private final String text;
	private final int[] begins;
	private final int[] ends;
	private final int[] base;
	private final int[] lengths;

	private FollowingOracle(TaggedDocument doc) {
		int sentences = doc.sentences().size();
		base = new int[sentences];
		lengths = new int[sentences];
		List<int[]> spans = new ArrayList<>();
		StringBuilder sb = new StringBuilder();
		for (int s = 0; s < sentences; s++) {
			base[s] = spans.size();
			lengths[s] = doc.sentences().get(s).length;
			for (String token : doc.sentences().get(s)) {
				if (sb.length() > 0) {
					sb.append(spans.size() == base[s] ? '\n' : ' ');
				}
				spans.add(new int[] { sb.length(), sb.length() + token.length() });
				sb.append(token);
			}
		}
		text = sb.toString();
		begins = spans.stream().mapToInt(x -> x[0]).toArray();
		ends = spans.stream().mapToInt(x -> x[1]).toArray();
	}

	/** The edits to turn the document's proposals into its gold, decisions followed on the same words. */
	public static OracleEdits.Count countDocument(TaggedDocument doc, List<Mention> proposed, List<Mention> gold) {
		return new FollowingOracle(doc).count(proposed, gold);
	}

	private OracleEdits.Count count(List<Mention> proposed, List<Mention> gold) {
		List<Extent> open = new ArrayList<>();
		for (Mention m : proposed) {
			open.add(extent(m));
		}
		List<Extent> decided = new ArrayList<>();
		OracleEdits.Count total = OracleEdits.Count.ZERO;
		for (int s = 0; s < base.length; s++) {
			if (lengths[s] == 0) {
				continue;
			}
			int from = begins[base[s]];
			int to = ends[base[s] + lengths[s] - 1];
			List<Extent> here = open.stream().filter(e -> e.begin() >= from && e.end() <= to).toList();
			List<Mention> shown = new ArrayList<>();
			for (Extent e : here) {
				shown.add(mention(s, e));
			}
			int sentence = s;
			List<Mention> right = gold.stream().filter(g -> g.sentence() == sentence).toList();
			total = total.plus(OracleEdits.count(shown, right));
			open.removeAll(here);
			for (Mention g : right) {
				decided.add(extent(g));
			}
			for (Mention g : right) { // accepted, relabelled, resized or marked by hand
				Extent e = extent(g);
				apply(open, SameWords.labelled(text, e.begin(), e.end(), g.type(), open, decided));
			}
			for (int k = 0; k < shown.size(); k++) {
				Mention p = shown.get(k);
				if (right.stream().noneMatch(g -> p.start() < g.end() && g.start() < p.end())) { // rejected
					Extent e = here.get(k);
					apply(open, SameWords.rejected(text, e.begin(), e.end(), e.label(), open));
				}
			}
		}
		return total;
	}

	private Extent extent(Mention m) {
		return new Extent(begins[base[m.sentence()] + m.start()], ends[base[m.sentence()] + m.end() - 1], m.type());
	}

	/** The extent as tokens of its sentence: the tokens it touches (a followed extent stands at words). */
	private Mention mention(int sentence, Extent e) {
		int first = Arrays.binarySearch(begins, e.begin());
		first = first >= 0 ? first : -first - 2;
		int last = Arrays.binarySearch(ends, e.end());
		last = last >= 0 ? last : -last - 1;
		return new Mention(sentence, first - base[sentence], last + 1 - base[sentence], e.label(), 1);
	}

	private static void apply(List<Extent> open, List<Change> changes) {
		for (Change c : changes) {
			if (c.was() != null) {
				open.remove(c.was());
			}
			if (c.now() != null) {
				open.add(c.now());
			}
		}
	}
}
