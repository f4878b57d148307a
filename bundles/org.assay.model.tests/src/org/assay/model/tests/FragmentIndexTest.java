/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.assay.model.support.FragmentIndex;
import org.junit.jupiter.api.Test;

/** The index of fragments the editor's spans and the offer of proposals share, against a walk through them all. */
class FragmentIndexTest {

	@Test
	void findsWhatOverlapsAStretchAndNothingThatOnlyTouchesIt() {
		FragmentIndex index = new FragmentIndex.Builder().add(10, 20, 0).add(0, 100, 1).add(20, 25, 2).add(5, 10, 3)
				.add(30, 31, 4).add(12, 13, 0).build();
		assertEquals(List.of(0, 0, 1), found(index, 10, 20), "0 twice: two of its fragments; 2 and 3 only touch it");
		assertEquals(List.of(1, 4), found(index, 30, 31));
		assertEquals(List.of(), found(index, 100, 120));
		assertEquals(6, index.size());
		assertEquals(List.of(), found(new FragmentIndex.Builder().build(), 0, 10));
	}

	@Test
	void agreesWithAWalkThroughAllFragments() {
		Random random = new Random(11);
		for (int round = 0; round < 300; round++) {
			int n = random.nextInt(60);
			int[][] fragments = new int[n][];
			FragmentIndex.Builder builder = new FragmentIndex.Builder();
			for (int i = 0; i < n; i++) {
				int begin = random.nextInt(200);
				int end = begin + 1 + random.nextInt(random.nextBoolean() ? 5 : 80);
				fragments[i] = new int[] { begin, end, random.nextInt(20) };
				builder.add(begin, end, fragments[i][2]);
			}
			FragmentIndex index = builder.build();
			int from = random.nextInt(220);
			int to = from + 1 + random.nextInt(30);
			List<Integer> walk = new ArrayList<>();
			for (int[] f : fragments) {
				if (f[0] < to && f[1] > from) {
					walk.add(f[2]);
				}
			}
			walk.sort(null);
			assertEquals(walk, found(index, from, to), "round " + round);
		}
	}

	private static List<Integer> found(FragmentIndex index, int from, int to) {
		List<Integer> owners = new ArrayList<>();
		index.overlapping(from, to, owners::add);
		owners.sort(null);
		return owners;
	}
}
