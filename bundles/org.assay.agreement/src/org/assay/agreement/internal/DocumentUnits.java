/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.agreement.internal;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.assay.agreement.Counted;
import org.assay.model.Annotation;
import org.assay.model.AnnotationSet;
import org.assay.model.DocumentLabel;

/**
 * The coding unit of a document-label layer: the document itself, each rater's value the labels it gave the
 * document in that layer (joined with '+' when several) or {@link LayerStudy#NONE}.
 */
public final class DocumentUnits {

	private DocumentUnits() {
	}

	/**
	 * Adds one document's unit of each layer to the layer's study (made, for as many raters as sets, when first
	 * needed), from the raters' sets in rater order.
	 */
	public static void add(Map<String, LayerStudy> byLayer, List<String> layers, List<AnnotationSet> sets,
			boolean proposals) {
		for (String layer : layers) {
			add(byLayer, layer, sets, proposals);
		}
	}

	private static void add(Map<String, LayerStudy> byLayer, String layer, List<AnnotationSet> sets,
			boolean proposals) {
		String[] values = new String[sets.size()];
		boolean any = false;
		for (int r = 0; r < values.length; r++) {
			AnnotationSet set = sets.get(r);
			TreeSet<String> labels = new TreeSet<>();
			for (Annotation a : set.getAnnotations()) {
				if (a instanceof DocumentLabel && a.getLabel() != null
						&& layer.equals(a.getLabel().getLayer().getName()) && Counted.counts(set, a, proposals)) {
					labels.add(a.getLabel().getName());
				}
			}
			values[r] = labels.isEmpty() ? LayerStudy.NONE : String.join("+", labels);
			any |= !labels.isEmpty();
		}
		if (any) { // a document no rater labelled in this layer is nothing to agree on
			byLayer.computeIfAbsent(layer, k -> new LayerStudy(sets.size())).addLabelledUnit(values);
		}
	}
}
