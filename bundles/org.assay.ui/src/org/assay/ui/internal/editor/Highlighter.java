/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.internal.editor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.assay.model.Annotation;
import org.assay.model.AnnotationStatus;
import org.assay.model.Fragment;
import org.assay.model.Label;
import org.assay.model.Span;
import org.assay.model.support.Spans;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;

/**
 * Turns the spans of an annotation set into style ranges for a StyledText. Where spans overlap or nest, the
 * innermost (shortest) fills the background in its label's colour and the next one out underlines, so that
 * an entity inside a claim shows both. Decided annotations are filled; proposals are lighter with a dashed
 * border; rejected ones are struck through.
 */
public final class Highlighter {

	private final Map<Label, Color[]> colours = new HashMap<>();
	private int generation = LabelColours.generation();

	/** Style ranges in text order, none overlapping, for the spans among the annotations. */
	public StyleRange[] styles(List<Annotation> annotations, int textLength) {
		return styles(annotations, textLength, 0, textLength);
	}

	/**
	 * Style ranges for the stretch [from, to) of the text only: the spans that overlap it, clipped to it. What
	 * a position looks like depends only on the spans covering it, so this is exact, and on a long document
	 * far cheaper than styling it all.
	 */
	public StyleRange[] styles(List<Annotation> annotations, int textLength, int from, int to) {
		List<Span> spans = new ArrayList<>();
		boolean all = from <= 0 && to >= textLength;
		for (int i = 0, size = annotations.size(); i < size; i++) { // indexed: the set's list is an array
			if (annotations.get(i) instanceof Span s && s.getLabel() != null && (all || Spans.overlaps(s, from, to))) {
				spans.add(s);
			}
		}
		return stylesOf(spans, textLength, from, to);
	}

	/** The same, for the spans of an index's list: only those near the stretch are looked at. */
	StyleRange[] styles(SpanIndex index, int textLength, int from, int to) {
		List<Span> spans = index.overlapping(from, to);
		spans.removeIf(s -> s.getLabel() == null);
		return stylesOf(spans, textLength, from, to);
	}

	/** Style ranges for these spans, which overlap [from, to), in the order of their list. */
	private StyleRange[] stylesOf(List<Span> spans, int textLength, int from, int to) {
		int n = 0;
		for (Span s : spans) {
			n += s.getFragments().size();
		}
		// boundaries: position*2 (+1 for an end) sorted, then swept
		long[] events = new long[n * 2];
		Span[] owner = new Span[n];
		int e = 0;
		int k = 0;
		for (Span s : spans) {
			for (Fragment f : s.getFragments()) {
				int begin = Math.max(from, Math.min(f.getBegin(), textLength));
				int end = Math.max(begin, Math.min(to, Math.min(f.getEnd(), textLength)));
				owner[k] = s;
				events[e++] = ((long) begin << 32) | (k << 1);
				events[e++] = ((long) end << 32) | (k << 1) | 1;
				k++;
			}
		}
		Arrays.sort(events);
		List<StyleRange> ranges = new ArrayList<>(n * 2);
		List<Span> active = new ArrayList<>();
		int last = 0;
		for (long ev : events) {
			int pos = (int) (ev >>> 32);
			int index = (int) (ev & 0xffffffffL) >>> 1;
			boolean end = (ev & 1) == 1;
			if (pos > last && !active.isEmpty()) {
				ranges.add(style(active, last, pos - last));
			}
			last = Math.max(last, pos);
			if (end) {
				active.remove(owner[index]);
			} else {
				active.add(owner[index]);
			}
		}
		return ranges.toArray(StyleRange[]::new);
	}

	private StyleRange style(List<Span> active, int start, int length) {
		Span inner = null;
		Span outer = null;
		for (Span s : active) {
			if (inner == null || extent(s) < extent(inner)) {
				outer = inner == null ? outer : pickOuter(outer, inner);
				inner = s;
			} else {
				outer = pickOuter(outer, s);
			}
		}
		StyleRange r = new StyleRange();
		r.start = start;
		r.length = length;
		Color[] c = colours(inner.getLabel());
		AnnotationStatus status = inner.getStatus();
		if (status == AnnotationStatus.PROPOSED) {
			r.background = c[2];
			r.borderStyle = SWT.BORDER_DASH;
			r.borderColor = c[0];
		} else if (status == AnnotationStatus.REJECTED) {
			r.strikeout = true;
			r.strikeoutColor = c[0];
		} else {
			r.background = c[1];
		}
		if (outer != null) {
			r.underline = true;
			r.underlineStyle = outer.getStatus() == AnnotationStatus.PROPOSED ? SWT.UNDERLINE_ERROR : SWT.UNDERLINE_SINGLE;
			r.underlineColor = colours(outer.getLabel())[0];
		}
		return r;
	}

	/** Of two enclosing spans, the innermost (it sits directly around the filled one). */
	private static Span pickOuter(Span current, Span candidate) {
		return current == null || extent(candidate) < extent(current) ? candidate : current;
	}

	private static int extent(Span s) {
		return Spans.end(s) - Spans.begin(s);
	}

	private Color[] colours(Label label) {
		if (generation != LabelColours.generation()) { // a colour was chosen in the preferences
			colours.clear();
			generation = LabelColours.generation();
		}
		return colours.computeIfAbsent(label, l -> new Color[] { LabelColours.colour(l),
				LabelColours.tint(l, LabelColours.DECIDED_TINT), LabelColours.tint(l, LabelColours.PROPOSED_TINT) });
	}
}
