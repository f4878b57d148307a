/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.assay.engines.learn.LearnedTrainer;
import org.assay.engines.learn.TaggedDocument;
import org.assay.formats.FormatException;
import org.assay.formats.ImportOptions;
import org.assay.formats.conll.Conll2003Format;
import org.assay.uima.GoldTexts;
import org.assay.uima.spi.GoldText;

/**
 * A CoNLL-2003 file as the engines learn from it, read by Assay's own CoNLL format (the reader an import uses):
 * each document's text, tokens and entity spans, or its words labelled BIO for the tagger.
 */
final class ConllCorpus {

	private ConllCorpus() {
	}

	/** The documents' texts with their CoNLL tokens and entity spans (in the layer "entity"). */
	static List<GoldText> texts(Path file) throws IOException {
		try {
			return GoldTexts.of(new Conll2003Format().importer().read(file, ImportOptions.defaults()), "entity");
		} catch (FormatException e) {
			throw new IOException(e.getMessage(), e);
		}
	}

	/** The documents' sentences of words, labelled BIO with their entities. */
	static List<TaggedDocument> tagged(Path file) throws IOException {
		return LearnedTrainer.tagged(texts(file), "entity");
	}
}
