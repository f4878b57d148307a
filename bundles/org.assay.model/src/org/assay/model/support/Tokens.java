/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.model.support;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tokens and sentences for documents that have no token layer (exports to token formats, snapping the
 * editor's selection): words (with inner apostrophes, hyphens and
 * periods, so "U.S" and "well-known" stay whole, while a possessive 's is a token of its own), numbers, and
 * single punctuation marks; a sentence ends at a line break or after . ! ? before a capital.
 */
public final class Tokens {

	private static final Pattern TOKEN = Pattern.compile(
			"['\u2019][sS](?![\\p{L}\\p{N}])|[\\p{L}\\p{N}]+(?:[.\\-&][\\p{L}\\p{N}]+|['\u2019](?![sS](?![\\p{L}\\p{N}]))[\\p{L}\\p{N}]+)*|\\S");

	private Tokens() {
	}

	/** Sentences of tokens, each token as [begin, end). */
	public static List<List<int[]>> sentences(String text) {
		List<List<int[]>> sentences = new ArrayList<>();
		List<int[]> current = new ArrayList<>();
		Matcher m = TOKEN.matcher(text);
		int last = 0;
		while (m.find()) {
			boolean lineBreak = text.substring(last, m.start()).indexOf('\n') >= 0;
			if (lineBreak && !current.isEmpty()) {
				sentences.add(current);
				current = new ArrayList<>();
			} else if (!current.isEmpty() && endsSentence(text, current.get(current.size() - 1))
					&& Character.isUpperCase(text.charAt(m.start()))) {
				sentences.add(current);
				current = new ArrayList<>();
			}
			current.add(new int[] { m.start(), m.end() });
			last = m.end();
		}
		if (!current.isEmpty()) {
			sentences.add(current);
		}
		return sentences;
	}

	/** The tokens of a text, each [begin, end), in order. */
	public static int[][] tokens(String text) {
		return sentences(text).stream().flatMap(List::stream).toArray(int[][]::new);
	}

	/**
	 * The smallest run of whole tokens that holds [begin, end), as [begin, end); the range itself if it
	 * touches no token.
	 */
	public static int[] snap(int[][] tokens, int begin, int end) {
		int b = begin;
		int e = end;
		for (int[] t : tokens) {
			if (t[1] > begin && t[0] < end) {
				b = Math.min(b, t[0]);
				e = Math.max(e, t[1]);
			}
		}
		return new int[] { b, e };
	}

	private static boolean endsSentence(String text, int[] token) {
		if (token[1] - token[0] != 1) {
			return false;
		}
		char c = text.charAt(token[0]);
		return c == '.' || c == '!' || c == '?';
	}
}
