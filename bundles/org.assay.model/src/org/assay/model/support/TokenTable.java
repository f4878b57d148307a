/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.model.support;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.assay.text.Segmentation;

/**
 * The tokens and sentences of one document, kept compactly beside its text rather than as annotations: token
 * offsets in arrays, sentences as ranges of token indexes, and named per-token columns (a CoNLL file's POS and
 * chunk tags). Immutable, like the text it points into; a {@link org.assay.model.Document}'s {@code tokens}.
 * Tokens are in text order and do not overlap; every token belongs to exactly one sentence.
 */
public final class TokenTable {

	private final int[] begins;
	private final int[] ends;
	private final int[] sentenceStarts;
	private final Map<String, String[]> columns;

	private TokenTable(int[] begins, int[] ends, int[] sentenceStarts, Map<String, String[]> columns) {
		this.begins = begins;
		this.ends = ends;
		this.sentenceStarts = sentenceStarts;
		this.columns = columns;
	}

	/**
	 * A table from arrays (copied).
	 *
	 * @param sentenceStarts the index of each sentence's first token, ascending, the first 0 (none if no tokens)
	 * @param columns        per-token values by column name, each as long as the tokens; a value is not empty
	 *                       and holds no white space (as a CoNLL column's)
	 * @throws IllegalArgumentException if the tokens overlap, are out of order or empty, or the sentences or
	 *                                  columns do not fit them (the message names the token)
	 */
	public static TokenTable of(int[] begins, int[] ends, int[] sentenceStarts, Map<String, String[]> columns) {
		Map<String, String[]> copied = new LinkedHashMap<>();
		columns.forEach((name, values) -> copied.put(name, values.clone()));
		TokenTable table = new TokenTable(begins.clone(), ends.clone(), sentenceStarts.clone(), copied);
		table.check(Integer.MAX_VALUE);
		return table;
	}

	/** A builder that adds tokens one by one, for readers. */
	public static Builder builder(String... columnNames) {
		return new Builder(columnNames);
	}

	public int size() {
		return begins.length;
	}

	public int begin(int token) {
		return begins[token];
	}

	public int end(int token) {
		return ends[token];
	}

	public int sentenceCount() {
		return sentenceStarts.length;
	}

	/** The index of a sentence's first token. */
	public int sentenceStart(int sentence) {
		return sentenceStarts[sentence];
	}

	/** The index after a sentence's last token. */
	public int sentenceEnd(int sentence) {
		return sentence + 1 < sentenceStarts.length ? sentenceStarts[sentence + 1] : begins.length;
	}

	/** Whether a token is the first of its sentence. */
	public boolean startsSentence(int token) {
		return Arrays.binarySearch(sentenceStarts, token) >= 0;
	}

	/** The names of the per-token columns, in their order. */
	public Set<String> columnNames() {
		return Collections.unmodifiableSet(columns.keySet());
	}

	/** A column's value for a token, or null if there is no such column. */
	public String value(String column, int token) {
		String[] values = columns.get(column);
		return values == null ? null : values[token];
	}

	/** Copies of the arrays, for code that works on arrays (engines, the segmenter's form). */
	public int[] begins() {
		return begins.clone();
	}

	public int[] ends() {
		return ends.clone();
	}

	public int[] sentenceStarts() {
		return sentenceStarts.clone();
	}

	/** The index of each sentence's end (after its last token). */
	public int[] sentenceEnds() {
		int[] sentenceEnds = new int[sentenceStarts.length];
		for (int s = 0; s < sentenceEnds.length; s++) {
			sentenceEnds[s] = sentenceEnd(s);
		}
		return sentenceEnds;
	}

	/** The table as the segmenter's form, over the document's text: what engines and the editor work on. */
	public Segmentation segmentation(String text) {
		return new Segmentation(text, begins(), ends(), sentenceStarts(), sentenceEnds());
	}

