/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.formats;

import java.util.List;

import org.assay.formats.internal.FormatRegistry;

/** The formats Assay knows: those contributed to {@code org.assay.formats.formats}, or outside OSGi the built-in ones. */
public final class Formats {

	private Formats() {
	}

	public static List<Format> all() {
		return FormatRegistry.formats();
	}

	/** The format with that id, or null. */
	public static Format find(String id) {
		for (Format f : all()) {
			if (f.id().equals(id)) {
				return f;
			}
		}
		return null;
	}

	/** The ids of the formats that can import (or export), comma-separated, for messages. */
	public static String ids(boolean importing) {
		StringBuilder sb = new StringBuilder();
		for (Format f : all()) {
			if (importing ? f.importer() != null : f.exporter() != null) {
				sb.append(sb.length() == 0 ? "" : ", ").append(f.id());
			}
		}
		return sb.toString();
	}
}
