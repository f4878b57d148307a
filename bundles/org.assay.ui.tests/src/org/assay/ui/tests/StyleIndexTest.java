/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;

import org.assay.ui.internal.editor.StyleIndex;
import org.eclipse.swt.custom.StyleRange;
import org.junit.jupiter.api.Test;

/** The editor's own store of style ranges: lookups by line and the replacement of one stretch. */
class StyleIndexTest {

	private static StyleRange range(int start, int length, boolean underline) {
		StyleRange r = new StyleRange();
		r.start = start;
		r.length = length;
		r.underline = underline;
		return r;
	}

	private static List<String> describe(StyleRange[] ranges) {
		List<String> out = new ArrayList<>();
		for (StyleRange r : ranges) {
			out.add(r.start + "+" + r.length + (r.underline ? "u" : ""));
		}
		return out;
	}

	private static StyleIndex index() {
		StyleIndex index = new StyleIndex();
		index.set(new StyleRange[] { range(0, 5, false), range(10, 10, true), range(30, 5, false), range(40, 2, false) });
		return index;
	}

	@Test
	void aLineGetsTheRangesThatOverlapItWhole() {
		StyleIndex index = index();
		assertEquals(List.of("10+10u", "30+5"), describe(index.overlapping(15, 16)));
		assertEquals(List.of(), describe(index.overlapping(5, 5)), "between ranges");
		assertEquals(List.of(), describe(index.overlapping(20, 0)), "an empty line");
		assertEquals(List.of("0+5"), describe(index.overlapping(0, 1)));
		assertEquals(List.of(), describe(index.overlapping(42, 8)), "after the last");
		assertEquals(List.of("12+3u"), describe(index.within(12, 3)), "clipped, as StyledText gives them");
		assertEquals("10+10u", describe(new StyleRange[] { index.at(19) }).get(0));
		assertNull(index.at(20), "a range's end is outside it");
	}

	@Test
	void aReplacedStretchKeepsThePartsOfRangesReachingIntoItFromOutside() {
		StyleIndex index = index();
		index.replace(15, 32, new StyleRange[] { range(16, 4, false) });
		assertEquals(List.of("0+5", "10+5u", "16+4", "32+3", "40+2"), describe(index.all()));
		assertEquals(List.of("10+5u", "16+4"), describe(index.overlapping(12, 6)), "lookups see the change");
	}

	@Test
	void aStretchWithNoRangesTakesNewOnesAndAnEmptyReplacementRemoves() {
		StyleIndex index = index();
		index.replace(5, 10, new StyleRange[] { range(6, 2, true) });
		assertEquals(List.of("0+5", "6+2u", "10+10u", "30+5", "40+2"), describe(index.all()));
		index.replace(0, 50, new StyleRange[0]);
		assertEquals(List.of(), describe(index.all()));
		index.replace(0, 0, new StyleRange[] { range(0, 3, false) });
		assertEquals(List.of("0+3"), describe(index.all()));
	}

	@Test
	void severalStretchesReplacedInOnePassAsOneByOne() {
		StyleIndex once = index();
		List<int[]> stretches = List.of(new int[] { 2, 4 }, new int[] { 12, 14 }, new int[] { 31, 41 });
		List<StyleRange[]> fresh = List.of(new StyleRange[] { range(2, 1, true) }, new StyleRange[0],
				new StyleRange[] { range(32, 2, true), range(36, 1, false) });
		once.replace(stretches, fresh);
		StyleIndex oneByOne = index();
		for (int k = 0; k < stretches.size(); k++) {
			oneByOne.replace(stretches.get(k)[0], stretches.get(k)[1], fresh.get(k));
		}
		assertEquals(describe(oneByOne.all()), describe(once.all()));
		assertEquals(List.of("0+2", "2+1u", "4+1", "10+2u", "14+6u", "30+1", "32+2u", "36+1", "41+1"),
				describe(once.all()));
		StyleIndex over = index(); // one range reaching over two stretches: replaced one by one
		over.replace(List.of(new int[] { 11, 12 }, new int[] { 15, 16 }), List.of(new StyleRange[0], new StyleRange[0]));
		assertEquals(List.of("0+5", "10+1u", "12+3u", "16+4u", "30+5", "40+2"), describe(over.all()));
	}
}
