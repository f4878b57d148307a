/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.assay.model.Label;
import org.assay.model.Span;
import org.assay.model.support.Schemas;
import org.assay.model.support.Spans;
import org.assay.model.support.StandardSchema;
import org.junit.jupiter.api.Test;

class SpansTest {

	private static final String TEXT = "\"We will win,\" she said, \"and soon.\"";
	private final Label claim = Schemas.label(StandardSchema.create(), "claim", "CLAIM");

	@Test
	void aDiscontinuousSpanCoversItsFragmentsInOrder() {
		Span quote = Spans.create(claim, 1, 12);
		quote.getFragments().add(Spans.fragment(26, 35));
		assertEquals(1, Spans.begin(quote));
		assertEquals(35, Spans.end(quote));
		assertEquals("We will win \u2026 and soon.", Spans.coveredText(quote, TEXT));
		assertTrue(Spans.isWellFormed(quote, TEXT.length()));
	}

	@Test
	void fragmentsOutOfOrderEmptyOrPastTheTextAreNotWellFormed() {
		Span backwards = Spans.create(claim, 26, 35);
		backwards.getFragments().add(Spans.fragment(1, 12));
		assertFalse(Spans.isWellFormed(backwards, TEXT.length()));
		assertFalse(Spans.isWellFormed(Spans.create(claim, 3, 3), TEXT.length()));
		assertFalse(Spans.isWellFormed(Spans.create(claim, 30, TEXT.length() + 1), TEXT.length()));
		assertThrows(IllegalArgumentException.class, () -> Spans.fragment(5, 4));
	}

	@Test
	void overlapIsSharingACharacterNotTouching() {
		Span a = Spans.create(claim, 0, 5);
		assertTrue(Spans.overlaps(a, Spans.create(claim, 4, 9)));
		assertFalse(Spans.overlaps(a, Spans.create(claim, 5, 9)));
		Span gapped = Spans.create(claim, 0, 2);
		gapped.getFragments().add(Spans.fragment(8, 10));
		assertFalse(Spans.overlaps(gapped, Spans.create(claim, 3, 7)), "the gap of a discontinuous span is free");
		assertTrue(Spans.covers(gapped, 1));
		assertFalse(Spans.covers(gapped, 5), "nor does it cover the gap");
		assertFalse(Spans.covers(gapped, 10), "the end is exclusive");
	}
}
