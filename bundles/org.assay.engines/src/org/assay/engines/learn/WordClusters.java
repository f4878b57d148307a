/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.engines.learn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Word classes learnt from the training text alone, without its labels: each frequent word is described by
 * the words seen just before and after it, and spherical k-means groups words with similar neighbours. A
 * class feature lets a word seen a few times borrow evidence from better-known words of its class (towns
 * with towns, first names with first names), a poor man's Brown clusters with no external data.
 */
final class WordClusters {

	private static final int CONTEXT_WORDS = 300;
	private static final int ITERATIONS = 12;

	private final Map<String, int[]> classes;
	private final int[] sizes;

	WordClusters(Map<String, int[]> classes, int[] sizes) {
		this.classes = classes;
		this.sizes = sizes.clone();
	}

	/** The class of a word at each granularity, or null when the word was too rare to be clustered. */
	int[] classes(String word) {
		return classes.get(WordShapes.lower(word));
	}

	int[] sizes() {
		return sizes.clone();
	}

	Map<String, int[]> table() {
		return Collections.unmodifiableMap(classes);
	}

	/** Clusters the words seen at least minCount times, at each of the given numbers of classes. */
	static WordClusters build(List<TaggedDocument> documents, int minCount, int... sizes) {
		Map<String, Integer> counts = new HashMap<>();
		for (TaggedDocument d : documents) {
			for (String[] s : d.sentences()) {
				for (String w : s) {
					counts.merge(WordShapes.lower(w), 1, Integer::sum);
				}
			}
		}
		List<String> byFrequency = new ArrayList<>(counts.keySet());
		byFrequency.sort((a, b) -> counts.get(b) - counts.get(a) != 0 ? counts.get(b) - counts.get(a) : a.compareTo(b));
		Map<String, Integer> contextIndex = new HashMap<>();
		for (String w : byFrequency.subList(0, Math.min(CONTEXT_WORDS, byFrequency.size()))) {
			contextIndex.put(w, contextIndex.size());
		}
		Map<String, Integer> vocabulary = new HashMap<>();
		List<String> words = new ArrayList<>();
		for (String w : byFrequency) {
			if (counts.get(w) >= minCount && WordShapes.hasLetter(w)) {
				vocabulary.put(w, words.size());
				words.add(w);
			}
		}
		// neighbour counts: rare neighbours count as their shape, so "capitalised word before" is a context too
		List<Map<String, Integer>> contexts = new ArrayList<>();
		Map<String, Integer> dims = new HashMap<>();
		for (int i = 0; i < words.size(); i++) {
			contexts.add(new HashMap<>());
		}
		for (TaggedDocument d : documents) {
			for (String[] s : d.sentences()) {
				for (int i = 0; i < s.length; i++) {
					Integer v = vocabulary.get(WordShapes.lower(s[i]));
					if (v != null) {
						contexts.get(v).merge("L" + neighbour(s, i - 1, contextIndex), 1, Integer::sum);
						contexts.get(v).merge("R" + neighbour(s, i + 1, contextIndex), 1, Integer::sum);
					}
				}
			}
		}
		int[][] idx = new int[words.size()][];
		double[][] val = new double[words.size()][];
		for (int v = 0; v < words.size(); v++) {
			Map<String, Integer> c = contexts.get(v);
			idx[v] = new int[c.size()];
			val[v] = new double[c.size()];
			int k = 0;
			double norm = 0;
			for (Map.Entry<String, Integer> e : c.entrySet()) {
				idx[v][k] = dims.computeIfAbsent(e.getKey(), x -> dims.size());
				val[v][k] = Math.sqrt(e.getValue());
				norm += e.getValue();
				k++;
			}
			for (int j = 0; j < k; j++) {
				val[v][j] /= Math.sqrt(norm);
			}
		}
		Map<String, int[]> classes = new HashMap<>();
		if (words.isEmpty()) { // no word frequent enough: no classes
			return new WordClusters(classes, sizes);
		}
		for (String w : words) {
			classes.put(w, new int[sizes.length]);
		}
		for (int g = 0; g < sizes.length; g++) {
			int[] assignment = kMeans(idx, val, dims.size(), Math.min(sizes[g], Math.max(1, words.size())));
			for (int v = 0; v < words.size(); v++) {
				classes.get(words.get(v))[g] = assignment[v];
			}
		}
		return new WordClusters(classes, sizes);
	}

	private static String neighbour(String[] s, int i, Map<String, Integer> contextIndex) {
		if (i < 0) {
			return "<s>";
		}
		if (i >= s.length) {
			return "</s>";
		}
		String w = WordShapes.lower(s[i]);
		return contextIndex.containsKey(w) ? w : "~" + WordShapes.shape(s[i], 1);
	}

	/** Spherical k-means, seeded with every n-th word by frequency so that it is deterministic. */
	private static int[] kMeans(int[][] idx, double[][] val, int dims, int k) {
		int n = idx.length;
		double[][] centroids = new double[k][dims];
		for (int c = 0; c < k; c++) {
			int v = (int) ((long) c * n / k);
			for (int j = 0; j < idx[v].length; j++) {
				centroids[c][idx[v][j]] = val[v][j];
			}
		}
		int[] assignment = new int[n];
		for (int iter = 0; iter < ITERATIONS; iter++) {
			for (int v = 0; v < n; v++) {
				double best = Double.NEGATIVE_INFINITY;
				for (int c = 0; c < k; c++) {
					double dot = 0;
					double[] centroid = centroids[c];
					for (int j = 0; j < idx[v].length; j++) {
						dot += centroid[idx[v][j]] * val[v][j];
					}
					if (dot > best) {
						best = dot;
						assignment[v] = c;
					}
				}
			}
			for (double[] centroid : centroids) {
				Arrays.fill(centroid, 0);
			}
			for (int v = 0; v < n; v++) {
				for (int j = 0; j < idx[v].length; j++) {
					centroids[assignment[v]][idx[v][j]] += val[v][j];
				}
			}
			for (double[] centroid : centroids) {
				double norm = 0;
				for (double x : centroid) {
					norm += x * x;
				}
				if (norm > 0) {
					norm = Math.sqrt(norm);
					for (int j = 0; j < dims; j++) {
						centroid[j] /= norm;
					}
				}
			}
		}
		return assignment;
	}
}
