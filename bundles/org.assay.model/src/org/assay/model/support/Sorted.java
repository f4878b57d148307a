/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.model.support;

/**
 * Binary search in sorted arrays of positions, for the indexes that find what lies near a stretch of text without
 * looking at all of it.
 */
public final class Sorted {

	private Sorted() {
	}

	/** How many of {@code sorted[from..]} are less than {@code value}, plus {@code from}: the first index at least it. */
	public static int firstAtLeast(int[] sorted, int from, int value) {
		int lo = from;
		int hi = sorted.length;
		while (lo < hi) {
			int mid = (lo + hi) >>> 1;
			if (sorted[mid] < value) {
				lo = mid + 1;
			} else {
				hi = mid;
			}
		}
		return lo;
	}

	/** The first index of {@code sorted} whose value is at least {@code value} ({@code sorted.length} if none). */
	public static int firstAtLeast(long[] sorted, long value) {
		int lo = 0;
		int hi = sorted.length;
		while (lo < hi) {
			int mid = (lo + hi) >>> 1;
			if (sorted[mid] < value) {
				lo = mid + 1;
			} else {
				hi = mid;
			}
		}
		return lo;
	}
}
