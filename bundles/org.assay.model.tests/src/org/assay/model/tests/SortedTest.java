/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Random;

import org.assay.model.support.Sorted;
import org.junit.jupiter.api.Test;

/** The binary search the editor's, the curation editor's and the agreement's indexes share. */
class SortedTest {

	@Test
	void findsTheFirstIndexAtLeastAValueAmongRepeatsFromAnyStart() {
		int[] a = { 2, 4, 4, 4, 7 };
		assertEquals(0, Sorted.firstAtLeast(a, 0, 1));
		assertEquals(1, Sorted.firstAtLeast(a, 0, 4), "the first of the repeats");
		assertEquals(4, Sorted.firstAtLeast(a, 0, 5));
		assertEquals(5, Sorted.firstAtLeast(a, 0, 8), "none: the length");
		assertEquals(3, Sorted.firstAtLeast(a, 3, 2), "never before the start");
		assertEquals(0, Sorted.firstAtLeast(new int[0], 0, 3));
		assertEquals(1, Sorted.firstAtLeast(new long[] { 2, 4, 4 }, 3L));
	}

	@Test
	void agreesWithALinearWalk() {
		Random random = new Random(7);
		for (int round = 0; round < 200; round++) {
			int[] a = random.ints(random.nextInt(40), 0, 30).sorted().toArray();
			long[] l = Arrays.stream(a).asLongStream().toArray();
			int value = random.nextInt(32);
			int from = a.length == 0 ? 0 : random.nextInt(a.length);
			int walk = from;
			while (walk < a.length && a[walk] < value) {
				walk++;
			}
			assertEquals(walk, Sorted.firstAtLeast(a, from, value));
			int all = 0;
			while (all < a.length && a[all] < value) {
				all++;
			}
			assertEquals(all, Sorted.firstAtLeast(l, value));
		}
	}
}
