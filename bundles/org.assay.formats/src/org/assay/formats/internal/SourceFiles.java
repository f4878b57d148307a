/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.formats.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import org.assay.formats.FormatException;
import org.assay.store.StoreException;
import org.assay.store.Texts;

/** Reading the files of a source: strict UTF-8, every problem a {@link FormatException} naming file and line. */
public final class SourceFiles {

	private SourceFiles() {
	}

	public static String readUtf8(Path file) throws FormatException {
		if (!Files.isRegularFile(file)) {
			throw new FormatException(file, -1, "no such file");
		}
		try {
			return Texts.readUtf8(file);
		} catch (StoreException e) {
			throw new FormatException(file, e.line(), e.reason(), e);
		}
	}
}
