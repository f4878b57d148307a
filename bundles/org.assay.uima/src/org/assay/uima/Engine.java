/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.uima;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.assay.model.support.SetNames;
import org.assay.uima.spi.EngineFactory;
import org.assay.uima.spi.EngineTrainer;

/**
 * An engine as Assay knows it: what a plug-in contributed to {@code org.assay.engines}.
 *
 * @param id           the id typed on the command line ({@code entities}, {@code claims}, {@code learned})
 * @param name         the name shown to users
 * @param version      the engine's version, kept in the provenance of everything it proposes
 * @param description  one sentence on what it proposes
 * @param outputs      the layers and labels it produces
 * @param renames      its own label names mapped to a project schema's (PER to PERSON)
 * @param factory      makes its UIMA description
 * @param byDefault    whether it runs when nobody names an engine
 * @param modelFile    the project-relative file it reads its model from when none is given, or null for an
 *                     engine without a model; such an engine is ready only when the file exists
 * @param trainer      trains its model ({@link Training}), or null for an engine that does not learn
 */
public record Engine(String id, String name, String version, String description, List<Output> outputs,
		Map<String, String> renames, EngineFactory factory, boolean byDefault, String modelFile, EngineTrainer trainer) {

	/** An engine that does not learn. */
	public Engine(String id, String name, String version, String description, List<Output> outputs,
			Map<String, String> renames, EngineFactory factory, boolean byDefault, String modelFile) {
		this(id, name, version, description, outputs, renames, factory, byDefault, modelFile, null);
	}

	/** An engine that needs no model and runs only when named. */
	public Engine(String id, String name, String version, String description, List<Output> outputs,
			Map<String, String> renames, EngineFactory factory) {
		this(id, name, version, description, outputs, renames, factory, false, null);
	}

	/** The same engine with more renames of its labels (a user's {@code --map}), which win over its own. */
	public Engine withRenames(Map<String, String> more) {
		if (more.isEmpty()) {
			return this;
		}
		Map<String, String> all = new java.util.LinkedHashMap<>(renames);
		all.putAll(more);
		return new Engine(id, name, version, description, outputs, Map.copyOf(all), factory, byDefault, modelFile, trainer);
	}

	/** Whether it can run on a project: it needs no model, or is given one, or the project has its own. */
	public boolean isReady(Path projectDir, Path model) {
		return modelFile == null || model != null || Files.isRegularFile(projectDir.resolve(modelFile));
	}

	/** A layer and the labels an engine produces in it. */
	public record Output(String layer, List<String> labels) {
	}

	/**
	 * Whether the engine says it produces this label of the project's schema (its own name or the name a
	 * {@code rename} maps onto; {@code *} stands for any label of the layer).
	 */
	public boolean produces(String layer, String label) {
		for (Output o : outputs) {
			if (o.layer().equals(layer) && (o.labels().contains("*") || o.labels().contains(label)
					|| renames.entrySet().stream().anyMatch(r -> r.getValue().equals(label) && o.labels().contains(r.getKey())))) {
				return true;
			}
		}
		return false;
	}

	/** The name of the set this engine's proposals are kept in: {@code engine:ID}. */
	public String setName() {
		return SetNames.ENGINE_PREFIX + id;
	}
}
