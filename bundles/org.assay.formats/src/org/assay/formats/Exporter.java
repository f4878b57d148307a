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

	/** The writing part of an exporter. */
	@FunctionalInterface
	interface Write {
		void write(List<ExportDocument> documents, Path out, ExportOptions options, ExportReport report)
				throws IOException;
	}

	/** An exporter that writes one file with that extension. */
	static Exporter toFile(String extension, Write write) {
		return new Exporter() {
			@Override
			public boolean writesOneFile() {
				return true;
			}

			@Override
			public String extension() {
				return extension;
			}

			@Override
			public void write(List<ExportDocument> documents, Path out, ExportOptions options, ExportReport report)
					throws IOException {
				write.write(documents, out, options, report);
			}
		};
	}

	/** An exporter that writes a folder. */
	static Exporter toFolder(Write write) {
		return new Exporter() {
			@Override
			public boolean writesOneFile() {
				return false;
			}

			@Override
			public void write(List<ExportDocument> documents, Path out, ExportOptions options, ExportReport report)
					throws IOException {
				write.write(documents, out, options, report);
			}
		};
	}
}
