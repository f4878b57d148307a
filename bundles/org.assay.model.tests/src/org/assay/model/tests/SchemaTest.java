/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.assay.model.FeatureDefinition;
import org.assay.model.FeatureType;
import org.assay.model.Label;
import org.assay.model.LabelSchema;
import org.assay.model.Layer;
import org.assay.model.LayerKind;
import org.assay.model.support.Schemas;
import org.assay.model.support.StandardSchema;
import org.junit.jupiter.api.Test;

class SchemaTest {

	private final LabelSchema schema = StandardSchema.create();

	@Test
	void theStandardSchemaHasTheNewsEntityLabels() {
		Layer entity = Schemas.layer(schema, StandardSchema.ENTITY);
		List<String> names = entity.getLabels().stream().map(Label::getName).toList();
		assertEquals(List.of("PERSON", "ORGANIZATION", "LOCATION", "NORP", "DATE", "TIME", "MONEY", "PERCENT"), names);
		assertEquals(LayerKind.SPAN, entity.getKind());
		assertEquals(LayerKind.DOCUMENT, Schemas.layer(schema, StandardSchema.DOCUMENT).getKind());
	}

	@Test
	void aNewLabelGetsTheFirstFreeLetterOfItsNameThenOfTheAlphabet() {
		assertEquals("e", Schemas.freeKey(schema, "PER"), "p is PERSON's");
		assertEquals("r", Schemas.freeKey(schema, "ORG"));
		assertEquals("i", Schemas.freeKey(schema, "MISC"));
		assertEquals("b", Schemas.freeKey(schema, "LOC"), "l, o and c are taken, and a: the alphabet's first free");
		assertEquals("b", Schemas.freeKey(schema, "x"), "x rejects, never a label's key");
		assertEquals("b", Schemas.freeKey(schema, "2024"), "letters only");
		for (char c = 'a'; c <= 'z'; c++) {
			Label label = org.assay.model.AssayFactory.eINSTANCE.createLabel();
			label.setName("L" + c);
			label.setKey(String.valueOf(c));
			Schemas.layer(schema, StandardSchema.ENTITY).getLabels().add(label);
		}
		assertNull(Schemas.freeKey(schema, "FULL"), "none left");
	}

	@Test
	void everyLabelHasItsOwnKeyAndAColour() {
		Set<String> keys = new HashSet<>();
		for (Layer layer : schema.getLayers()) {
			for (Label label : layer.getLabels()) {
				assertEquals(1, label.getKey().length(), label.getName());
				assertTrue(keys.add(label.getKey()), "key " + label.getKey() + " of " + label.getName() + " is taken");
				assertTrue(label.getColour().matches("#[0-9a-f]{6}"), label.getColour());
				assertEquals(layer, label.getLayer(), "the label knows its layer");
			}
		}
	}

	@Test
	void claimsLinkToClaimantAndCue() {
		Layer claim = Schemas.layer(schema, StandardSchema.CLAIM);
		FeatureDefinition claimant = Schemas.feature(claim, StandardSchema.ROLE_CLAIMANT);
		assertEquals(FeatureType.LINK, claimant.getType());
		assertTrue(claimant.getTargetLayers().contains(Schemas.layer(schema, StandardSchema.ENTITY)));
		FeatureDefinition cue = Schemas.feature(claim, StandardSchema.ROLE_CUE);
		assertEquals(List.of(claim), cue.getTargetLayers());
		FeatureDefinition type = Schemas.feature(claim, StandardSchema.FEATURE_CLAIM_TYPE);
		assertEquals(List.of("direct", "indirect", "mixed"), type.getChoices());
	}

	@Test
	void lookUpsReturnNullForUnknownNames() {
		assertNull(Schemas.layer(schema, "nope"));
		assertNull(Schemas.label(schema, "entity", "NOPE"));
		assertNull(Schemas.label(schema, "nope", "PERSON"));
		assertNotNull(Schemas.label(schema, "claim", "CUE"));
	}
}
