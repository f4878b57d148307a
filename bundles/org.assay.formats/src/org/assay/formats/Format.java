/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.formats;

/**
 * A corpus format, contributed through the {@code org.assay.formats.formats} extension point. A format can
 * import, export, or both.
 */
public interface Format {

	/** The id typed on the command line, for example {@code conll2003}. */
	String id();

	/** The name shown to users, for example "CoNLL-2003". */
	String name();

	/** One line: what the format holds and what it cannot. */
	String description();

	/** The reader, or null if the format cannot be imported. */
	default Importer importer() {
		return null;
	}

	/** The writer, or null if the format cannot be exported. */
	default Exporter exporter() {
		return null;
	}
}
