/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.agreement;

import java.util.List;

import org.assay.model.AnnotationSet;

/**
 * What {@link Merge#merge} did.
 *
 * @param documents the documents merged (every named set present)
 * @param skipped the documents left alone because a named set is missing there
 * @param labels per layer and label: spans merged, left disputed, and decided but already in the target set
 * @param disputedPlaces the first disputed places, as {@code document@offset LABEL (sets)}
 * @param changed the target sets that received annotations, to be saved
 * @param proposedForLinks the spans merged as proposals although accepted was asked, because they lack a link the
 *            sets dispute (a claim whose claimant they give differently): the curator decides them
 */
public record MergeReport(List<String> documents, List<String> skipped, List<LabelCount> labels,
		List<String> disputedPlaces, List<AnnotationSet> changed, int proposedForLinks) {

	/** One label's counts. */
	public record LabelCount(String layer, String label, int merged, int disputed, int alreadyThere) {
	}

	public int merged() {
		return labels.stream().mapToInt(LabelCount::merged).sum();
	}

	public int disputed() {
		return labels.stream().mapToInt(LabelCount::disputed).sum();
	}

	public int alreadyThere() {
		return labels.stream().mapToInt(LabelCount::alreadyThere).sum();
	}
}
