/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.engines.claims;

import java.util.ArrayList;
import java.util.List;

import org.assay.text.Segmentation;

/**
 * Turns reference attributions into per-token BIO labels (B-SOURCE, I-CUE, ...) over a segmentation, to train
 * a sequence tagger,; {@link org.assay.engines.learn.BioTags#spans} reads them back as spans. A token takes the role of the span holding its
 * first character; each span piece starts with B- so that neighbouring attributions stay apart.
 */
public final class ClaimTagging {

	/** The role of a claimant's words. */
	public static final String SOURCE = "SOURCE";
	/** The role of the words that report the claim. */
	public static final String CUE = "CUE";
	/** The role of the claim's own words. */
	public static final String CONTENT = "CONTENT";

	private ClaimTagging() {
	}

	/** The words of every sentence, as the tagger sees them. */
	public static List<String[]> sentences(Segmentation segmentation) {
		List<String[]> sentences = new ArrayList<>();
		for (int s = 0; s < segmentation.sentenceCount(); s++) {
			sentences.add(segmentation.words(s));
		}
		return sentences;
	}

	/** BIO labels for every sentence of a segmentation. */
	public static List<String[]> labels(Segmentation segmentation, List<AttributionSpans> attributions) {
		int n = segmentation.tokenCount();
		String[] role = new String[n];
		int[] piece = new int[n];
		int pieces = 0;
		for (AttributionSpans attribution : attributions) {
			pieces = mark(segmentation, attribution.source(), ClaimTagging.SOURCE, role, piece, pieces);
			pieces = mark(segmentation, attribution.cue(), ClaimTagging.CUE, role, piece, pieces);
			pieces = mark(segmentation, attribution.content(), ClaimTagging.CONTENT, role, piece, pieces);
		}
		List<String[]> labels = new ArrayList<>();
		for (int s = 0; s < segmentation.sentenceCount(); s++) {
			int start = segmentation.sentenceStarts()[s];
			int end = segmentation.sentenceEnds()[s];
			String[] tags = new String[end - start];
			for (int i = start; i < end; i++) {
				if (role[i] == null) {
					tags[i - start] = "O";
				} else {
					boolean continues = i > start && piece[i - 1] == piece[i] && role[i - 1] != null;
					tags[i - start] = (continues ? "I-" : "B-") + role[i];
				}
			}
			labels.add(tags);
		}
		return labels;
	}

	private static int mark(Segmentation segmentation, List<int[]> spans, String type, String[] role, int[] piece,
			int pieces) {
		for (int[] span : spans) {
			pieces++;
			for (int i = segmentation.tokenAtOrAfter(span[0]); i < segmentation.tokenCount()
					&& segmentation.tokenBegins()[i] < span[1]; i++) {
				if (role[i] == null) {
					role[i] = type;
					piece[i] = pieces;
				}
			}
		}
		return pieces;
	}
}
