/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.engines.learn;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns the words of a document into feature names per word. Only the words are used (no part-of-speech or
 * chunk tags, which the deployed tagger will not have): the word and its neighbours, their shapes and
 * affixes, the position in the sentence, and optionally the word classes of the word and its neighbours,
 * what the rest of the document says about the word, what a first tagger found elsewhere in the
 * document, and what Assay's entity rules found at and around the word ({@link RuleContext}). Immutable,
 * so one instance serves any number of threads.
 */
final class FeatureExtractor {

	private final boolean documentFeatures;
	private final WordClusters clusters;
	private final boolean ruleFeatures;

	/** @param clusters word classes to use, or null */
	FeatureExtractor(boolean documentFeatures, WordClusters clusters, boolean ruleFeatures) {
		this.documentFeatures = documentFeatures;
		this.clusters = clusters;
		this.ruleFeatures = ruleFeatures;
	}

	boolean ruleFeatures() {
		return ruleFeatures;
	}

	boolean documentFeatures() {
		return documentFeatures;
	}

	WordClusters clusters() {
		return clusters;
	}

	/**
	 * Feature names indexed by sentence, then word.
	 *
	 * @param firstStage what a first tagger found in the document, or null for a first tagger
	 */
	List<String[][]> extract(List<String[]> sentences, List<Mention> firstStage) {
		DocumentContext doc = documentFeatures ? new DocumentContext(sentences) : null;
		FirstStageContext stage = firstStage == null ? null : new FirstStageContext(sentences, firstStage);
		RuleContext rules = ruleFeatures ? RuleContext.of(sentences) : null;
		List<String[][]> result = new ArrayList<>(sentences.size());
		List<String> f = new ArrayList<>(96);
		for (int s = 0; s < sentences.size(); s++) {
			String[] ws = sentences.get(s);
			boolean headline = WordShapes.isHeadline(ws);
			String[] low = new String[ws.length];
			String[] shape = new String[ws.length];
			String[] shortShape = new String[ws.length];
			for (int i = 0; i < ws.length; i++) {
				low[i] = WordShapes.lower(ws[i]);
				shape[i] = WordShapes.shape(ws[i], 4);
				shortShape[i] = WordShapes.shape(ws[i], 1);
			}
			String[][] out = new String[ws.length][];
			for (int i = 0; i < ws.length; i++) {
				f.clear();
				local(f, ws, low, shape, shortShape, i, headline);
				if (clusters != null) {
					clusters(f, ws, i);
				}
				if (doc != null) {
					document(f, doc, s, ws, i);
				}
				if (stage != null) {
					stage.features(f, ws, s, i);
				}
				if (rules != null) {
					rules.features(f, ws, s, i);
				}
				out[i] = f.toArray(new String[0]);
			}
			result.add(out);
		}
		return result;
	}

	private static String at(String[] a, int i) {
		return i < 0 ? "<s>" : i >= a.length ? "</s>" : a[i];
	}

	private static void local(List<String> f, String[] ws, String[] low, String[] shape, String[] ss, int i,
			boolean headline) {
		String w = ws[i];
		String lw = low[i];
		f.add("b");
		f.add("w=" + w);
		f.add("lw=" + lw);
		f.add("sh=" + shape[i]);
		f.add("ss=" + ss[i]);
		for (int k = 1; k <= 4 && k <= lw.length(); k++) {
			f.add("p" + k + "=" + lw.substring(0, k));
			f.add("s" + k + "=" + lw.substring(lw.length() - k));
		}
		char cc = WordShapes.caseClass(w);
		boolean initial = WordShapes.isInitial(ws, i);
		String pos = headline ? "H" : initial ? "I" : "M";
		f.add("cc=" + cc + pos);
		f.add("pos=" + pos + ss[i]);
		if (w.indexOf('-') > 0) {
			f.add("hyph");
		}
		if (w.length() == 1) {
			f.add("len1" + ss[i]);
		} else if (w.length() > 8) {
			f.add("long");
		}
		for (int d = -2; d <= 2; d++) {
			if (d != 0) {
				f.add("w" + d + "=" + at(low, i + d));
				f.add("ss" + d + "=" + at(ss, i + d));
			}
		}
		f.add("sh-1=" + at(shape, i - 1));
		f.add("sh+1=" + at(shape, i + 1));
		f.add("w-1|w=" + at(low, i - 1) + "|" + lw);
		f.add("w|w+1=" + lw + "|" + at(low, i + 1));
		f.add("w-2|w-1=" + at(low, i - 2) + "|" + at(low, i - 1));
		f.add("w+1|w+2=" + at(low, i + 1) + "|" + at(low, i + 2));
		f.add("ss-1|ss|ss+1=" + at(ss, i - 1) + "|" + ss[i] + "|" + at(ss, i + 1));
		f.add("ss-1|ss=" + at(ss, i - 1) + "|" + ss[i]);
		f.add("ss|ss+1=" + ss[i] + "|" + at(ss, i + 1));
		f.add("w-1|ss=" + at(low, i - 1) + "|" + ss[i]);
		f.add("ss|w+1=" + ss[i] + "|" + at(low, i + 1));
	}

	private void clusters(List<String> f, String[] ws, int i) {
		int[] sizes = clusters.sizes();
		for (int d = -1; d <= 1; d++) {
			int[] c = i + d >= 0 && i + d < ws.length ? clusters.classes(ws[i + d]) : null;
			for (int g = 0; g < sizes.length; g++) {
				f.add("c" + sizes[g] + "@" + d + "=" + (c == null ? "?" : Integer.toString(c[g])));
			}
		}
	}

	private static void document(List<String> f, DocumentContext doc, int s, String[] ws, int i) {
		String w = ws[i];
		if (!WordShapes.hasLetter(w)) {
			return;
		}
		DocumentContext.WordInfo info = doc.info(w);
		boolean reliable = doc.reliable(s, ws, i);
		char cc = WordShapes.caseClass(w);
		int cap = info.capitalised;
		int lowc = info.lowerCase;
		if (reliable) {
			if (WordShapes.startsUpper(w)) {
				cap--;
			} else if (Character.isLowerCase(w.charAt(0))) {
				lowc--;
			}
		}
		String seen = (cap > 0 ? "C" : "-") + (lowc > 0 ? "L" : "-");
		f.add("dc=" + cc + seen);
		f.add("dcp=" + cc + (reliable ? "R" : "U") + seen);
		if (!reliable) {
			if (info.bestForm != null) {
				f.add("df=" + info.bestForm);
				f.add("dfs=" + WordShapes.shape(info.bestForm, 1));
			} else {
				f.add("df=none" + cc);
			}
		}
		if (WordShapes.startsUpper(w)) {
			if (info.afterCapital > 0) {
				f.add("dafter");
			}
			if (info.beforeCapital > 0) {
				f.add("dbefore");
			}
			for (String c : info.contexts) {
				f.add("dx" + c);
			}
		}
	}
}
