/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.engines.learn.conll;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.assay.engines.learn.BioTags;
import org.assay.engines.learn.Mention;
import org.assay.text.scoring.Counts;

/**
 * Phrase-level scores as the conlleval script computes them: a predicted span is correct only when a gold
 * span has the same type and exactly the same boundaries; precision, recall and F1 are micro-averaged over
 * spans, overall and per type. Tags are read leniently the way conlleval reads them, so IOB1 and BIO give
 * the same result.
 */
public final class ConllEval {

	private Counts overall = Counts.ZERO;
	private final Map<String, Counts> byType = new TreeMap<>();
	private long tokens;
	private long correctTokens;

	/** Adds one sentence given as tag sequences of equal length. */
	public void add(String[] gold, String[] predicted) {
		if (gold.length != predicted.length) {
			throw new IllegalArgumentException("gold has " + gold.length + " tags, prediction " + predicted.length);
		}
		for (int i = 0; i < gold.length; i++) {
			tokens++;
			correctTokens += gold[i].equals(predicted[i]) ? 1 : 0;
		}
		add(BioTags.spans(0, gold), BioTags.spans(0, predicted));
	}

	/** Adds the spans of one sentence (their sentence index and confidence are ignored). */
	public void add(List<Mention> gold, List<Mention> predicted) {
		Set<String> goldKeys = new HashSet<>();
		for (Mention m : gold) {
			goldKeys.add(key(m));
		}
		Set<String> predictedKeys = new HashSet<>();
		for (Mention m : predicted) {
			predictedKeys.add(key(m));
			boolean correct = goldKeys.contains(key(m));
			count(m.type(), new Counts(correct ? 1 : 0, correct ? 0 : 1, 0));
		}
		for (Mention m : gold) {
			if (!predictedKeys.contains(key(m))) {
				count(m.type(), new Counts(0, 0, 1));
			}
		}
	}

	private static String key(Mention m) {
		return m.start() + ":" + m.end() + ":" + m.type();
	}

	private void count(String type, Counts counts) {
		overall = overall.plus(counts);
		byType.merge(type, counts, Counts::plus);
	}

	public Counts overall() {
		return overall;
	}

	/** Counts per type, in alphabetical order of type. */
	public Map<String, Counts> byType() {
		return new TreeMap<>(byType);
	}

	/** Fraction of tokens whose tag was exactly right, over the sentences added as tags. */
	public double tokenAccuracy() {
		return tokens == 0 ? 0 : (double) correctTokens / tokens;
	}

	/** A plain-text table: one row per type and one for all, with counts and P/R/F1 in percent. */
	public String table() {
		StringBuilder b = new StringBuilder();
		b.append(String.format(Locale.ROOT, "%-10s %7s %7s %7s %8s %8s %8s%n", "type", "gold", "found", "correct",
				"P%", "R%", "F1%"));
		for (Map.Entry<String, Counts> e : byType.entrySet()) {
			row(b, e.getKey(), e.getValue());
		}
		row(b, "overall", overall);
		return b.toString();
	}

	private static void row(StringBuilder b, String name, Counts c) {
		b.append(String.format(Locale.ROOT, "%-10s %7d %7d %7d %8.2f %8.2f %8.2f%n", name, c.reference(), c.predicted(),
				c.truePositives(), 100 * c.precision(), 100 * c.recall(), 100 * c.f1()));
	}
}
