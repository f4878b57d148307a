/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.internal.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import org.assay.model.AnnotationSet;
import org.assay.model.AssayPackage;
import org.assay.model.Fragment;
import org.assay.model.Span;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;

/**
 * Watches the shown set and its spans and remembers the stretches of text that their changes touch, so that
 * the editor repaints only those after a decision, not the whole document: on a document with 100,000
 * annotations, restyling everything costs far more than one action may take. A decision followed on the same
 * words all over the document touches many small stretches far apart: each is kept ({@link #regions()}), not the
 * one stretch from the first to the last. A change it cannot place (anything but spans) widens the region to the
 * whole text.
 */
final class ChangedRegion extends AdapterImpl {

	private final Consumer<Span> moved;
	private AnnotationSet set;
	private boolean everything;
	/** The stretches touched, {begin, end}, in the order met. */
	private final List<int[]> touched = new ArrayList<>();

	/** {@code moved} is told of each span added to the set or given other fragments. */
	ChangedRegion(Consumer<Span> moved) {
		this.moved = moved;
	}

	/** Follows this set (and stops following the previous one). */
	void watch(AnnotationSet next) {
		if (set != null) {
			set.eAdapters().remove(this);
			set.getAnnotations().forEach(a -> a.eAdapters().remove(this));
		}
		set = next;
		if (set != null) {
			set.eAdapters().add(this);
			set.getAnnotations().forEach(a -> {
				if (a instanceof Span) {
					a.eAdapters().add(this);
				}
			});
		}
		clear();
	}

	@Override
	public void notifyChanged(Notification n) {
		if (n.isTouch()) {
			return;
		}
		if (n.getNotifier() == set) {
			if (n.getFeature() == AssayPackage.Literals.ANNOTATION_SET__ANNOTATIONS) {
				added(n.getNewValue());
				removed(n.getOldValue());
			} else {
				return; // the set's own attributes (state, modified) are not drawn
			}
		} else if (n.getNotifier() instanceof Span s) {
			include(s.getFragments());
			if (n.getFeature() == AssayPackage.Literals.SPAN__FRAGMENTS) {
				moved.accept(s);
				if (n.getOldValue() != null) {
					includeValue(n.getOldValue());
				}
			}
		} else {
			everything = true;
		}
	}

	private void added(Object value) {
		if (value instanceof Span s) {
			s.eAdapters().add(this);
			moved.accept(s);
		} else if (value instanceof Collection<?> many) {
			many.forEach(this::added);
		}
		includeValue(value);
	}

	private void removed(Object value) {
		if (value instanceof Span s) {
			s.eAdapters().remove(this);
		} else if (value instanceof Collection<?> many) {
			many.forEach(this::removed);
		}
		includeValue(value);
	}

	private void includeValue(Object value) {
		if (value instanceof Span s) {
			include(s.getFragments());
		} else if (value instanceof Fragment f) {
			include(f.getBegin(), f.getEnd());
		} else if (value instanceof Collection<?> many) {
			many.forEach(this::includeValue);
		}
	}

	private void include(Collection<Fragment> fragments) {
		for (Fragment f : fragments) {
			include(f.getBegin(), f.getEnd());
		}
	}

	private void include(int from, int to) {
		touched.add(new int[] { from, to });
	}

	/** The stretches changed since the last {@link #clear}, in text order, those that overlap or touch made one. */
	List<int[]> regions() {
		List<int[]> sorted = new ArrayList<>(touched);
		sorted.sort(Comparator.comparingInt((int[] r) -> r[0]));
		List<int[]> merged = new ArrayList<>();
		for (int[] r : sorted) {
			int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
			if (last != null && r[0] <= last[1]) {
				last[1] = Math.max(last[1], r[1]);
			} else {
				merged.add(new int[] { r[0], r[1] });
			}
		}
		return merged;
	}

	/** Whether anything changed since the last {@link #clear}. */
	boolean isEmpty() {
		return !everything && touched.isEmpty();
	}

	/** Whether a change could not be placed, so that everything must be restyled. */
	boolean isEverything() {
		return everything;
	}

	void clear() {
		everything = false;
		touched.clear();
	}
}
