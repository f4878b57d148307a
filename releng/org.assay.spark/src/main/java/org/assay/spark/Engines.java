/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.spark;

import java.util.List;

import org.assay.uima.Engine;
import org.assay.uima.PluginXmlEngines;

/**
 * Assay's engines outside OSGi, where the Eclipse extension registry is not available: read from the plugin.xml
 * of the engine bundles on the class path ({@link PluginXmlEngines}), the same records the product makes.
 */
public final class Engines {

	private static final List<Engine> ALL = PluginXmlEngines.read(Engines.class.getClassLoader());

	private Engines() {
	}

	/** Every engine, in the order the plugin.xml files contribute them. */
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
