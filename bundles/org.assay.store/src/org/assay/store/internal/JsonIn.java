/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.store.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Date;

import org.assay.store.StoreException;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.JsonEOFException;

/**
 * A pull reader over one project file that turns every surprise into a {@link StoreException} naming the
 * file and line.
 */
public final class JsonIn implements Closeable {

	/**
	 * Strict about duplicate keys (a hand edit that says a thing twice is a mistake, not a choice of the last), and
	 * with no limit on the length of a string, so that whatever Assay writes it reads back.
	 */
	static final JsonFactory FACTORY = JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
			.streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build()).build();

	private final Path file;
	private final JsonParser parser;
	/**
	 * The last instant read, as written and as milliseconds: the annotations of an import or an engine run all
	 * carry the same one, and parsing each again took a quarter of the time to open a project.
	 */
	private String lastInstant;
	private long lastMillis;

	public JsonIn(Path file, InputStream in) throws StoreException {
		this.file = file;
		try {
			this.parser = FACTORY.createParser(in);
		} catch (IOException e) {
			throw new StoreException(file, e.getMessage(), e);
		}
	}

	public Path file() {
		return file;
	}

	public int line() {
		return parser.currentLocation().getLineNr();
	}

	public StoreException error(String message) {
		return new StoreException(file, line(), message, null);
	}

	private JsonToken next() throws StoreException {
		try {
			JsonToken token = parser.nextToken();
			if (token == null) {
				throw error("unexpected end of file (the file is truncated)");
			}
			return token;
		} catch (JsonEOFException e) {
			throw new StoreException(file, e.getLocation().getLineNr(), "unexpected end of file (the file is truncated)", e);
		} catch (JsonParseException e) {
			throw new StoreException(file, e.getLocation().getLineNr(), "not valid JSON: " + e.getOriginalMessage(), e);
		} catch (IOException e) {
			throw new StoreException(file, line(), e.getMessage(), e);
		}
	}

	private void expect(JsonToken expected, String what) throws StoreException {
		JsonToken token = next();
		if (token != expected) {
			throw error("expected " + what + " but found " + describe(token));
		}
	}

	private static String describe(JsonToken token) {
		return switch (token) {
		case START_OBJECT -> "an object";
		case START_ARRAY -> "an array";
		case VALUE_STRING -> "a string";
		case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
		case VALUE_TRUE, VALUE_FALSE -> "a boolean";
		case VALUE_NULL -> "null";
		case END_OBJECT -> "the end of an object";
		case END_ARRAY -> "the end of an array";
		default -> token.toString();
		};
	}

	public void beginObject() throws StoreException {
		expect(JsonToken.START_OBJECT, "an object");
	}

	public void beginArray() throws StoreException {
		expect(JsonToken.START_ARRAY, "an array");
	}

	/** Moves to the next field of the current object and returns its name, or null at the object's end. */
	public String nextField() throws StoreException {
		JsonToken token = next();
		if (token == JsonToken.END_OBJECT) {
			return null;
		}
		if (token != JsonToken.FIELD_NAME) {
			throw error("expected a field name but found " + describe(token));
		}
		try {
			return parser.currentName();
		} catch (IOException e) {
			throw new StoreException(file, line(), e.getMessage(), e);
		}
	}

	/** Moves to the next element of the current array: true if there is one, false at the array's end. */
	public boolean nextElement() throws StoreException {
		JsonToken token = next();
		if (token == JsonToken.END_ARRAY) {
			return false;
		}
		pushedBack = token;
		return true;
	}

	private JsonToken pushedBack;

	private JsonToken value() throws StoreException {
		if (pushedBack != null) {
			JsonToken token = pushedBack;
			pushedBack = null;
			return token;
		}
		return next();
	}

	/** Like {@link #beginObject()} for an array element announced by {@link #nextElement()}. */
	public void elementObject() throws StoreException {
		JsonToken token = value();
		if (token != JsonToken.START_OBJECT) {
			throw error("expected an object but found " + describe(token));
		}
	}

	/** Like {@link #beginArray()} for an array element announced by {@link #nextElement()}. */
	public void elementArray() throws StoreException {
		JsonToken token = value();
		if (token != JsonToken.START_ARRAY) {
			throw error("expected an array but found " + describe(token));
		}
	}

	public String string() throws StoreException {
		JsonToken token = value();
		if (token == JsonToken.VALUE_NULL) {
			return null;
		}
		if (token != JsonToken.VALUE_STRING) {
			throw error("expected a string but found " + describe(token));
		}
		try {
			return parser.getText();
		} catch (IOException e) {
			throw new StoreException(file, line(), e.getMessage(), e);
		}
	}

	/** A string that must be present and not empty. */
	public String requiredString(String field) throws StoreException {
		String s = string();
		if (s == null || s.isEmpty()) {
			throw error("'" + field + "' must not be empty");
		}
		return s;
	}

	public int integer() throws StoreException {
		JsonToken token = value();
		if (token != JsonToken.VALUE_NUMBER_INT) {
			throw error("expected a whole number but found " + describe(token));
		}
		try {
			return parser.getIntValue();
		} catch (IOException e) {
			throw new StoreException(file, line(), "number out of range", e);
		}
	}

	public double number() throws StoreException {
		JsonToken token = value();
		if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
			throw error("expected a number but found " + describe(token));
		}
		try {
			return parser.getDoubleValue();
		} catch (IOException e) {
			throw new StoreException(file, line(), e.getMessage(), e);
		}
	}

	public boolean bool() throws StoreException {
		JsonToken token = value();
		if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
			throw error("expected true or false but found " + describe(token));
		}
		return token == JsonToken.VALUE_TRUE;
	}

	public Date date() throws StoreException {
		String s = string();
		if (s == null) {
			return null;
		}
		if (s.equals(lastInstant)) {
			return new Date(lastMillis);
		}
		try {
			Date date = Date.from(Instant.parse(s));
			lastInstant = s;
			lastMillis = date.getTime();
			return date;
		} catch (DateTimeParseException e) {
			throw error("not an ISO-8601 instant: '" + s + "'");
		}
	}

	/** Skips the value of the current field, whatever it is (fields of a later minor version). */
	public void skipValue() throws StoreException {
		JsonToken token = value();
		if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
			try {
				parser.skipChildren();
			} catch (IOException e) {
				throw new StoreException(file, line(), e.getMessage(), e);
			}
		}
	}

	/**
	 * Reads the header every Assay file starts with, {@code "format"} then {@code "version"}, and refuses
	 * another kind of file or a newer version.
	 */
	public void header(String format, int supportedVersion) throws StoreException {
		beginObject();
		if (!"format".equals(nextField())) {
			throw error("not an Assay " + format + " file (it does not start with \"format\")");
		}
		String actual = string();
		if (!format.equals(actual)) {
			throw error("not an Assay " + format + " file (its format is '" + actual + "')");
		}
		if (!"version".equals(nextField())) {
			throw error("the \"version\" of the format is missing");
		}
		int version = integer();
		if (version > supportedVersion) {
			throw error("written by a newer version of Assay (" + format + " format version " + version
					+ "; this version reads up to " + supportedVersion + "). Update Assay to open it.");
		}
		if (version < 1) {
			throw error("bad format version " + version);
		}
	}

	/** Checks that nothing but white space follows the top-level value. */
	public void end() throws StoreException {
		try {
			JsonToken token = parser.nextToken();
			if (token != null) {
				throw error("unexpected content after the end of the document");
			}
		} catch (JsonParseException e) {
			throw new StoreException(file, e.getLocation().getLineNr(), "not valid JSON: " + e.getOriginalMessage(), e);
		} catch (IOException e) {
			throw new StoreException(file, line(), e.getMessage(), e);
		}
	}

	@Override
	public void close() {
		try {
			parser.close();
		} catch (IOException e) {
			// reading is over; nothing was written
		}
	}
}
