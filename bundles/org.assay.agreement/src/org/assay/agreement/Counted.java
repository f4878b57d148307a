/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.agreement;

import java.util.ArrayList;
import java.util.List;

import org.assay.model.Annotation;
import org.assay.model.AnnotationSet;
import org.assay.model.Span;
import org.assay.model.evaluation.Answers;

/** A rater's counted spans: its set's answer ({@link Answers}, as evaluation counts it) in one layer. */
public final class Counted {

	private Counted() {
	}

	public static boolean counts(AnnotationSet set, Annotation a, boolean proposals) {
		return Answers.counts(set, a, proposals);
	}

	/** The counted spans of a set in one layer (all layers when {@code layer} is null). */
	public static List<Span> spans(AnnotationSet set, String layer, boolean proposals) {
		List<Span> spans = new ArrayList<>();
		if (set == null) {
			return spans;
		}
		for (Annotation a : set.getAnnotations()) {
			if (a instanceof Span s && !s.getFragments().isEmpty() && counts(set, a, proposals)
					&& (layer == null || layer.equals(a.getLabel().getLayer().getName()))) {
				spans.add(s);
			}
		}
		return spans;
	}
}
