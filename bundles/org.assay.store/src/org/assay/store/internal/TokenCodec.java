/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.store.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.assay.model.support.TokenTable;
import org.assay.store.StoreException;

import com.fasterxml.jackson.core.JsonGenerator;

/**
 * A document's tokens in its metadata file, {@code documents/ID.json}: the names of the token columns, then one
 * line per sentence, an array of strings: the tokens' extents, then each column's values, space-separated, one
 * per token.
 *
 * <pre>
 * "tokenColumns":[
 * "pos",
 * "chunk"
 * ],
 * "sentences":[
 * ["2 6 6 7 1","NNP VBZ JJ NN .","I-NP I-VP I-NP I-NP O"],
 * ["3:5","NNP","I-NP"]]
 * </pre>
 *
 * An extent is the token's length when it begins one character after the previous token ends (after one space
 * or line break; the first token of the document at 0), otherwise {@code GAP:LENGTH}, the token beginning
 * {@code GAP} characters after the previous one's end ({@code 0:1} for a comma right after a word).
 */
public final class TokenCodec {

	static final String COLUMNS = "tokenColumns";
	static final String SENTENCES = "sentences";

	private TokenCodec() {
	}

	static void write(JsonGenerator g, TokenTable tokens) throws IOException {
		List<String> names = new ArrayList<>(tokens.columnNames());
		g.writeArrayFieldStart(COLUMNS);
		for (String name : names) {
			g.writeString(name);
		}
		g.writeEndArray();
		g.writeArrayFieldStart(SENTENCES);
		StringBuilder b = new StringBuilder(256);
		int previousEnd = -1;
		for (int s = 0; s < tokens.sentenceCount(); s++) {
			g.writeStartArray();
			b.setLength(0);
			for (int t = tokens.sentenceStart(s); t < tokens.sentenceEnd(s); t++) {
				if (b.length() > 0) {
					b.append(' ');
				}
				int gap = tokens.begin(t) - previousEnd;
				if (gap != 1) {
					b.append(gap).append(':');
				}
				b.append(tokens.end(t) - tokens.begin(t));
				previousEnd = tokens.end(t);
			}
			g.writeString(b.toString());
			for (String name : names) {
				b.setLength(0);
				for (int t = tokens.sentenceStart(s); t < tokens.sentenceEnd(s); t++) {
					if (b.length() > 0) {
						b.append(' ');
					}
					b.append(tokens.value(name, t));
				}
				g.writeString(b.toString());
			}
			g.writeEndArray();
		}
		g.writeEndArray();
	}

	/** Reads the column names (the field's value). */
	static String[] readColumns(JsonIn in) throws StoreException {
		List<String> names = new ArrayList<>();
		in.beginArray();
		while (in.nextElement()) {
			String name = in.string();
			if (name == null || name.isBlank() || names.contains(name)) {
				throw in.error("token column names must be given, not blank, and differ");
			}
			names.add(name);
		}
		return names.toArray(String[]::new);
	}

	/**
	 * Reads the sentences (the field's value), checking every token against the text's length; a bad one is an
	 * error naming the line of its sentence.
	 */
	static TokenTable readSentences(JsonIn in, String[] columns, int textLength) throws StoreException {
		TokenTable.Builder b = TokenTable.builder(columns);
		String[] values = new String[columns.length];
		int previousEnd = -1;
		in.beginArray();
		while (in.nextElement()) {
			in.elementArray();
			int line = in.line();
			String extents = string(in, "the token extents");
			String[][] cells = new String[columns.length][];
			int[] extent = new int[2];
			List<int[]> read = new ArrayList<>();
			int count = 0;
			for (int at = 0; at <= extents.length();) {
				int space = extents.indexOf(' ', at);
				int stop = space < 0 ? extents.length() : space;
				parseExtent(in, extents, at, stop, extent, line);
				int begin = previousEnd + extent[0];
				int end = begin + extent[1];
				if (extent[1] <= 0 || begin < Math.max(previousEnd, 0) || end > textLength) {
					throw new StoreException(in.file(), line, "token " + (b.size() + count + 1) + " [" + begin + ", "
							+ end + ") is empty, overlaps the one before or lies outside the text (length " + textLength + ")", null);
				}
				read.add(new int[] { begin, end });
				previousEnd = end;
				count++;
				at = stop + 1;
			}
			for (int c = 0; c < columns.length; c++) {
				String column = string(in, "the values of the column '" + columns[c] + "'");
				cells[c] = column.split(" ", -1);
				if (cells[c].length != count) {
					throw new StoreException(in.file(), line, "the sentence has " + count + " tokens but "
							+ cells[c].length + " values in the column '" + columns[c] + "'", null);
				}
			}
			if (in.nextElement()) {
				throw new StoreException(in.file(), line, "a sentence holds the extents and " + columns.length
						+ " column(s), no more", null);
			}
			for (int t = 0; t < count; t++) {
				for (int c = 0; c < columns.length; c++) {
					values[c] = cells[c][t];
					if (values[c].isEmpty()) {
						throw new StoreException(in.file(), line, "token " + (b.size() + 1) + " has an empty value in the"
								+ " column '" + columns[c] + "'", null);
					}
				}
				b.add(read.get(t)[0], read.get(t)[1], values);
			}
			b.endSentence();
		}
		return b.build();
	}

	private static String string(JsonIn in, String what) throws StoreException {
		if (!in.nextElement()) {
			throw in.error("a sentence lacks " + what);
		}
		String s = in.string();
		if (s == null || s.isEmpty()) {
			throw in.error("a sentence has no tokens in " + what);
		}
		return s;
	}

	/** Parses {@code LENGTH} or {@code GAP:LENGTH} into {gap, length}. */
	private static void parseExtent(JsonIn in, String s, int from, int to, int[] extent, int line) throws StoreException {
		int colon = s.indexOf(':', from);
		try {
			if (colon >= 0 && colon < to) {
				extent[0] = Integer.parseInt(s, from, colon, 10);
				extent[1] = Integer.parseInt(s, colon + 1, to, 10);
			} else {
				extent[0] = 1;
				extent[1] = Integer.parseInt(s, from, to, 10);
			}
		} catch (NumberFormatException e) {
			throw new StoreException(in.file(), line, "bad token extent '" + s.substring(from, to)
					+ "' (expected LENGTH or GAP:LENGTH)", e);
		}
	}
}
