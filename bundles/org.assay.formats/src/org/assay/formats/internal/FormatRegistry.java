/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.formats.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.assay.formats.Format;
import org.assay.formats.brat.BratFormat;
import org.assay.formats.conll.Conll2003Format;
import org.assay.formats.csv.ClaimsCsvFormat;
import org.assay.formats.jsonl.JsonlFormat;
import org.assay.formats.text.TextFormat;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.Status;

/**
 * Reads the formats contributed to {@code org.assay.formats.formats}. A bad contribution is logged and left
 * out. Without an extension registry (plain Java: benchmarks, tools) the built-in formats are returned.
 */
public final class FormatRegistry {

	public static final String EXTENSION_POINT = "org.assay.formats.formats";

	private FormatRegistry() {
	}

	public static List<Format> formats() {
		IExtensionRegistry registry = registry();
		if (registry == null) {
			return builtIn();
		}
		List<Format> formats = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		for (IConfigurationElement e : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
			String contributor = e.getContributor().getName();
			try {
				Object o = e.createExecutableExtension("class");
				if (!(o instanceof Format f)) {
					log(contributor + ": " + o.getClass().getName() + " is not an org.assay.formats.Format", null);
				} else if (!f.id().equals(e.getAttribute("id"))) {
					log(contributor + ": the format class says its id is '" + f.id() + "', the contribution '"
							+ e.getAttribute("id") + "'", null);
				} else if (!ids.add(f.id())) {
					log(contributor + ": the format '" + f.id() + "' is contributed twice; ignored", null);
				} else {
					formats.add(f);
				}
			} catch (CoreException | RuntimeException ex) {
				log(contributor + ": cannot create the format '" + e.getAttribute("id") + "'", ex);
			}
		}
		return formats;
	}

	/** Assay's own formats, for when there is no extension registry. */
	public static List<Format> builtIn() {
		return List.of(new TextFormat(), new Conll2003Format(), new BratFormat(), new JsonlFormat(),
				new ClaimsCsvFormat());
	}

	private static IExtensionRegistry registry() {
		try {
			return RegistryFactory.getRegistry();
		} catch (NoClassDefFoundError e) {
			return null; // no Equinox registry on the class path
		}
	}

	private static void log(String message, Throwable e) {
		ILog.of(FormatRegistry.class).log(Status.error(message, e));
	}
}
