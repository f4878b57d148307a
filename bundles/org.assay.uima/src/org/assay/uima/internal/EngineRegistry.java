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
