/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.agreement;

import java.util.ArrayList;
import java.util.List;

import org.assay.model.Annotation;
import org.assay.model.AnnotationSet;
import org.assay.model.AnnotationStatus;
import org.assay.model.SetKind;
import org.assay.model.Span;

/**
 * Which annotations of a set count as its rater's answer. An engine's set counts whole (all it has are
 * proposals); an annotator's set and gold count what was decided, accepted or corrected, and undecided
 * proposals only when asked to, since a proposal nobody looked at is the engine's answer, not the person's.
 * Rejected annotations never count.
 */
public final class Counted {

	private Counted() {
	}

	public static boolean counts(AnnotationSet set, Annotation a, boolean proposals) {
		AnnotationStatus s = a.getStatus();
		if (s == AnnotationStatus.REJECTED || a.getLabel() == null) {
			return false;
		}
		return s != AnnotationStatus.PROPOSED || proposals || set.getKind() == SetKind.ENGINE;
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
