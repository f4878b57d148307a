/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.cli.internal;

import java.util.Comparator;
import java.util.List;

import org.assay.cli.Verb;
import org.assay.store.Contributions;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;

/**
 * The verbs contributed to {@code org.assay.cli.verbs}, kept as {@link Contributions} keeps them, in their
 * {@code order}. A bad contribution is logged and left out; it never stops the other verbs.
 */
public final class VerbRegistry {

	public static final String EXTENSION_POINT = "org.assay.cli.verbs";

	private record Entry(int order, Verb verb) {
	}

	private static final Contributions<Entry> VERBS = new Contributions<>(EXTENSION_POINT, "verb",
			VerbRegistry::entry, en -> en.verb().name(), List::of, VerbRegistry.class);

	private VerbRegistry() {
	}

	public static List<Verb> verbs() {
		return VERBS.all().stream()
				.sorted(Comparator.comparingInt(Entry::order).thenComparing(en -> en.verb().name()))
				.map(Entry::verb).toList();
	}

	private static Entry entry(IConfigurationElement e) throws CoreException {
		String name = Contributions.required(e, "name");
		Verb verb = Contributions.create(e, "class", Verb.class);
		if (!verb.name().equals(name)) {
			throw new IllegalStateException("its class " + verb.getClass().getName() + " is named '" + verb.name()
					+ "'");
		}
		return new Entry(order(e.getAttribute("order")), verb);
	}

	private static int order(String s) {
		try {
			return s == null ? 1000 : Integer.parseInt(s.strip());
		} catch (NumberFormatException e) {
			return 1000;
		}
	}
}
