/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.uima;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

import org.assay.model.evaluation.Evaluation;
import org.assay.model.support.SetNames;
import org.assay.uima.internal.EngineRegistry;

/**
 * The engines Assay knows: those contributed to {@code org.assay.engines} by the installed bundles (none
 * outside OSGi, where callers build their {@link Engine} records themselves). The list follows bundles
 * installed and removed while Assay runs.
 */
public final class Engines {

	/** The id of the extension point engines are contributed to. */
	public static final String EXTENSION_POINT = EngineRegistry.EXTENSION_POINT;

	private Engines() {
	}

	/** Every engine contributed, in the order of their contributions. */
	public static List<Engine> all() {
		return EngineRegistry.engines();
	}

	/** The engine of that id, or null. */
	public static Engine find(String id) {
		for (Engine e : all()) {
			if (e.id().equals(id)) {
				return e;
			}
		}
		return null;
	}

	/**
	 * The engines that run when nobody names one: those contributed as {@code default="true"} that are ready
	 * on the project (an engine with a model only when the project has one, or {@code model} is given).
	 */
	public static List<Engine> defaults(Path projectDir, Path model) {
		return all().stream().filter(e -> e.byDefault() && e.isReady(projectDir, model)).toList();
	}

	/**
	 * Which rows of an evaluation to show for a set: for an installed engine's set, its links and the labels
	 * it says it produces (the claim engine marks some persons as claimants, which is no attempt at finding
	 * every date); for any other set, every row.
	 */
	public static Predicate<Evaluation.Row> rowsFor(String setName) {
		Engine engine = setName.startsWith(SetNames.ENGINE_PREFIX)
				? find(setName.substring(SetNames.ENGINE_PREFIX.length())) : null;
		return engine == null ? row -> true
				: row -> row.layer().equals(Evaluation.LINKS) || engine.produces(row.layer(), row.label());
	}
}
