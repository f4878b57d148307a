/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.benchmarks;

import java.util.ArrayList;
import java.util.List;

import org.assay.engines.learn.Mention;
import org.assay.engines.learn.TaggedDocument;
import org.assay.text.SameWords;
import org.assay.text.SameWords.Change;
import org.assay.text.SameWords.Extent;

/**
 * The oracle annotator in an editor where the open proposals on the same words follow each decision
 * ({@link SameWords}, as the workbench's editor does by default): the document is corrected sentence by sentence,
 * each sentence's edits counted as {@link OracleEdits} counts them on what the sentence shows by then, and its
 * decisions followed in the rest of the document before the next. As in the editor, accepting, relabelling,
 * marking and resizing a mention are followed (a resize once the annotator leaves the span), and so is a rejection.
 */
public final class FollowingOracle {

	private FollowingOracle() {
	}

	/** The edits to turn the document's proposals into its gold, decisions followed on the same words. */
	public static OracleEdits.Count countDocument(TaggedDocument doc, List<Mention> proposed, List<Mention> gold) {
		List<String> words = new ArrayList<>();
		int[] base = new int[doc.sentences().size()];
		for (int s = 0; s < base.length; s++) {
			base[s] = words.size();
			words.addAll(List.of(doc.sentences().get(s)));
		}
		String[] tokens = words.toArray(String[]::new);
		int[] sentenceOf = new int[tokens.length];
		for (int s = 0; s < base.length; s++) {
			java.util.Arrays.fill(sentenceOf, base[s], base[s] + doc.sentences().get(s).length, s);
		}
		List<Extent> open = new ArrayList<>();
		for (Mention m : proposed) {
			open.add(new Extent(base[m.sentence()] + m.start(), base[m.sentence()] + m.end(), m.type()));
		}
		List<Extent> decided = new ArrayList<>();
		OracleEdits.Count total = OracleEdits.Count.ZERO;
		for (int s = 0; s < base.length; s++) {
			int from = base[s];
			int to = from + doc.sentences().get(s).length;
			List<Mention> shown = new ArrayList<>();
			for (Extent e : open) {
				if (e.start() >= from && e.end() <= to) {
					shown.add(new Mention(s, e.start() - from, e.end() - from, e.label(), 1));
				}
			}
			List<Mention> right = new ArrayList<>();
			for (Mention g : gold) {
				if (g.sentence() == s) {
					right.add(g);
				}
			}
			total = total.plus(OracleEdits.count(shown, right));
			open.removeIf(e -> e.start() >= from && e.end() <= to);
			for (Mention g : right) {
				decided.add(new Extent(from + g.start(), from + g.end(), g.type()));
			}
			for (Mention g : right) { // accepted, relabelled, resized or marked by hand
				apply(open, SameWords.labelled(tokens, sentenceOf, from + g.start(), from + g.end(), g.type(), open,
						decided));
			}
			for (Mention p : shown) {
				if (right.stream().noneMatch(g -> overlap(p, g))) { // rejected
					apply(open, SameWords.rejected(tokens, sentenceOf, from + p.start(), from + p.end(), p.type(), open));
				}
			}
		}
		return total;
	}

	private static boolean overlap(Mention a, Mention b) {
		return a.start() < b.end() && b.start() < a.end();
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
