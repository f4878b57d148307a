/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.internal.editor;

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
		return move(set, forward, 0);
	}

	/** A proposal whose engine gave a confidence below the threshold, which the editor hides. */
	static boolean belowThreshold(Annotation a, double min) {
		return min > 0 && a.getStatus() == AnnotationStatus.PROPOSED && a.getProvenance() != null
				&& a.getProvenance().isSetConfidence() && a.getProvenance().getConfidence() < min;
	}

	/**
	 * Moves to the proposal the engine was least sure of after the current one (by confidence, then text order;
	 * a proposal without a confidence counts as sure), wrapping round; hidden ones (below {@code min}) skipped.
	 */
	Span moveByConfidence(AnnotationSet set, boolean forward, double min) {
		List<Annotation> all = set.getAnnotations();
		int here = current == null ? -1 : all.indexOf(current);
		double hereKey = here < 0 ? 0 : confidence(current);
		Span next = null;
		Span wrap = null;
		for (int i = 0; i < all.size(); i++) {
			if (!(all.get(i) instanceof Span s) || s.getStatus() != AnnotationStatus.PROPOSED || s == current
					|| belowThreshold(s, min)) {
				continue;
			}
			if (here >= 0 && (forward ? later(s, current, hereKey) : later(current, s, confidence(s)))
					&& (next == null || (forward ? later(next, s, confidence(s)) : later(s, next, confidence(next))))) {
				next = s;
			}
			if (wrap == null || (forward ? later(wrap, s, confidence(s)) : later(s, wrap, confidence(wrap)))) {
				wrap = s;
			}
		}
		Span found = next != null ? next : wrap;
		if (found != null) {
			current = found;
		}
		return found;
	}

	/** Whether {@code a} comes after {@code b} (whose confidence is {@code bKey}) in uncertainty order. */
	private static boolean later(Span a, Span b, double bKey) {
		double aKey = confidence(a);
		return aKey > bKey || aKey == bKey && key(a) > key(b);
	}

	private static double confidence(Span s) {
		return s.getProvenance() != null && s.getProvenance().isSetConfidence() ? s.getProvenance().getConfidence() : 1;
	}

	/** As {@link #move(AnnotationSet, boolean)}, skipping the proposals below the confidence threshold. */
	Span move(AnnotationSet set, boolean forward, double min) {
		// one pass, no sorting: on a set of 100,000 annotations every accept moves on, so this is on the hot path
		List<Annotation> all = set.getAnnotations();
		int here = current == null ? -1 : all.indexOf(current);
		long hereKey = here < 0 ? 0 : key((Span) current);
		Span next = null;
		long nextKey = 0;
		int nextIndex = 0;
		Span wrap = null;
		long wrapKey = 0;
		int wrapIndex = 0;
		for (int i = 0; i < all.size(); i++) {
			if (!(all.get(i) instanceof Span s) || s.getStatus() != AnnotationStatus.PROPOSED || s == current
					|| belowThreshold(s, min)) {
				continue;
			}
			long k = key(s);
			if (here >= 0 && (forward ? after(k, i, hereKey, here) : after(hereKey, here, k, i))
					&& (next == null || (forward ? after(nextKey, nextIndex, k, i) : after(k, i, nextKey, nextIndex)))) {
				next = s;
				nextKey = k;
				nextIndex = i;
			}
			if (wrap == null || (forward ? after(wrapKey, wrapIndex, k, i) : after(k, i, wrapKey, wrapIndex))) {
				wrap = s;
				wrapKey = k;
				wrapIndex = i;
			}
		}
		Span found = next != null ? next : wrap;
		if (found != null) {
			current = found;
		}
		return found;
	}

	/** Text order: by start, then end, then place in the set. */
	private static long key(Span s) {
		return ((long) Spans.begin(s) << 32) | (Spans.end(s) & 0xffffffffL);
	}

	private static boolean after(long key, int index, long otherKey, int otherIndex) {
		return key > otherKey || key == otherKey && index > otherIndex;
	}
}
