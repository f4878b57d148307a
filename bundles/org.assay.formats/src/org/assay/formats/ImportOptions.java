/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.formats;

import java.util.Map;

/**
 * How to import.
 *
 * @param set the annotation set the annotations go into (gold, an annotator's name, ...)
 * @param defaultLayer the layer for labels that the file does not place and the schema does not have
 * @param labelMap file labels renamed on the way in (PER to PERSON, ...)
 * @param replace whether a non-empty set of that name may be replaced
 * @param claims whether attribution events (Source, Cue, Content) become claims with their claimant and cue
 *            ({@link Attributions})
 */
public record ImportOptions(String set, String defaultLayer, Map<String, String> labelMap, boolean replace,
		boolean claims) {

	/** Options that keep attribution events as they are. */
	public ImportOptions(String set, String defaultLayer, Map<String, String> labelMap, boolean replace) {
		this(set, defaultLayer, labelMap, replace, false);
	}

	public static ImportOptions defaults() {
		return new ImportOptions("gold", "entity", Map.of(), false);
	}

	public String mapLabel(String label) {
		return labelMap.getOrDefault(label, label);
	}
}
