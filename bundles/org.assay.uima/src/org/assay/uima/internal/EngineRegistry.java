/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.uima.internal;

import java.util.Arrays;
import java.util.List;

import org.assay.store.Contributions;
import org.assay.uima.Engine;
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
		try {
			return EngineContribution.engine(element(e));
		} catch (CoreException | RuntimeException ex) {
			throw ex;
		} catch (Exception ex) {
			throw new IllegalStateException(ex.getMessage(), ex);
		}
	}

	private static EngineContribution.Element element(IConfigurationElement e) {
		return new EngineContribution.Element() {
			@Override
			public String attribute(String name) {
				return e.getAttribute(name);
			}

			@Override
			public List<EngineContribution.Element> children(String name) {
				return Arrays.stream(e.getChildren(name)).map(EngineRegistry::element).toList();
			}

			@Override
			public Object create(String attribute) throws CoreException {
				return e.createExecutableExtension(attribute);
			}
		};
	}
}
