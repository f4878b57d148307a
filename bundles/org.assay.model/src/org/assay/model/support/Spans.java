/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.model.support;

import java.util.List;

import org.assay.model.AnnotationStatus;
import org.assay.model.AssayFactory;
import org.assay.model.Fragment;
import org.assay.model.Label;
import org.assay.model.Span;

/** Offsets and text of spans, which may be discontinuous. */
public final class Spans {

	private Spans() {
	}

	/** A span of one fragment [begin, end) with the given label, proposed. */
	public static Span create(Label label, int begin, int end) {
		Span span = AssayFactory.eINSTANCE.createSpan();
		span.setLabel(label);
		span.setStatus(AnnotationStatus.PROPOSED);
		span.getFragments().add(fragment(begin, end));
		return span;
	}

	public static Fragment fragment(int begin, int end) {
		if (begin < 0 || end < begin) {
			throw new IllegalArgumentException("bad fragment [" + begin + ", " + end + ")");
		}
		Fragment f = AssayFactory.eINSTANCE.createFragment();
		f.setBegin(begin);
		f.setEnd(end);
		return f;
	}

	/** Start of the first fragment. */
	public static int begin(Span span) {
		List<Fragment> fragments = span.getFragments();
		return fragments.isEmpty() ? 0 : fragments.get(0).getBegin();
	}

	/** End of the last fragment. */
	public static int end(Span span) {
		List<Fragment> fragments = span.getFragments();
		return fragments.isEmpty() ? 0 : fragments.get(fragments.size() - 1).getEnd();
	}

	/** The text a span covers, its fragments joined by " … " where discontinuous. */
	public static String coveredText(Span span, String text) {
		StringBuilder sb = new StringBuilder();
		for (Fragment f : span.getFragments()) {
			if (sb.length() > 0) {
				sb.append(" \u2026 ");
			}
			sb.append(text, Math.min(f.getBegin(), text.length()), Math.min(f.getEnd(), text.length()));
		}
		return sb.toString();
	}

	/** Whether the fragments lie inside a text of the given length, each non-empty and in order. */
	public static boolean isWellFormed(Span span, int textLength) {
		int last = 0;
		if (span.getFragments().isEmpty()) {
			return false;
		}
		for (Fragment f : span.getFragments()) {
			if (f.getBegin() < last || f.getEnd() <= f.getBegin() || f.getEnd() > textLength) {
				return false;
			}
			last = f.getEnd();
		}
		return true;
	}

	/** Whether the span covers the character at the offset (not in the gap of a discontinuous span). */
	public static boolean covers(Span span, int offset) {
		for (Fragment f : span.getFragments()) {
			if (f.getBegin() <= offset && offset < f.getEnd()) {
				return true;
			}
		}
		return false;
	}

	/** Whether the span covers a character of the stretch [from, to). */
	public static boolean overlaps(Span span, int from, int to) {
		List<Fragment> fragments = span.getFragments(); // indexed: no iterator made for each of 100,000 spans
		for (int i = 0, n = fragments.size(); i < n; i++) {
			Fragment f = fragments.get(i);
			if (f.getBegin() < to && f.getEnd() > from) {
				return true;
			}
		}
		return false;
	}

	/** Whether two spans share at least one character. */
	public static boolean overlaps(Span a, Span b) {
		for (Fragment fa : a.getFragments()) {
			for (Fragment fb : b.getFragments()) {
				if (fa.getBegin() < fb.getEnd() && fb.getBegin() < fa.getEnd()) {
					return true;
				}
			}
		}
		return false;
	}
}
