/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.model.support;

import org.assay.model.FeatureDefinition;
import org.assay.model.Label;
import org.assay.model.LabelSchema;
import org.assay.model.Layer;

/** Look-ups in a label schema by name. */
public final class Schemas {

	private Schemas() {
	}

	/** The layer of that name, or null. */
	public static Layer layer(LabelSchema schema, String name) {
		for (Layer layer : schema.getLayers()) {
			if (layer.getName().equals(name)) {
				return layer;
			}
		}
		return null;
	}

	/** The label of that name in the layer, or null. */
	public static Label label(Layer layer, String name) {
		for (Label label : layer.getLabels()) {
			if (label.getName().equals(name)) {
				return label;
			}
		}
		return null;
	}

	/** The label of that name in the named layer, or null if either is missing. */
	public static Label label(LabelSchema schema, String layerName, String labelName) {
		Layer layer = layer(schema, layerName);
		return layer == null ? null : label(layer, labelName);
	}

	/** Keys no label takes: the editors' own ({@code x} rejects). */
	private static final String RESERVED_KEYS = "x";

	/**
	 * A key for a new label that no label of the schema has, as the schemas Assay ships give every label its own:
	 * the first free letter of the label's name ("PER" where PERSON has p: e), else the first free letter of the
	 * alphabet; null when all 25 are taken.
	 */
	public static String freeKey(LabelSchema schema, String labelName) {
		java.util.Set<String> taken = new java.util.HashSet<>();
		for (Layer l : schema.getLayers()) {
			for (Label label : l.getLabels()) {
				if (label.getKey() != null) {
					taken.add(label.getKey().toLowerCase(java.util.Locale.ROOT));
				}
			}
		}
		String candidates = labelName.toLowerCase(java.util.Locale.ROOT) + "abcdefghijklmnopqrstuvwxyz";
		for (int i = 0; i < candidates.length(); i++) {
			String key = String.valueOf(candidates.charAt(i));
			if (key.charAt(0) >= 'a' && key.charAt(0) <= 'z' && !RESERVED_KEYS.contains(key) && !taken.contains(key)) {
				return key;
			}
		}
		return null;
	}

	/** The feature of that name in the layer, or null. */
	public static FeatureDefinition feature(Layer layer, String name) {
		for (FeatureDefinition feature : layer.getFeatures()) {
			if (feature.getName().equals(name)) {
				return feature;
			}
		}
		return null;
	}
}
