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

import org.assay.uima.Engine;
import org.assay.uima.spi.EngineFactory;
import org.assay.uima.spi.EngineTrainer;

/**
 * What an {@code engine} element of {@code org.assay.engines} means, in one place: read from Eclipse's extension
 * registry in the product ({@link EngineRegistry}) and from the plugin.xml files of a plain class path
 * ({@link org.assay.uima.PluginXmlEngines}).
 */
public final class EngineContribution {

	/** An element of a contribution, whichever way it was read. */
	public interface Element {

		/** The attribute's value (translated when it is a {@code %key}), or null. */
		String attribute(String name);

		List<Element> children(String name);

		/** An object of the class an attribute names, made with its public no-argument constructor. */
		Object create(String attribute) throws Exception;
	}

	private EngineContribution() {
	}

	/**
	 * The engine an {@code engine} element contributes.
	 *
	 * @throws IllegalStateException naming what is wrong with a bad contribution
	 * @throws Exception             when a class cannot be made
	 */
	public static Engine engine(Element e) throws Exception {
		String id = required(e, "id");
		EngineFactory factory = instance(e, "class", EngineFactory.class);
		List<Engine.Output> outputs = new ArrayList<>();
		for (Element o : e.children("output")) {
			outputs.add(new Engine.Output(required(o, "layer"),
					Arrays.stream(required(o, "labels").split("[\\s,]+")).filter(s -> !s.isEmpty()).toList()));
		}
		Map<String, String> renames = new LinkedHashMap<>();
		for (Element r : e.children("rename")) {
			renames.put(required(r, "from"), required(r, "to"));
		}
		String description = e.attribute("description");
		EngineTrainer trainer = e.attribute("trainer") == null ? null : instance(e, "trainer", EngineTrainer.class);
		if (trainer != null && e.attribute("model") == null) {
			throw new IllegalStateException("a 'trainer' needs a 'model' attribute: where the trained model is kept");
		}
		return new Engine(id, required(e, "name"), required(e, "version"), description == null ? "" : description,
				outputs, renames, factory, Boolean.parseBoolean(e.attribute("default")), e.attribute("model"), trainer);
	}

	private static String required(Element e, String attribute) {
		String value = e.attribute(attribute);
		if (value == null || value.isBlank()) {
			throw new IllegalStateException("no '" + attribute + "' attribute");
		}
		return value;
	}

	private static <C> C instance(Element e, String attribute, Class<C> type) throws Exception {
		required(e, attribute);
		Object o = e.create(attribute);
		if (!type.isInstance(o)) {
			throw new IllegalStateException(o.getClass().getName() + " is not an " + type.getName());
		}
		return type.cast(o);
	}
}
