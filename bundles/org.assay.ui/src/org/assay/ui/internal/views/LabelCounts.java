/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.internal.views;

import java.util.HashMap;
import java.util.Map;

import org.assay.model.Annotation;
import org.assay.model.AnnotationSet;
import org.assay.model.AnnotationStatus;
import org.assay.model.Label;
import org.assay.model.Layer;
import org.assay.model.Link;

/**
 * How many spans of each label a set holds, still proposed and decided (accepted or corrected); rejected
 * spans are left out, since the annotator said they are not of that label. One pass over the set.
 */
final class LabelCounts {

	private final Map<Label, int[]> counts = new HashMap<>();

	static LabelCounts of(AnnotationSet set) {
		LabelCounts c = new LabelCounts();
		if (set != null) {
			for (Annotation a : set.getAnnotations()) {
				if (!(a instanceof Link) && a.getLabel() != null && a.getStatus() != AnnotationStatus.REJECTED) {
					c.counts.computeIfAbsent(a.getLabel(), k -> new int[2])[a.getStatus() == AnnotationStatus.PROPOSED ? 0 : 1]++;
				}
			}
		}
		return c;
	}

	int proposed(Object labelOrLayer) {
		return count(labelOrLayer, 0);
	}

	int decided(Object labelOrLayer) {
		return count(labelOrLayer, 1);
	}

	private int count(Object labelOrLayer, int which) {
		if (labelOrLayer instanceof Layer layer) {
			return layer.getLabels().stream().mapToInt(l -> count(l, which)).sum();
		}
		int[] c = counts.get(labelOrLayer);
		return c == null ? 0 : c[which];
	}
}
