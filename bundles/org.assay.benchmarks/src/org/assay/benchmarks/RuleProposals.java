/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.assay.engines.entities.EntityFinder;
import org.assay.engines.entities.EntityMention;
import org.assay.engines.entities.Labels;
import org.assay.engines.learn.Mention;
import org.assay.engines.learn.TaggedDocument;
import org.assay.text.Segmenter;

/**
 * The default entity engine's proposals on a CoNLL document, as word spans of its sentences. The document
 * is written out as Assay would hold it (one sentence a line, words joined by spaces) and the engine runs
 * on that text; its labels become CoNLL's (PERSON as PER, ORGANIZATION as ORG, LOCATION as LOC, NORP as
 * MISC) and the ones CoNLL has no label for (dates, money, ...) are not proposed, as in a project with
 * CoNLL's schema. A span that does not start or end on a word boundary is widened to whole words.
 */
final class RuleProposals {

	private static final Map<String, String> TO_CONLL = Map.of(Labels.PERSON, "PER", Labels.ORGANIZATION, "ORG",
			Labels.LOCATION, "LOC", Labels.NORP, "MISC");

	private final EntityFinder finder = EntityFinder.get();
	private final Segmenter segmenter = Segmenter.get();

	List<Mention> propose(TaggedDocument doc) {
		StringBuilder text = new StringBuilder();
		List<int[]> words = new ArrayList<>(); // {sentence, word, begin, end}
		for (int s = 0; s < doc.sentences().size(); s++) {
			String[] sentence = doc.sentences().get(s);
			for (int w = 0; w < sentence.length; w++) {
				if (w > 0) {
					text.append(' ');
				}
				words.add(new int[] { s, w, text.length(), text.length() + sentence[w].length() });
				text.append(sentence[w]);
			}
			text.append('\n');
		}
		List<Mention> result = new ArrayList<>();
		for (EntityMention m : finder.find(segmenter.segment(text.toString()))) {
			String label = TO_CONLL.get(m.label());
			if (label == null) {
				continue;
			}
			int[] first = null;
			int[] last = null;
			for (int[] w : words) {
				if (w[3] > m.begin() && w[2] < m.end()) {
					if (first == null) {
						first = w;
					}
					if (w[0] == first[0]) {
						last = w;
					}
				}
			}
			if (first != null) {
				result.add(new Mention(first[0], first[1], last[1] + 1, label, m.confidence()));
			}
		}
		return result;
	}
}
