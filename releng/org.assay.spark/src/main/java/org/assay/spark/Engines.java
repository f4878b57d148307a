/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.spark;

import java.util.List;
import java.util.Map;

import org.assay.engines.internal.ClaimsEngine;
import org.assay.engines.internal.EntitiesEngine;
import org.assay.engines.internal.LearnedEngine;
import org.assay.engines.learn.LearnedModel;
import org.assay.uima.Engine;
import org.assay.uima.Engine.Output;

/**
 * Assay's engines outside OSGi, where the Eclipse extension registry that reads
 * {@code bundles/org.assay.engines/plugin.xml} is not available: the same ids, versions, outputs and factories,
 * written out once here. Keep this table in step with that plugin.xml (a test compares the two).
 */
public final class Engines {

	private static final List<Engine> ALL = List.of(
			new Engine("entities", "Entities (rules and word lists)", "1.0.0",
					"People, organisations, places, nationalities and groups, dates, times, money and percentages, from rules and word lists; needs no training.",
					List.of(new Output("entity", List.of("PERSON", "ORGANIZATION", "LOCATION", "NORP", "DATE", "TIME",
							"MONEY", "PERCENT"))),
					Map.of(), new EntitiesEngine(), true, null),
			new Engine("claims", "Claims (rules)", "1.0.0",
					"Quotes and reported speech with their claimant and cue, from rules; needs no training.",
					List.of(new Output("claim", List.of("CLAIM", "SOURCE", "CUE")),
							new Output("entity", List.of("PERSON", "ORGANIZATION", "NORP"))),
					Map.of(), new ClaimsEngine(), true, null),
			new Engine("learned", "Learned from this project", "1.0.0",
					"A statistical tagger trained on the project's gold (or a corpus) with the train command.",
					List.of(new Output("entity", List.of("*")), new Output("claim", List.of("CLAIM", "SOURCE", "CUE"))),
					Map.of(), new LearnedEngine(), true, LearnedModel.PROJECT_FILE));

	private Engines() {
	}

	/** Every engine, in the order plugin.xml contributes them. */
	public static List<Engine> all() {
		return ALL;
	}

	/** The engine with this id, or null. */
	public static Engine get(String id) {
		return ALL.stream().filter(e -> e.id().equals(id)).findFirst().orElse(null);
	}

	/** The ids, comma-separated, for messages. */
	public static String ids() {
		return String.join(", ", ALL.stream().map(Engine::id).toList());
	}
}
