/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.engines.learn;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.assay.text.Segmentation;
import org.assay.uima.spi.TextSpan;

/**
 * Translates between character spans and the tagger's view of a text: sentences of words with a BIO label
 * each. A span covers the tokens it overlaps; within one layer, a span that overlaps one taken already
 * (a nested entity) is left out, the longer one first, since BIO cannot nest.
 */
public final class TokenLabels {

	private TokenLabels() {
	}

	/** The text's words, to be tagged. */
	public static TaggedDocument words(Segmentation s) {
		List<String[]> sentences = new ArrayList<>();
		for (int i = 0; i < s.sentenceCount(); i++) {
			sentences.add(s.words(i));
		}
		return TaggedDocument.of(sentences);
	}

	/** The text's words labelled with the spans of one layer. */
	public static TaggedDocument labelled(Segmentation s, List<TextSpan> spans, String layer) {
		String[] tags = new String[s.tokenCount()];
		java.util.Arrays.fill(tags, "O");
		List<TextSpan> mine = new ArrayList<>(spans.stream().filter(x -> x.layer().equals(layer)).toList());
		mine.sort(Comparator.comparingInt((TextSpan x) -> x.begin() - x.end()).thenComparingInt(TextSpan::begin));
		for (TextSpan span : mine) {
			int first = s.tokenAtOrAfter(span.begin());
			int last = first;
			while (last < s.tokenCount() && s.tokenBegins()[last] < span.end()) {
				last++;
			}
			if (last == first || !free(tags, first, last)) {
				continue;
			}
			for (int t = first; t < last; t++) {
				tags[t] = (t == first ? "B-" : "I-") + span.label();
			}
		}
		List<String[]> sentences = new ArrayList<>();
		List<String[]> labels = new ArrayList<>();
		for (int i = 0; i < s.sentenceCount(); i++) {
			sentences.add(s.words(i));
			labels.add(java.util.Arrays.copyOfRange(tags, s.sentenceStarts()[i], s.sentenceEnds()[i]));
		}
		return new TaggedDocument(sentences, labels);
	}

	/** A mention's character extent. */
	public static int[] extent(Segmentation s, Mention m) {
		int first = s.sentenceStarts()[m.sentence()] + m.start();
		int last = s.sentenceStarts()[m.sentence()] + m.end() - 1;
		return new int[] { s.tokenBegins()[first], s.tokenEnds()[last] };
	}

	private static boolean free(String[] tags, int first, int last) {
		for (int t = first; t < last; t++) {
			if (!"O".equals(tags[t])) {
				return false;
			}
		}
		return true;
	}
}