	/**
	 * Checks the table against a text's length.
	 *
	 * @throws IllegalArgumentException naming the first token or sentence that does not fit
	 */
	public void check(int textLength) {
		int last = 0;
		for (int t = 0; t < begins.length; t++) {
			if (begins[t] < last || ends[t] <= begins[t] || ends[t] > textLength) {
				throw new IllegalArgumentException("token " + (t + 1) + " [" + begins[t] + ", " + ends[t]
						+ ") is empty, overlaps the one before or lies outside the text"
						+ (textLength == Integer.MAX_VALUE ? "" : " (length " + textLength + ")"));
			}
			last = ends[t];
		}
		if (begins.length != ends.length) {
			throw new IllegalArgumentException(begins.length + " token begins but " + ends.length + " ends");
		}
		if (begins.length > 0 && (sentenceStarts.length == 0 || sentenceStarts[0] != 0)) {
			throw new IllegalArgumentException("the first sentence must start at the first token");
		}
		for (int s = 1; s < sentenceStarts.length; s++) {
			if (sentenceStarts[s] <= sentenceStarts[s - 1] || sentenceStarts[s] >= begins.length) {
				throw new IllegalArgumentException("sentence " + (s + 1) + " starts at token " + sentenceStarts[s]
						+ ": sentences must be in order, not empty, and within the " + begins.length + " tokens");
			}
		}
		for (Map.Entry<String, String[]> c : columns.entrySet()) {
			if (c.getValue().length != begins.length) {
				throw new IllegalArgumentException("the column '" + c.getKey() + "' has " + c.getValue().length
						+ " values for " + begins.length + " tokens");
			}
			for (int t = 0; t < begins.length; t++) {
				String v = c.getValue()[t];
				if (v == null || v.isEmpty() || hasSpace(v)) {
					throw new IllegalArgumentException("token " + (t + 1) + " has " + (v == null || v.isEmpty() ? "no value"
							: "a value with white space, '" + v + "',") + " in the column '" + c.getKey() + "'");
				}
			}
		}
	}

	private static boolean hasSpace(String v) {
		for (int i = 0; i < v.length(); i++) {
			if (Character.isWhitespace(v.charAt(i))) {
				return true;
			}
		}
		return false;
	}

	@Override
	public boolean equals(Object o) {
		if (!(o instanceof TokenTable t) || !Arrays.equals(begins, t.begins) || !Arrays.equals(ends, t.ends)
				|| !Arrays.equals(sentenceStarts, t.sentenceStarts) || !columns.keySet().equals(t.columns.keySet())) {
			return false;
		}
		for (Map.Entry<String, String[]> c : columns.entrySet()) {
			if (!Arrays.equals(c.getValue(), t.columns.get(c.getKey()))) {
				return false;
			}
		}
		return true;
	}

	@Override
	public int hashCode() {
		return Arrays.hashCode(begins) * 31 + Arrays.hashCode(sentenceStarts);
	}

	@Override
	public String toString() {
		return size() + " tokens in " + sentenceCount() + " sentences" + (columns.isEmpty() ? "" : ", columns " + columns.keySet());
	}

	/** Adds tokens in text order; a new sentence is started explicitly. */
	public static final class Builder {
		private final String[] names;
		private int[] begins = new int[64];
		private int[] ends = new int[64];
		private final List<String[]> values;
		private final Map<String, String> shared = new java.util.HashMap<>(); // a tag set is small: one copy of each
		private int[] sentenceStarts = new int[8];
		private int size;
		private int sentences;
		private boolean sentenceOpen;

		Builder(String[] names) {
			this.names = names.clone();
			this.values = new ArrayList<>(names.length);
			for (int i = 0; i < names.length; i++) {
				values.add(new String[64]);
			}
		}

		/** Ends the current sentence: the next token starts a new one. */
		public Builder endSentence() {
			sentenceOpen = false;
			return this;
		}

		/** Adds a token with one value per column, in the order of the column names. */
		public Builder add(int begin, int end, String... columnValues) {
			if (columnValues.length != names.length) {
				throw new IllegalArgumentException("expected " + names.length + " column values, got " + columnValues.length);
			}
			if (size == begins.length) {
				begins = Arrays.copyOf(begins, size * 2);
				ends = Arrays.copyOf(ends, size * 2);
				for (int i = 0; i < names.length; i++) {
					values.set(i, Arrays.copyOf(values.get(i), size * 2));
				}
			}
			if (!sentenceOpen) {
				if (sentences == sentenceStarts.length) {
					sentenceStarts = Arrays.copyOf(sentenceStarts, sentences * 2);
				}
				sentenceStarts[sentences++] = size;
				sentenceOpen = true;
			}
			begins[size] = begin;
			ends[size] = end;
			for (int i = 0; i < names.length; i++) {
				String v = columnValues[i];
				String known = v == null ? null : shared.putIfAbsent(v, v);
				values.get(i)[size] = known != null ? known : v;
			}
			size++;
			return this;
		}

		public int size() {
			return size;
		}

		/**
		 * The table.
		 *
		 * @throws IllegalArgumentException if the tokens overlap, are out of order or empty
		 */
		public TokenTable build() {
			Map<String, String[]> columns = new LinkedHashMap<>();
			for (int i = 0; i < names.length; i++) {
				columns.put(names[i], Arrays.copyOf(values.get(i), size));
			}
			TokenTable table = new TokenTable(Arrays.copyOf(begins, size), Arrays.copyOf(ends, size),
					Arrays.copyOf(sentenceStarts, sentences), columns);
			table.check(Integer.MAX_VALUE);
			return table;
		}
	}
}
