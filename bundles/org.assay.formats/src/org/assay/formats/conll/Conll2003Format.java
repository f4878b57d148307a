/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.formats.conll;

import java.nio.file.Path;

import org.assay.formats.Exporter;
import org.assay.formats.FormatException;
import org.assay.formats.ImportData;
import org.assay.formats.ImportOptions;
import org.assay.formats.Format;
import org.assay.formats.Importer;
import org.assay.store.StoreException;

/** CoNLL-2003: four columns, one token a line; IOB1 as in the shared task, IOB2 and BIOES on export. */
public final class Conll2003Format implements Format {

	public static final String ID = "conll2003";
	/** The document's token columns that hold an imported CoNLL file's POS and chunk tags. */
	public static final String POS = "pos";
	public static final String CHUNK = "chunk";
	/**
	 * The feature of an entity that began with B- in an IOB1 file where IOB1 needs none (CoNLL-2003 has a
	 * few); it is written back as B- in IOB1.
	 */
	public static final String B_FEATURE = "conll.b";
	/** The document property that keeps the columns of the {@code -DOCSTART-} line. */
	public static final String DOCSTART_PROPERTY = "conll.docstart";
	/**
	 * The property of a file's last document that keeps how many blank lines end the file, when that is not the
	 * one that ends every sentence (CoNLL-2003's {@code eng.testa} ends in two), so that an export gives the file
	 * back byte for byte.
	 */
	public static final String TRAILING_BLANK_LINES_PROPERTY = "conll.trailingBlankLines";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String name() {
		return "CoNLL-2003";
	}

	@Override
	public String description() {
		return "token POS chunk tag, one token a line; one layer of non-overlapping spans; no links or features";
	}

	@Override
	public Importer importer() {
		return new Importer() {
			@Override
			public ImportData read(Path source, ImportOptions options) throws FormatException {
				return ConllReader.readFileOrFolder(source);
			}

			@Override
			public void read(Path source, ImportOptions options, Sink sink) throws FormatException, StoreException {
				// stored while later files are parsed, on all cores but the one left to the import's own thread
				ConllReader.readFileOrFolder(source, sink, Runtime.getRuntime().availableProcessors() - 1);
			}
		};
	}

	@Override
	public Exporter exporter() {
		return Exporter.toFile("conll", (documents, out, options, report) -> new ConllWriter(options, report).write(documents, out));
	}
}
