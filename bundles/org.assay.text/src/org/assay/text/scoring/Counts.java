/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.text.scoring;

/**
 * True positives, false positives and false negatives, and the precision, recall and F1 they give: the one
 * counter behind every score Assay prints (the model's evaluation, conlleval-style tagger scores, claim
 * scores). An empty side gives 0, not NaN, so tables stay readable.
 */
public record Counts(int truePositives, int falsePositives, int falseNegatives) {

	public static final Counts ZERO = new Counts(0, 0, 0);

	public Counts plus(Counts other) {
		return new Counts(truePositives + other.truePositives, falsePositives + other.falsePositives,
				falseNegatives + other.falseNegatives);
	}

	/** The counts of {@code matched} pairs between a predicted and a reference side of the given sizes. */
	public static Counts matched(int predicted, int reference, int matched) {
		if (matched > predicted || matched > reference || matched < 0) {
			throw new IllegalArgumentException(
					matched + " matched of " + predicted + " predicted and " + reference + " reference");
		}
		return new Counts(matched, predicted - matched, reference - matched);
	}

	public double precision() {
		int predicted = truePositives + falsePositives;
		return predicted == 0 ? 0 : truePositives / (double) predicted;
	}

	public double recall() {
		int reference = truePositives + falseNegatives;
		return reference == 0 ? 0 : truePositives / (double) reference;
	}

	public double f1() {
		double p = precision();
		double r = recall();
		return p + r == 0 ? 0 : 2 * p * r / (p + r);
	}

	/** How many the predicted side has. */
	public int predicted() {
		return truePositives + falsePositives;
	}

	/** How many the reference side has. */
	public int reference() {
		return truePositives + falseNegatives;
	}
}
