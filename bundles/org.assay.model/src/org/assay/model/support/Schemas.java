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
