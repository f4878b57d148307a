/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.example.assay.commodities;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.assay.formats.FormatException;
import org.assay.formats.ImportData;
import org.assay.formats.ImportOptions;
import org.assay.formats.ImportedDocument;
import org.assay.formats.Importer;
import org.assay.model.AnnotationStatus;

/**
 * Reads CoNLL-U: a document per {@code # newdoc id = ...} (or per file), its text the tokens' forms joined by a
 * space unless MISC says {@code SpaceAfter=No}, sentences by a line break; entities from {@code Entity=B-X} and
 * {@code Entity=I-X} in MISC. Multi-word tokens ({@code 1-2}) give the text their form; their words and empty
 * nodes ({@code 1.1}) are skipped. Anything else is an error naming the file and line, before anything is kept.
 */
final class ConlluReader implements Importer {

	private static final int COLUMNS = 10;

	@Override
	public ImportData read(Path source, ImportOptions options) throws FormatException {
		List<Path> files = new ArrayList<>();
		if (Files.isDirectory(source)) {
			try (Stream<Path> s = Files.list(source)) {
				s.filter(p -> p.getFileName().toString().endsWith(".conllu")).sorted().forEach(files::add);
			} catch (IOException e) {
				throw new FormatException(source, -1, "cannot list the folder: " + e.getMessage(), e);
			}
			if (files.isEmpty()) {
				throw new FormatException(source, -1, "no .conllu files in the folder");
			}
		} else {
			files.add(source);
		}
		List<ImportedDocument> documents = new ArrayList<>();
		for (Path file : files) {
			new FileReader(file, options).read(documents);
		}
		return new ImportData(documents);
	}

	/** The state of reading one file. */
	private static final class FileReader {
		private final Path file;
		private final ImportOptions options;
		private final String stem;
		private StringBuilder text = new StringBuilder();
		private List<ImportedDocument.Span> spans = new ArrayList<>();
		private String documentId;
		private int unnamed;
		private boolean sentenceOpen;
		private boolean spaceAfter;
		private int skipUntil; // the last word of the multi-word token being read
		private String open; // the entity being read, or null
		private int openBegin;
		private int openEnd;
		private int openLine;

		FileReader(Path file, ImportOptions options) {
			this.file = file;
			this.options = options;
			String name = file.getFileName().toString();
			this.stem = name.endsWith(".conllu") ? name.substring(0, name.length() - ".conllu".length()) : name;
		}

		void read(List<ImportedDocument> documents) throws FormatException {
			List<String> lines;
			try {
				String content = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file)))
						.toString();
				lines = List.of(content.split("\r?\n", -1));
			} catch (CharacterCodingException e) {
				throw new FormatException(file, -1, "not UTF-8 text");
			} catch (IOException e) {
				throw new FormatException(file, -1, "cannot read: " + e.getMessage(), e);
			}
			for (int i = 0; i < lines.size(); i++) {
				line(lines.get(i), i + 1, documents);
			}
			close(lines.size(), documents);
		}

		private void line(String line, int number, List<ImportedDocument> documents) throws FormatException {
			if (line.isBlank()) {
				endSentence(number);
				return;
			}
			if (line.startsWith("#")) {
				String comment = line.substring(1).strip();
				if (comment.startsWith("newdoc")) {
					if (sentenceOpen) {
						throw new FormatException(file, number, "a new document inside a sentence (a blank line must end it)");
					}
					close(number, documents);
					int eq = comment.indexOf('=');
					documentId = eq < 0 ? null : comment.substring(eq + 1).strip();
				}
				return;
			}
			String[] cols = line.split("\t", -1);
			if (cols.length != COLUMNS) {
				throw new FormatException(file, number, "expected " + COLUMNS + " tab-separated columns, found " + cols.length);
			}
			String id = cols[0];
			if (id.matches("\\d+\\.\\d+")) {
				return; // an empty node: no text
			}
			int dash = id.indexOf('-');
			int word;
			try {
				word = Integer.parseInt(dash < 0 ? id : id.substring(dash + 1));
				if (dash > 0) {
					Integer.parseInt(id.substring(0, dash));
				}
			} catch (NumberFormatException e) {
				throw new FormatException(file, number, "not a token id: '" + id + "'");
			}
			if (dash < 0 && word <= skipUntil) {
				return; // a word of a multi-word token already in the text
			}
			if (cols[1].isEmpty() || cols[1].contains(" ")) {
				throw new FormatException(file, number, "a token's form is empty or has a space: '" + cols[1] + "'");
			}
			if (dash > 0) {
				skipUntil = word;
			} else {
				skipUntil = 0;
			}
			token(cols[1], cols[9], number);
		}

		private void token(String form, String misc, int number) throws FormatException {
			if (!sentenceOpen && !text.isEmpty()) {
				text.append('\n');
			} else if (sentenceOpen && spaceAfter) {
				text.append(' ');
			}
			sentenceOpen = true;
			int begin = text.length();
			text.append(form);
			spaceAfter = true;
			String entity = null;
			for (String item : misc.split("\\|")) {
				if (item.equals("SpaceAfter=No")) {
					spaceAfter = false;
				} else if (item.startsWith("Entity=")) {
					entity = item.substring("Entity=".length());
				}
			}
			if (entity == null || entity.equals("O")) {
				flush();
			} else if (entity.startsWith("B-") && entity.length() > 2) {
				flush();
				open = entity.substring(2);
				openBegin = begin;
				openLine = number;
			} else if (entity.startsWith("I-") && entity.length() > 2) {
				if (open == null || !open.equals(entity.substring(2))) {
					throw new FormatException(file, number, "Entity=" + entity + " continues no " + entity.substring(2)
							+ " entity (it needs a B-" + entity.substring(2) + " before it)");
				}
			} else {
				throw new FormatException(file, number, "not a BIO entity tag: Entity=" + entity);
			}
			openEnd = text.length();
		}

		private void flush() {
			if (open != null) {
				spans.add(new ImportedDocument.Span("e" + (spans.size() + 1), null, options.mapLabel(open),
						List.of(new int[] { openBegin, openEnd }), AnnotationStatus.ACCEPTED, Map.of(), openLine));
				open = null;
			}
		}

		private void endSentence(int number) {
			flush();
			sentenceOpen = false;
			skipUntil = 0;
		}

		private void close(int number, List<ImportedDocument> documents) throws FormatException {
			endSentence(number);
			if (text.isEmpty()) {
				return;
			}
			String id = documentId != null && !documentId.isEmpty() ? documentId
					: unnamed++ == 0 ? stem : stem + "-" + unnamed;
			documents.add(new ImportedDocument(id, id, text.toString(), Map.of(), List.copyOf(spans), List.of(), file));
			text = new StringBuilder();
			spans = new ArrayList<>();
			documentId = null;
		}
	}
}
