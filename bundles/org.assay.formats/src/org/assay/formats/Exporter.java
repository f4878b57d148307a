/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.formats;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes documents with their selected annotations. Whatever the format cannot hold is counted in the
 * report, with where it was: an exporter drops nothing silently.
 */
public interface Exporter {

	/** Whether the export is one file (else a folder). */
	boolean writesOneFile();

	/** The file name extension of a one-file export, without the dot. */
	default String extension() {
		return "";
	}

	void write(List<ExportDocument> documents, Path out, ExportOptions options, ExportReport report) throws IOException;
}
