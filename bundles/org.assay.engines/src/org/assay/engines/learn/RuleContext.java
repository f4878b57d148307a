/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.engines.learn;

import java.util.List;

import org.assay.engines.entities.EntityFinder;
import org.assay.engines.entities.EntityMention;
import org.assay.text.Segmentation;

/**
 * Features from Assay's entity rules ({@link EntityFinder}, the default entity engine with its word lists) for a
 * learned tagger that builds on them: the rules' label of each word (B- or I- and PERSON, ORGANIZATION, ...) and
 * of its neighbours, and how sure the rule was. The tagger learns from the annotators' corrections how far each
 * rule label is right and which of the project's labels it stands for, so that a model trained on a few
 * documents starts where the rules are and only has to learn where they go wrong.
 * <p>
 * The rules run on the document's own words (one sentence a line, words joined by spaces), the same in training
 * and in tagging.
 */
final class RuleContext {

	private static final String OUTSIDE = "O";
	/**
	 * The last document each thread asked about: the learned engine tags a text once per layer (entities, claims)
	 * with the same words, and the rules need to run on them once.
	 */
	private static final ThreadLocal<RuleContext> LAST = new ThreadLocal<>();

	private final List<String[]> sentences;

	private final String[][] tagAt;
	private final boolean[][] sure;

	/** The rules' output on the document's words, run once for the same list of sentences on a thread. */
	static RuleContext of(List<String[]> sentences) {
		RuleContext last = LAST.get();
		if (last != null && last.sentences == sentences) {
			return last;
		}
		RuleContext context = new RuleContext(sentences);
		LAST.set(context);
		return context;
	}

	private RuleContext(List<String[]> sentences) {
		this.sentences = sentences;
		tagAt = new String[sentences.size()][];
		sure = new boolean[sentences.size()][];
		int words = 0;
		for (String[] ws : sentences) {
			words += ws.length;
		}
		StringBuilder text = new StringBuilder();
		int[] begins = new int[words];
		int[] ends = new int[words];
		int[] sentenceOf = new int[words];
		int[] wordOf = new int[words];
		int nonEmpty = 0;
		for (String[] ws : sentences) {
			nonEmpty += ws.length > 0 ? 1 : 0;
		}
		int[] starts = new int[nonEmpty];
		int[] stops = new int[nonEmpty];
		int t = 0;
		int k = 0;
		for (int s = 0; s < sentences.size(); s++) {
			String[] ws = sentences.get(s);
			tagAt[s] = new String[ws.length];
			sure[s] = new boolean[ws.length];
			if (ws.length == 0) {
				continue;
			}
			starts[k] = t;
			for (int i = 0; i < ws.length; i++) {
				if (i > 0) {
					text.append(' ');
				}
				begins[t] = text.length();
				text.append(ws[i]);
				ends[t] = text.length();
				sentenceOf[t] = s;
				wordOf[t] = i;
				t++;
			}
			stops[k++] = t;
			text.append('\n');
		}
		if (words == 0) {
			return;
		}
		Segmentation segmentation = new Segmentation(text.toString(), begins, ends, starts, stops);
		for (EntityMention m : EntityFinder.get().find(segmentation)) {
			int first = segmentation.tokenAt(m.begin());
			boolean inside = false;
			for (int w = first; w < words && begins[w] < m.end(); w++) {
				if (ends[w] <= m.begin() || sentenceOf[w] != sentenceOf[first]) {
					continue;
				}
				tagAt[sentenceOf[w]][wordOf[w]] = (inside ? "I-" : "B-") + m.label();
				sure[sentenceOf[w]][wordOf[w]] = m.confidence() >= 0.8;
				inside = true;
			}
		}
	}

	/** The rules' tag of a word (B-PERSON, I-DATE, O), or the sentence's edge. */
	String tag(int s, int i) {
		if (i < 0) {
			return "<s>";
		}
		if (i >= tagAt[s].length) {
			return "</s>";
		}
		return tagAt[s][i] == null ? OUTSIDE : tagAt[s][i];
	}

	void features(List<String> f, String[] ws, int s, int i) {
		String own = tag(s, i);
		f.add("r=" + own);
		if (tagAt[s][i] != null) {
			String type = own.substring(2);
			f.add("rt=" + type + (sure[s][i] ? "+" : "?"));
			f.add("rt|ss=" + type + "|" + WordShapes.shape(ws[i], 1));
		}
		f.add("r-1=" + tag(s, i - 1));
		f.add("r+1=" + tag(s, i + 1));
		f.add("r-1|r=" + tag(s, i - 1) + "|" + own);
	}
}
