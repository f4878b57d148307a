/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.formats.internal;

import java.util.List;

import org.assay.formats.Format;
import org.assay.formats.brat.BratFormat;
import org.assay.formats.conll.Conll2003Format;
import org.assay.formats.csv.ClaimsCsvFormat;
import org.assay.formats.jsonl.JsonlFormat;
import org.assay.formats.text.TextFormat;
import org.assay.store.Contributions;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;

/**
 * The formats contributed to {@code org.assay.formats.formats}, kept as {@link Contributions} keeps them.
 * Without an extension registry (plain Java: benchmarks, tools) the built-in formats.
 */
public final class FormatRegistry {

	public static final String EXTENSION_POINT = "org.assay.formats.formats";

	private static final Contributions<Format> FORMATS = new Contributions<>(EXTENSION_POINT, "format",
			FormatRegistry::format, Format::id, FormatRegistry::builtIn, FormatRegistry.class);

	private FormatRegistry() {
	}

	public static Contributions<Format> contributions() {
		return FORMATS;
	}

	public static List<Format> formats() {
		return FORMATS.all();
	}

	/** Assay's own formats, for when there is no extension registry. */
	public static List<Format> builtIn() {
		return List.of(new TextFormat(), new Conll2003Format(), new BratFormat(), new JsonlFormat(),
				new ClaimsCsvFormat());
	}

	private static Format format(IConfigurationElement e) throws CoreException {
		String id = Contributions.required(e, "id");
		Format f = Contributions.create(e, "class", Format.class);
		if (!f.id().equals(id)) {
			throw new IllegalStateException("the format class says its id is '" + f.id() + "'");
		}
		return f;
	}
}
