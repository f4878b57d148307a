/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.uima.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.assay.store.Contributions;
import org.assay.uima.Engine;
import org.assay.uima.spi.EngineFactory;
import org.assay.uima.spi.EngineTrainer;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;

/**
 * The engines contributed to {@code org.assay.engines}, kept as {@link Contributions} keeps them. Outside OSGi
 * there are none: callers build their {@link Engine} records themselves.
 */
public final class EngineRegistry {

	public static final String EXTENSION_POINT = "org.assay.engines";

	private static final Contributions<Engine> ENGINES = new Contributions<>(EXTENSION_POINT, "engine",
			EngineRegistry::engine, Engine::id, List::of, EngineRegistry.class);

	private EngineRegistry() {
	}

	public static Contributions<Engine> contributions() {
		return ENGINES;
	}

	public static List<Engine> engines() {
		return ENGINES.all();
	}

	private static Engine engine(IConfigurationElement e) throws CoreException {
		String id = Contributions.required(e, "id");
		EngineFactory factory = Contributions.create(e, "class", EngineFactory.class);
		List<Engine.Output> outputs = new ArrayList<>();
		for (IConfigurationElement o : e.getChildren("output")) {
			outputs.add(new Engine.Output(Contributions.required(o, "layer"),
					Arrays.stream(Contributions.required(o, "labels").split("[\\s,]+")).filter(s -> !s.isEmpty())
							.toList()));
		}
		Map<String, String> renames = new LinkedHashMap<>();
		for (IConfigurationElement r : e.getChildren("rename")) {
			renames.put(Contributions.required(r, "from"), Contributions.required(r, "to"));
		}
		String description = e.getAttribute("description");
		EngineTrainer trainer = e.getAttribute("trainer") == null ? null
				: Contributions.create(e, "trainer", EngineTrainer.class);
		return new Engine(id, Contributions.required(e, "name"), Contributions.required(e, "version"),
				description == null ? "" : description, outputs, renames, factory,
				Boolean.parseBoolean(e.getAttribute("default")), e.getAttribute("model"), trainer);
	}
}
