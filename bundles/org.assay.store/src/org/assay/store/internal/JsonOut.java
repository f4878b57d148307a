/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.store.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Date;
import java.util.Map;

import org.eclipse.emf.common.util.EMap;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;

/**
 * Writes project files in a shape that reads well and diffs well under version control: the top-level
 * fields one per line, and the elements of top-level arrays (annotations, layers) one per line, each
 * compact.
 */
public final class JsonOut {

	private JsonOut() {
	}

	public static JsonGenerator open(OutputStream out) throws IOException {
		return open(out, 1);
	}

	/**
	 * A writer as {@link #open(OutputStream)}, but with the entries of top-level objects one per line too when
	 * {@code objectLines} is 2 (the assignments' documents: one document a line).
	 */
	public static JsonGenerator open(OutputStream out, int objectLines) throws IOException {
		JsonGenerator g = JsonIn.FACTORY.createGenerator(out, JsonEncoding.UTF8);
		g.setPrettyPrinter(new LinePrinter(objectLines));
		return g;
	}

	public static void header(JsonGenerator g, String format, int version) throws IOException {
		g.writeStartObject();
		g.writeStringField("format", format);
		g.writeNumberField("version", version);
	}

	public static void optional(JsonGenerator g, String field, String value) throws IOException {
		if (value != null) {
			g.writeStringField(field, value);
		}
	}

	public static void optional(JsonGenerator g, String field, Date value) throws IOException {
		if (value != null) {
			g.writeStringField(field, instant(value.getTime()));
		}
	}

	/** The last time written, as text: an import's annotations all carry the same one. */
	private static volatile Time last = new Time(Long.MIN_VALUE, "");

	private record Time(long millis, String text) {
	}

	private static String instant(long millis) {
		Time known = last;
		if (known.millis() != millis) {
			known = new Time(millis, java.time.Instant.ofEpochMilli(millis).toString());
			last = known;
		}
		return known.text();
	}

	/** Writes a string map as an object, unless it is empty. */
	public static void map(JsonGenerator g, String field, EMap<String, String> map) throws IOException {
		if (map.isEmpty()) {
			return;
		}
		g.writeObjectFieldStart(field);
		for (Map.Entry<String, String> e : map) {
			g.writeStringField(e.getKey(), e.getValue());
		}
		g.writeEndObject();
	}

	/** One line per top-level field and per element of a top-level array; compact below that. */
	static final class LinePrinter implements PrettyPrinter {
		private final int objectLines;
		private int depth;

		/** {@code objectLines}: the depth down to which objects have one entry a line (1, the root only). */
		LinePrinter(int objectLines) {
			this.objectLines = objectLines;
		}

		@Override
		public void writeRootValueSeparator(JsonGenerator g) throws IOException {
			g.writeRaw('\n');
		}

		@Override
		public void writeStartObject(JsonGenerator g) throws IOException {
			g.writeRaw('{');
			depth++;
		}

		@Override
		public void beforeObjectEntries(JsonGenerator g) throws IOException {
			if (depth <= objectLines) {
				g.writeRaw('\n');
			}
		}

		@Override
		public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
			g.writeRaw(':');
		}

		@Override
		public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
			g.writeRaw(depth <= objectLines ? ",\n" : ",");
		}

		@Override
		public void writeEndObject(JsonGenerator g, int nrOfEntries) throws IOException {
			depth--;
			g.writeRaw(depth == 0 ? "\n}\n" : depth < objectLines && nrOfEntries > 0 ? "\n}" : "}");
		}

		@Override
		public void writeStartArray(JsonGenerator g) throws IOException {
			g.writeRaw('[');
			depth++;
		}

		@Override
		public void beforeArrayValues(JsonGenerator g) throws IOException {
			if (depth == 2) {
				g.writeRaw('\n');
			}
		}

		@Override
		public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
			g.writeRaw(depth == 2 ? ",\n" : ",");
		}

		@Override
		public void writeEndArray(JsonGenerator g, int nrOfValues) throws IOException {
			depth--;
			g.writeRaw(depth == 1 && nrOfValues > 0 ? "\n]" : "]");
		}
	}
}
