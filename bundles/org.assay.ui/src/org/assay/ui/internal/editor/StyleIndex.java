/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.internal.editor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.assay.model.support.Sorted;
import org.eclipse.swt.custom.StyleRange;

/**
 * The editor's style ranges in text order, none overlapping, handed to the StyledText line by line as it paints
 * (a LineStyleListener). Kept here rather than in the widget: SWT 3.135's StyledText copies every one of its own
 * style ranges from the caret's line on to the end of the text on many caret updates (a wrapped line followed by
 * an empty one, the last visible line), 100,000 copies a keystroke on a large set; a widget fed by a listener
 * keeps none. A change replaces the ranges of one stretch of text.
 */
public final class StyleIndex {

	private StyleRange[] ranges = new StyleRange[0];
	private int[] starts = new int[0];

	/** Replaces all the ranges. */
	public void set(StyleRange[] all) {
		ranges = all.clone();
		starts = new int[ranges.length];
		for (int i = 0; i < ranges.length; i++) {
			starts[i] = ranges[i].start;
		}
	}

	/**
	 * Replaces the ranges of the stretch [from, to) by {@code fresh}, which lie inside it; a range that reaches
	 * into the stretch from outside keeps its part outside.
	 */
	public void replace(int from, int to, StyleRange[] fresh) {
		int first = firstEndingAfter(from);
		int last = Sorted.firstAtLeast(starts, first, to);
		StyleRange head = null;
		StyleRange tail = null;
		if (first < last && ranges[first].start < from) {
			head = clip(ranges[first], ranges[first].start, from);
		}
		if (first < last && end(ranges[last - 1]) > to) {
			tail = clip(ranges[last - 1], to, end(ranges[last - 1]));
		}
		int size = first + (head == null ? 0 : 1) + fresh.length + (tail == null ? 0 : 1) + ranges.length - last;
		StyleRange[] next = new StyleRange[size];
		System.arraycopy(ranges, 0, next, 0, first);
		int n = first;
		if (head != null) {
			next[n++] = head;
		}
		System.arraycopy(fresh, 0, next, n, fresh.length);
		n += fresh.length;
		if (tail != null) {
			next[n++] = tail;
		}
		System.arraycopy(ranges, last, next, n, ranges.length - last);
		int[] nextStarts = new int[size];
		System.arraycopy(starts, 0, nextStarts, 0, first);
		for (int i = first; i < n; i++) {
			nextStarts[i] = next[i].start;
		}
		System.arraycopy(starts, last, nextStarts, n, ranges.length - last);
		ranges = next;
		starts = nextStarts;
	}

	/**
	 * Replaces the ranges of several stretches at once, each {@code {from, to}} by its fresh ranges, in one pass
	 * over the index rather than one a stretch: a decision followed all over a long document restyles hundreds of
	 * stretches. The stretches are in text order and apart; where one range reaches over two of them, they are
	 * replaced one by one.
	 */
	public void replace(List<int[]> stretches, List<StyleRange[]> fresh) {
		List<StyleRange> next = new ArrayList<>(ranges.length + 16);
		int copied = 0;
		for (int k = 0; k < stretches.size(); k++) {
			int from = stretches.get(k)[0];
			int to = stretches.get(k)[1];
			int first = firstEndingAfter(from);
			if (first < copied) { // a range over this stretch and the one before: the careful way
				for (int j = 0; j < stretches.size(); j++) {
					replace(stretches.get(j)[0], stretches.get(j)[1], fresh.get(j));
				}
				return;
			}
			int last = Sorted.firstAtLeast(starts, first, to);
			next.addAll(Arrays.asList(ranges).subList(copied, first));
			if (first < last && ranges[first].start < from) {
				next.add(clip(ranges[first], ranges[first].start, from));
			}
			next.addAll(Arrays.asList(fresh.get(k)));
			if (first < last && end(ranges[last - 1]) > to) {
				next.add(clip(ranges[last - 1], to, end(ranges[last - 1])));
			}
			copied = Math.max(first, last);
		}
		next.addAll(Arrays.asList(ranges).subList(copied, ranges.length));
		set(next.toArray(StyleRange[]::new));
	}

	/** The ranges that overlap [start, start + length), whole (StyledText clips them to its line). */
	public StyleRange[] overlapping(int start, int length) {
		int first = firstEndingAfter(start);
		int last = Sorted.firstAtLeast(starts, first, start + length);
		return Arrays.copyOfRange(ranges, first, Math.max(first, last));
	}

	/** The ranges within [start, start + length), clipped to it, as StyledText's own getStyleRanges gives them. */
	public StyleRange[] within(int start, int length) {
		StyleRange[] found = overlapping(start, length);
		for (int i = 0; i < found.length; i++) {
			found[i] = clip(found[i], Math.max(start, found[i].start), Math.min(start + length, end(found[i])));
		}
		return found;
	}

	/** The range at an offset, or null. */
	public StyleRange at(int offset) {
		StyleRange[] found = overlapping(offset, 1);
		return found.length == 0 ? null : found[0];
	}

	public StyleRange[] all() {
		return ranges.clone();
	}

	/** The index of the first range that ends after the offset (ranges are in order and none overlap). */
	private int firstEndingAfter(int offset) {
		int i = Arrays.binarySearch(starts, offset);
		i = i >= 0 ? i : -i - 2; // the last range starting at or before the offset
		if (i < 0) {
			return 0;
		}
		return end(ranges[i]) > offset ? i : i + 1;
	}

	private static int end(StyleRange r) {
		return r.start + r.length;
	}

	private static StyleRange clip(StyleRange r, int start, int end) {
		StyleRange c = (StyleRange) r.clone();
		c.start = start;
		c.length = end - start;
		return c;
	}
}
