/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.cli.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.assay.cli.Verb;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;

/**
 * Reads the verbs contributed to {@code org.assay.cli.verbs}. A bad contribution is logged and left out;
 * it never stops the other verbs.
 */
public final class VerbRegistry {

	public static final String EXTENSION_POINT = "org.assay.cli.verbs";

	private VerbRegistry() {
	}

	public static List<Verb> verbs() {
		record Entry(int order, Verb verb) {
		}
		List<Entry> entries = new ArrayList<>();
		Set<String> names = new HashSet<>();
		ILog log = ILog.of(VerbRegistry.class);
		for (IConfigurationElement e : Platform.getExtensionRegistry().getConfigurationElementsFor(EXTENSION_POINT)) {
			String contributor = e.getContributor().getName();
			try {
				Object o = e.createExecutableExtension("class");
				if (!(o instanceof Verb verb)) {
					log.log(Status.error(contributor + ": " + o.getClass().getName() + " is not an org.assay.cli.Verb"));
					continue;
				}
				if (!verb.name().equals(e.getAttribute("name"))) {
					log.log(Status.error(contributor + ": verb class " + o.getClass().getName() + " is named '"
							+ verb.name() + "', not '" + e.getAttribute("name") + "'"));
					continue;
				}
				if (!names.add(verb.name())) {
					log.log(Status.error(contributor + ": the verb '" + verb.name() + "' is contributed twice; ignored"));
					continue;
				}
				entries.add(new Entry(order(e.getAttribute("order")), verb));
			} catch (CoreException | RuntimeException ex) {
				log.log(Status.error(contributor + ": cannot create verb '" + e.getAttribute("name") + "'", ex));
			}
		}
		entries.sort(Comparator.comparingInt(Entry::order).thenComparing(en -> en.verb().name()));
		return entries.stream().map(Entry::verb).toList();
	}

	private static int order(String s) {
		try {
			return s == null ? 1000 : Integer.parseInt(s.strip());
		} catch (NumberFormatException e) {
			return 1000;
		}
	}
}
