/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.assay.uima.Engine;
import org.junit.jupiter.api.Test;

/** assay-spark reads the engines from the engine bundle's own plugin.xml on its class path, as the product does. */
class EnginesTest {

	@Test
	void theEnginesOfTheEnginesBundleWithTheirTranslatedNamesClassesAndTrainer() {
		assertEquals(List.of("entities", "claims", "learned"), Engines.all().stream().map(Engine::id).toList());
		Engine entities = Engines.get("entities");
		assertEquals("Entities (rules and word lists)", entities.name(), "translated from the bundle's properties");
		assertEquals("1.1.1", entities.version(), "read from the bundle's plugin.xml");
		assertEquals("org.assay.engines.internal.EntitiesEngine", entities.factory().getClass().getName());
		assertEquals(new Engine.Output("entity", List.of("PERSON", "ORGANIZATION", "LOCATION", "NORP", "DATE", "TIME",
				"MONEY", "PERCENT")), entities.outputs().get(0));
		assertNull(entities.modelFile());
		assertNull(entities.trainer());
		Engine learned = Engines.get("learned");
		assertEquals("models/learned.model", learned.modelFile());
		assertNotNull(learned.trainer(), "the learned engine learns");
		assertEquals(List.of("claim", "entity"), Engines.get("claims").outputs().stream().map(Engine.Output::layer).sorted().toList());
		assertNull(Engines.get("nope"));
	}
}
