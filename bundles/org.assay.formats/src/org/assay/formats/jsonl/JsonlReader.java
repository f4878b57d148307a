/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.formats.jsonl;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.assay.formats.FormatException;
import org.assay.formats.ImportData;
import org.assay.formats.ImportedDocument;
import org.assay.formats.internal.SourceFiles;
import org.assay.formats.CodePoints;
import org.assay.model.AnnotationStatus;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/** Reads JSON Lines, checking each line; an error names the line. */
final class JsonlReader {

	private final Path file;
	private int lineNo;
	private JsonParser p;

	private JsonlReader(Path file) {
		this.file = file;
	}

	static ImportData read(Path file) throws FormatException {
		String content = SourceFiles.readUtf8(file);
		JsonlReader reader = new JsonlReader(file);
		List<ImportedDocument> documents = new ArrayList<>();
		for (String line : content.split("\n", -1)) {
			reader.lineNo++;
			if (!line.isBlank()) {
				documents.add(reader.document(line));
			}
		}
		if (documents.isEmpty()) {
			throw new FormatException(file, -1, "no documents in the file");
		}
		return new ImportData(documents);
	}

	private FormatException error(String message) {
		return new FormatException(file, lineNo, message);
	}

	private ImportedDocument document(String line) throws FormatException {
		try {
			p = JsonlWriter.JSON.createParser(line);
			expect(JsonToken.START_OBJECT, "a JSON object");
			String id = null;
			String title = null;
			String text = null;
			Map<String, String> properties = Map.of();
			List<ImportedDocument.Span> spans = new ArrayList<>();
			List<ImportedDocument.Link> links = new ArrayList<>();
			while (next() == JsonToken.FIELD_NAME) {
				String field = p.currentName();
				next();
				switch (field) {
				case "document" -> id = string("document");
				case "title" -> title = string("title");
				case "text" -> text = string("text");
				case "properties" -> properties = map();
				case "spans" -> array(() -> spans.add(span(true)));
				case "labels" -> array(() -> spans.add(span(false)));
				case "links" -> array(() -> links.add(link()));
				default -> p.skipChildren();
				}
			}
			if (next() != null) {
				throw error("more than one JSON value on the line");
			}
			if (id == null || text == null) {
				throw error("a document needs \"document\" and \"text\"");
			}
			return new ImportedDocument(id, title, text, properties, toChars(spans, text), links, file);
		} catch (JsonParseException e) {
			throw error("not valid JSON: " + e.getOriginalMessage() + " (column " + e.getLocation().getColumnNr() + ")");
		} catch (IOException e) {
			throw error("cannot read: " + e.getMessage());
		}
	}

	/** Offsets in the file count code points; the model counts UTF-16 chars. */
	private List<ImportedDocument.Span> toChars(List<ImportedDocument.Span> spans, String text) throws FormatException {
		CodePoints offsets = new CodePoints(text);
		List<ImportedDocument.Span> converted = new ArrayList<>(spans.size());
		for (ImportedDocument.Span s : spans) {
			List<int[]> fragments = new ArrayList<>(s.fragments().size());
			for (int[] f : s.fragments()) {
				int b = offsets.toChar(f[0]);
				int e = offsets.toChar(f[1]);
				if (b < 0 || e < 0) {
					throw error("the span " + (s.id() == null ? "" : "'" + s.id() + "' ") + "[" + f[0] + ", " + f[1]
							+ ") is outside the text (" + text.codePointCount(0, text.length()) + " characters)");
				}
				fragments.add(new int[] { b, e });
			}
			converted.add(new ImportedDocument.Span(s.id(), s.layer(), s.label(), fragments, s.status(), s.features(),
					s.line()));
		}
		return converted;
	}

	@FunctionalInterface
	private interface Element {
		void read() throws IOException, FormatException;
	}

	private void array(Element element) throws IOException, FormatException {
		if (p.currentToken() != JsonToken.START_ARRAY) {
			throw error("expected an array");
		}
		while (next() != JsonToken.END_ARRAY) {
			element.read();
		}
	}

	private ImportedDocument.Span span(boolean withOffsets) throws IOException, FormatException {
		if (p.currentToken() != JsonToken.START_OBJECT) {
			throw error("expected an object for an annotation");
		}
		String id = null;
		String layer = null;
		String label = null;
		AnnotationStatus status = AnnotationStatus.ACCEPTED;
		Integer begin = null;
		Integer end = null;
		List<int[]> fragments = null;
		Map<String, String> features = Map.of();
		while (next() == JsonToken.FIELD_NAME) {
			String field = p.currentName();
			next();
			switch (field) {
			case "id" -> id = string("id");
			case "layer" -> layer = string("layer");
			case "label" -> label = string("label");
			case "status" -> {
				String s = string("status");
				status = AnnotationStatus.get(s);
				if (status == null) {
					throw error("unknown status '" + s + "'");
				}
			}
			case "begin" -> begin = integer("begin");
			case "end" -> end = integer("end");
			case "fragments" -> {
				fragments = new ArrayList<>();
				List<int[]> into = fragments;
				array(() -> {
					if (p.currentToken() != JsonToken.START_ARRAY) {
						throw error("a fragment is [begin, end]");
					}
					next();
					int b = integer("fragment");
					next();
					int e = integer("fragment");
					if (next() != JsonToken.END_ARRAY) {
						throw error("a fragment is [begin, end]");
					}
					into.add(new int[] { b, e });
				});
			}
			case "features" -> features = map();
			default -> p.skipChildren();
			}
		}
		if (label == null) {
			throw error("an annotation has no \"label\"");
		}
		if (withOffsets && fragments == null) {
			if (begin == null || end == null) {
				throw error("span " + (id == null ? "" : "'" + id + "' ") + "needs \"begin\" and \"end\"");
			}
			fragments = List.of(new int[] { begin, end });
		}
		return new ImportedDocument.Span(id, layer, label, withOffsets ? fragments : List.of(), status, features, lineNo);
	}

	private ImportedDocument.Link link() throws IOException, FormatException {
		String id = null;
		String from = null;
		String to = null;
		String role = null;
		while (next() == JsonToken.FIELD_NAME) {
			String field = p.currentName();
			next();
			switch (field) {
			case "id" -> id = string("id");
			case "from" -> from = string("from");
			case "to" -> to = string("to");
			case "role" -> role = string("role");
			default -> p.skipChildren();
			}
		}
		if (from == null || to == null || role == null) {
			throw error("a link needs \"from\", \"to\" and \"role\"");
		}
		return new ImportedDocument.Link(id, role, from, to, lineNo);
	}

	private Map<String, String> map() throws IOException, FormatException {
		if (p.currentToken() != JsonToken.START_OBJECT) {
			throw error("expected an object");
		}
		Map<String, String> map = new LinkedHashMap<>();
		while (next() == JsonToken.FIELD_NAME) {
			String key = p.currentName();
			next();
			map.put(key, p.currentToken() == JsonToken.VALUE_NULL ? null : p.getValueAsString());
		}
		return map;
	}

	private String string(String field) throws IOException, FormatException {
		if (p.currentToken() != JsonToken.VALUE_STRING) {
			throw error("\"" + field + "\" must be a string");
		}
		return p.getText();
	}

	private int integer(String field) throws IOException, FormatException {
		if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
			throw error("\"" + field + "\" must be a whole number");
		}
		return p.getIntValue();
	}

	private JsonToken next() throws IOException {
		return p.nextToken(); // a line cut short fails in the parser, as invalid JSON
	}

	private void expect(JsonToken token, String what) throws IOException, FormatException {
		if (next() != token) {
			throw error("expected " + what);
		}
	}
}
