/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.agreement.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.assay.agreement.Disputes;
import org.assay.agreement.Disputes.Place;
import org.assay.model.Document;
import org.junit.jupiter.api.Test;

/** Which places curation walks: where the sets differ, and not where they stack the same spans alike. */
class DisputesTest {

	private final Fixture f = new Fixture();

	/** brat's events put an anchor on the cue: a Cue and an Attribution on "said", both sets alike. */
	@Test
	void spansStackedAlikeByEverySetAreAgreed() {
		Document d = f.document("d", "Ann said so.");
		for (String set : List.of("ana", "ben")) {
			f.span(d, set, "Cue", 4, 8);
			f.span(d, set, "Attribution", 4, 8);
		}
		f.span(d, "ana", "Source", 0, 3);
		List<Place> places = Disputes.of(d, f.schema, List.of("ana", "ben"), false);
		assertEquals(2, places.size());
		Place said = places.get(1);
		assertEquals(2, said.versions().size());
		assertTrue(said.agreed(), "both sets drew both spans");
		assertFalse(places.get(0).agreed(), "ben has no source");
	}

	@Test
	void aStackOneSetLacksHalfOfIsDisputed() {
		Document d = f.document("d", "Ann said so.");
		f.span(d, "ana", "Cue", 4, 8);
		f.span(d, "ana", "Attribution", 4, 8);
		f.span(d, "ben", "Cue", 4, 8);
		Place said = Disputes.of(d, f.schema, List.of("ana", "ben"), false).get(0);
		assertFalse(said.agreed());
		assertEquals(List.of(List.of("ana", "ben"), List.of("ana")), said.versions().stream().map(v -> v.sets()).toList());
	}
}
