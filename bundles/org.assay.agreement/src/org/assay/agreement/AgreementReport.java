/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.agreement;

import java.util.List;
import java.util.Map;

/**
 * What {@link Agreement#compute} found: per layer and label over all compared documents, and the same per
 * document.
 *
 * @param sets the raters, in the order given
 * @param documents the documents where every rater has a set: the multi-rater figures rest on these
 * @param skipped the documents some rater has no set in (left out of the multi-rater figures; a pair still
 *            counts them when both of its raters have a set there)
 * @param layers the figures over all compared documents
 * @param perDocument the figures of each compared document
 */
public record AgreementReport(List<String> sets, List<String> documents, List<String> skipped,
		List<Layer> layers, List<PerDocument> perDocument) {

	/**
	 * One layer's figures: {@code all} over every label, then each label that some rater used, and Cohen's
	 * kappa for each pair of raters.
	 */
	public record Layer(String layer, Measures all, List<Measures> labels, List<Pair> pairs) {
	}

	/**
	 * The figures of one label ({@code label} is null for all labels together). {@code units} counts the
	 * coding units the label occurs in (all coding units for all labels); {@code observed} is the share of
	 * them on which every rater agrees; {@code fleiss} and {@code alpha} (Krippendorff's, nominal) are
	 * chance-corrected over all raters; {@code unitizing} is Krippendorff's unitizing alpha on character
	 * offsets, resting on the raters' spans (its own unit count).
	 */
	public record Measures(String label, int units, Figure observed, Figure fleiss, Figure alpha,
			Figure unitizing) {
	}

	/**
	 * Cohen's kappa of two raters over the documents where both have a set, for all labels and per label.
	 */
	public record Pair(String a, String b, int documents, Figure kappa, Map<String, Figure> labels) {
	}

	/** One document's figures. */
	public record PerDocument(String document, List<Layer> layers) {
	}
}
