/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.uima.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.assay.model.evaluation.Evaluation;
import org.assay.model.support.SetNames;
import org.assay.uima.Engine;
import org.assay.uima.spi.EngineFactory;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.Status;

/**
 * Reads the engines contributed to {@code org.assay.engines}. A bad contribution is logged and left out.
 * Read once per call: contributions are few and a call is rare (a run, a menu).
 */
public final class EngineRegistry {

	public static final String EXTENSION_POINT = "org.assay.engines";

	private EngineRegistry() {
	}

	public static List<Engine> engines() {
		IExtensionRegistry registry;
		try {
			registry = RegistryFactory.getRegistry();
		} catch (NoClassDefFoundError e) {
			return List.of(); // plain Java: callers build their Engine records themselves
		}
		if (registry == null) {
			return List.of();
		}
		List<Engine> engines = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		for (IConfigurationElement e : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
			String contributor = e.getContributor().getName();
			String id = e.getAttribute("id");
			try {
				Object o = e.createExecutableExtension("class");
				if (!(o instanceof EngineFactory factory)) {
					log(contributor + ": " + o.getClass().getName() + " is not an org.assay.uima.spi.EngineFactory", null);
				} else if (!ids.add(id)) {
					log(contributor + ": the engine '" + id + "' is contributed twice; ignored", null);
				} else {
					engines.add(engine(e, factory));
				}
			} catch (CoreException | RuntimeException ex) {
				log(contributor + ": cannot create the engine '" + id + "'", ex);
			}
		}
		return engines;
	}

	/**
	 * The engines that run when nobody names one: those contributed as {@code default="true"} that are ready
	 * on the project (an engine with a model only when the project has one, or {@code model} is given).
	 */
	public static List<Engine> defaults(java.nio.file.Path projectDir, java.nio.file.Path model) {
		return engines().stream().filter(e -> e.byDefault() && e.isReady(projectDir, model)).toList();
	}

	/** The engine of that id, or null. */
	public static Engine engine(String id) {
		for (Engine e : engines()) {
			if (e.id().equals(id)) {
				return e;
			}
		}
		return null;
	}

	/**
	 * Which rows of an evaluation to show for a set: for an installed engine's set, its links and the labels
	 * it says it produces (the claim engine marks some persons as claimants, which is no attempt at finding
	 * every date); for any other set, every row.
	 */
	public static Predicate<Evaluation.Row> rowsFor(String setName) {
		Engine engine = setName.startsWith(SetNames.ENGINE_PREFIX)
				? engine(setName.substring(SetNames.ENGINE_PREFIX.length())) : null;
		return engine == null ? row -> true
				: row -> row.layer().equals(Evaluation.LINKS) || engine.produces(row.layer(), row.label());
	}

	private static Engine engine(IConfigurationElement e, EngineFactory factory) {
		List<Engine.Output> outputs = new ArrayList<>();
		for (IConfigurationElement o : e.getChildren("output")) {
			outputs.add(new Engine.Output(o.getAttribute("layer"),
					Arrays.stream(o.getAttribute("labels").split("[\\s,]+")).filter(s -> !s.isEmpty()).toList()));
		}
		Map<String, String> renames = new LinkedHashMap<>();
		for (IConfigurationElement r : e.getChildren("rename")) {
			renames.put(r.getAttribute("from"), r.getAttribute("to"));
		}
		String description = e.getAttribute("description");
		return new Engine(e.getAttribute("id"), e.getAttribute("name"), e.getAttribute("version"),
				description == null ? "" : description, outputs, renames, factory,
				Boolean.parseBoolean(e.getAttribute("default")), e.getAttribute("model"));
	}

	private static void log(String message, Throwable e) {
		ILog.of(EngineRegistry.class).log(Status.error(message, e));
	}
}
