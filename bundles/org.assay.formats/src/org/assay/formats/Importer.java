/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.formats;

import java.nio.file.Path;

/**
 * Reads a corpus into {@link ImportedDocument}s, checking all of it: a reader never touches a project, so a
 * bad file stops the import before anything is imported.
 */
public interface Importer {

	/**
	 * Reads the source, a file or a folder.
	 *
	 * @throws FormatException naming the file and line of the first problem
	 */
	ImportData read(Path source, ImportOptions options) throws FormatException;
}
