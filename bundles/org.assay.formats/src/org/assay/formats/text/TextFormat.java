/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.formats.text;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.assay.formats.Format;
import org.assay.formats.FormatException;
import org.assay.formats.ImportData;
import org.assay.formats.ImportedDocument;
import org.assay.formats.Importer;
import org.assay.store.StoreException;
import org.assay.store.TextFolderImport;

/** Plain text: a folder of UTF-8 {@code .txt} files (or one file), each a document, without annotations. */
public final class TextFormat implements Format {

	public static final String ID = "text";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String name() {
		return "Plain text";
	}

	@Override
	public String description() {
		return "a folder of UTF-8 .txt files, one document each, of any size";
	}

	@Override
	public Importer importer() {
		return (source, options) -> {
			try {
				List<TextFolderImport.Text> texts;
				if (Files.isRegularFile(source)) {
					texts = TextFolderImport.readFile(source);
				} else {
					texts = TextFolderImport.read(source);
				}
				List<ImportedDocument> documents = new ArrayList<>();
				for (TextFolderImport.Text t : texts) {
					documents.add(new ImportedDocument(t.id(), t.title(), t.text(), Map.of(), List.of(), List.of(), t.file()));
				}
				if (documents.isEmpty()) {
					throw new FormatException(source, -1, "no .txt files");
				}
				return new ImportData(documents);
			} catch (StoreException e) {
				throw new FormatException(e.file(), e.line(), e.reason(), e);
			}
		};
	}
}
