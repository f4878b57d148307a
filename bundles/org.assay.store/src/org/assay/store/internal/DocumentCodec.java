/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Map;

import org.assay.model.AssayFactory;
import org.assay.model.Document;
import org.assay.store.StoreException;

import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Reads and writes a document's metadata, {@code documents/ID.json}, with its tokens if it has any
 * ({@link TokenCodec}; such a file is version 2, one without tokens version 1 as before). The text itself is
 * {@code ID.txt} beside it, stored once for every annotation set.
 */
public final class DocumentCodec {

	public static final String FORMAT = "assay-document";
	public static final int VERSION = 2;
	/** The version of a file without tokens, which Assay versions before tokens read too. */
	static final int VERSION_WITHOUT_TOKENS = 1;

	private DocumentCodec() {
	}

	public static void write(Document d, OutputStream out) throws IOException {
		try (JsonGenerator g = JsonOut.open(out)) {
			JsonOut.header(g, FORMAT, d.getTokens() == null ? VERSION_WITHOUT_TOKENS : VERSION);
			g.writeStringField("id", d.getId());
			JsonOut.optional(g, "title", d.getTitle());
			JsonOut.optional(g, "source", d.getSource());
			JsonOut.optional(g, "date", d.getDate());
			JsonOut.optional(g, "language", d.getLanguage());
			JsonOut.map(g, "properties", d.getProperties());
			if (d.getTokens() != null) {
				TokenCodec.write(g, d.getTokens());
			}
			g.writeEndObject();
		}
	}

	/**
	 * Reads the metadata and tokens into a new document without text, checking the tokens against the length of
	 * the text.
	 */
	public static Document read(Path file, InputStream stream, int textLength) throws StoreException {
		try (JsonIn in = new JsonIn(file, stream)) {
			in.header(FORMAT, VERSION);
			Document d = AssayFactory.eINSTANCE.createDocument();
			String[] columns = null;
			for (String field; (field = in.nextField()) != null;) {
				switch (field) {
				case "id" -> d.setId(in.requiredString("id"));
				case "title" -> d.setTitle(in.string());
				case "source" -> d.setSource(in.string());
				case "date" -> d.setDate(in.string());
				case "language" -> d.setLanguage(in.string());
				case "properties" -> {
					in.beginObject();
					for (String key; (key = in.nextField()) != null;) {
						d.getProperties().put(key, in.string());
					}
				}
				case TokenCodec.COLUMNS -> columns = TokenCodec.readColumns(in);
				case TokenCodec.SENTENCES -> {
					if (columns == null) {
						throw in.error("\"" + TokenCodec.SENTENCES + "\" must follow \"" + TokenCodec.COLUMNS + "\"");
					}
					d.setTokens(TokenCodec.readSentences(in, columns, textLength));
				}
				default -> in.skipValue();
				}
			}
			if (d.getId() == null) {
				throw in.error("a document needs its \"id\"");
			}
			if (columns != null && d.getTokens() == null) {
				throw in.error("\"" + TokenCodec.COLUMNS + "\" without \"" + TokenCodec.SENTENCES + "\"");
			}
			in.end();
			return d;
		}
	}

	/** Copies the metadata fields, not the text nor the sets. */
	static void copyMetadata(Document from, Document to) {
		to.setTitle(from.getTitle());
		to.setSource(from.getSource());
		to.setDate(from.getDate());
		to.setLanguage(from.getLanguage());
		to.setTokens(from.getTokens());
		for (Map.Entry<String, String> e : from.getProperties()) {
			to.getProperties().put(e.getKey(), e.getValue());
		}
	}
}
