/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.engines.tests.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.assay.engines.learn.BioTags;
import org.assay.engines.learn.Mention;
import org.junit.jupiter.api.Test;

/** The decoder reads leniently: IOB1 (I-X starts a span unless it follows X; B-X separates two) as well as BIO. */
class BioTagsTest {

	private static String[] asBio(String[] tags) {
		return BioTags.toBio(tags.length, BioTags.spans(0, tags));
	}

	@Test
	void iob1InsideTagsStartSpansUnlessTheyContinueTheSameType() {
		String[] iob1 = { "I-ORG", "O", "I-MISC", "I-PER", "I-PER", "O", "I-LOC" };
		assertArrayEquals(new String[] { "B-ORG", "O", "B-MISC", "B-PER", "I-PER", "O", "B-LOC" },
				asBio(iob1));
	}

	@Test
	void iob1BeginSeparatesAdjacentSpansOfTheSameType() {
		String[] iob1 = { "I-LOC", "I-LOC", "B-LOC", "O" };
		assertArrayEquals(new String[] { "B-LOC", "I-LOC", "B-LOC", "O" }, asBio(iob1));
	}

	@Test
	void bioInputIsLeftAsItIs() {
		String[] bio = { "B-PER", "I-PER", "B-PER", "O", "B-SOURCE", "I-SOURCE" };
		assertArrayEquals(bio, asBio(bio));
	}

	@Test
	void spansHaveExclusiveEndsAndArbitraryTypes() {
		List<Mention> spans = BioTags.spans(3, new String[] { "O", "B-CONTENT", "I-CONTENT", "I-CONTENT", "B-CUE" });
		assertEquals(List.of(new Mention(3, 1, 4, "CONTENT", 1.0), new Mention(3, 4, 5, "CUE", 1.0)), spans);
		assertArrayEquals(new String[] { "O", "B-CONTENT", "I-CONTENT", "I-CONTENT", "B-CUE" },
				BioTags.toBio(5, spans));
	}
}
