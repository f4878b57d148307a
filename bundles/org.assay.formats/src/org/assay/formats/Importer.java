/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.formats;

import java.nio.file.Path;

import org.assay.store.StoreException;

/**
 * Reads a corpus into {@link ImportedDocument}s, checking all of it: a reader never touches a project, so a
 * bad file stops the import before anything is imported.
 */
@FunctionalInterface
public interface Importer {

	/**
	 * Reads the source, a file or a folder.
	 *
	 * @throws FormatException naming the file and line of the first problem
	 */
	ImportData read(Path source, ImportOptions options) throws FormatException;

	/**
	 * Reads the source and hands its documents to {@code sink} one by one, in the source's order. A reader that
	 * can (CoNLL) hands a document over while later files are still being read, so that an import stores the
	 * first documents while it parses the rest; a problem found later stops the reading, is thrown, and the
	 * caller gives up what it did with the documents before ({@link Importing} does, in one unit of the
	 * store). The default reads the whole source first.
	 *
	 * @throws FormatException naming the file and line of the first problem in the source's order
	 */
	default void read(Path source, ImportOptions options, Sink sink) throws FormatException, StoreException {
		for (ImportedDocument d : read(source, options).documents()) {
			sink.accept(d);
		}
	}

	/** Takes the documents of a source, one by one; what it throws stops the reading. */
	@FunctionalInterface
	interface Sink {
		void accept(ImportedDocument document) throws FormatException, StoreException;
	}
}
