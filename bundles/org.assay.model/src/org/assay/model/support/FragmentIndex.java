/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.model.support;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * Where fragments lie, so that those overlapping a stretch of text are found without looking at all of them:
 * sorted by where they begin, with the furthest end so far beside each. Each fragment has an owner, a number the
 * caller gives (a span's place in its list); the index is made once and does not change.
 */
public final class FragmentIndex {

	private final int[] begins;
	private final int[] ends;
	private final int[] furthestEnd;
	private final int[] owners;

	private FragmentIndex(int[] begins, int[] ends, int[] furthestEnd, int[] owners) {
		this.begins = begins;
		this.ends = ends;
		this.furthestEnd = furthestEnd;
		this.owners = owners;
	}

	/** Gathers fragments, in any order, for one index. */
	public static final class Builder {

		private long[] byBegin = new long[16];
		private int[] endOf = new int[16];
		private int[] ownerOf = new int[16];
		private int n;

		/** A fragment [begin, end) of the owner numbered {@code owner}; begins are at least 0. */
		public Builder add(int begin, int end, int owner) {
			if (n == byBegin.length) {
				byBegin = Arrays.copyOf(byBegin, n * 2);
				endOf = Arrays.copyOf(endOf, n * 2);
				ownerOf = Arrays.copyOf(ownerOf, n * 2);
			}
			byBegin[n] = (long) begin << 32 | n;
			endOf[n] = end;
			ownerOf[n] = owner;
			n++;
			return this;
		}

		public FragmentIndex build() {
			long[] sorted = Arrays.copyOf(byBegin, n);
			Arrays.sort(sorted);
			int[] begins = new int[n];
			int[] ends = new int[n];
			int[] furthestEnd = new int[n];
			int[] owners = new int[n];
			int furthest = Integer.MIN_VALUE;
			for (int i = 0; i < n; i++) {
				int at = (int) sorted[i];
				begins[i] = (int) (sorted[i] >> 32);
				ends[i] = endOf[at];
				owners[i] = ownerOf[at];
				furthest = Math.max(furthest, endOf[at]);
				furthestEnd[i] = furthest;
			}
			return new FragmentIndex(begins, ends, furthestEnd, owners);
		}
	}

	/**
	 * Tells the owner of every fragment that shares a character with [from, to), from the one that begins last
	 * backwards; an owner with several such fragments is told once for each.
	 */
	public void overlapping(int from, int to, IntConsumer owner) {
		int below = Sorted.firstAtLeast(begins, 0, to);
		for (int i = below - 1; i >= 0 && furthestEnd[i] > from; i--) {
			if (ends[i] > from) {
				owner.accept(owners[i]);
			}
		}
	}

	/** The number of fragments. */
	public int size() {
		return begins.length;
	}
}
