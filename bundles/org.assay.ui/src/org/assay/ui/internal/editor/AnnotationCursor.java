/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.internal.editor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.assay.model.Annotation;
import org.assay.model.AnnotationSet;
import org.assay.model.AnnotationStatus;
import org.assay.model.Span;
import org.assay.model.support.Spans;

/** The annotation the keyboard works on, and the walk from proposal to proposal in text order. */
final class AnnotationCursor {

	private Span current;

	Span current() {
		return current;
	}

	void set(Span span) {
		current = span;
	}

	/**
	 * Moves to the next (or previous) proposal after (before) the current annotation in text order, wrapping
	 * round; returns it, or null when no proposal is left.
	 */
	Span move(AnnotationSet set, boolean forward) {
		List<Span> spans = new ArrayList<>();
		for (Annotation a : set.getAnnotations()) {
			if (a instanceof Span s) {
				spans.add(s);
			}
		}
		if (spans.isEmpty()) {
			return null;
		}
		spans.sort(Comparator.comparingInt(Spans::begin).thenComparingInt(Spans::end));
		int at = current == null ? -1 : spans.indexOf(current);
		if (at < 0) {
			at = forward ? -1 : spans.size();
		}
		for (int step = 1; step <= spans.size(); step++) {
			Span candidate = spans.get(Math.floorMod(at + (forward ? step : -step), spans.size()));
			if (candidate.getStatus() == AnnotationStatus.PROPOSED && candidate != current) {
				current = candidate;
				return current;
			}
		}
		return null;
	}
}
