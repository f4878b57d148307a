/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.engines.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.assay.text.Headlines;
import org.assay.text.Segmentation;

/**
 * The tokens the rules work on: the segmenter's tokens with an opening quote and a currency sign glued to a
 * word split off (the news tokenizer leaves them on), and for each token its sentence, whether it opens its
 * sentence, and whether its sentence is a headline written in capitals.
 */
final class Tokens {

	final String text;
	final int[] begin;
	final int[] end;
	final String[] word;
	final int[] sentence;
	/** Index of the first token of each sentence, plus one last entry: the token count. */
	final int[] sentenceStart;
	/** The first word of its sentence (after quotes and brackets), where capitals say nothing. */
	final boolean[] opensSentence;
	/** The first token of a line, where a dateline ("LEEDS, England, Oct. 21") may begin. */
	final boolean[] opensLine;
	/** Sentences in capitals or in title case, where capitals say nothing either. */
	final boolean[] headline;
	/** Where the text's first line ends: title case is a headline only before it. */
	private final int firstLineEnd;

	Tokens(Segmentation segmentation) {
		text = segmentation.text();
		firstLineEnd = Headlines.firstLineEnd(text);
		List<int[]> spans = new ArrayList<>();
		List<Integer> sentences = new ArrayList<>();
		int sentenceCount = segmentation.sentenceCount();
		sentenceStart = new int[sentenceCount + 1];
		for (int s = 0; s < sentenceCount; s++) {
			sentenceStart[s] = spans.size();
			for (int t = segmentation.sentenceStarts()[s]; t < segmentation.sentenceEnds()[s]; t++) {
				split(segmentation.tokenBegins()[t], segmentation.tokenEnds()[t], spans, sentences, s);
			}
		}
		sentenceStart[sentenceCount] = spans.size();
		int n = spans.size();
		begin = new int[n];
		end = new int[n];
		word = new String[n];
		sentence = new int[n];
		for (int i = 0; i < n; i++) {
			begin[i] = spans.get(i)[0];
			end[i] = spans.get(i)[1];
			word[i] = text.substring(begin[i], end[i]);
			sentence[i] = sentences.get(i);
		}
		opensSentence = new boolean[n];
		opensLine = new boolean[n];
		headline = new boolean[sentenceCount];
		for (int s = 0; s < sentenceCount; s++) {
			int i = sentenceStart[s];
			if (i < sentenceStart[s + 1]) {
				opensLine[i] = opensLine(begin[i]);
			}
			while (i < sentenceStart[s + 1] && !Character.isLetterOrDigit(word[i].charAt(0))) {
				i++;
			}
			if (i < sentenceStart[s + 1]) {
				opensSentence[i] = true;
			}
			headline[s] = isHeadline(sentenceStart[s], sentenceStart[s + 1]);
		}
	}

	int size() {
		return word.length;
	}

	int sentenceEnd(int token) {
		return sentenceStart[sentence[token] + 1];
	}

	boolean inHeadline(int token) {
		return headline[sentence[token]];
	}

	/** The token's text, or "" outside the text. */
	String at(int index) {
		return index >= 0 && index < word.length ? word[index] : "";
	}

	/**
	 * Whether only blanks stand between a line break (or the text's start) and this offset. Reads back over the
	 * blanks alone: looking for the last line break instead read a text without breaks back to its start for
	 * every sentence.
	 */
	private boolean opensLine(int offset) {
		int i = offset - 1;
		while (i >= 0 && text.charAt(i) != '\n' && Character.isWhitespace(text.charAt(i))) {
			i--;
		}
		return i < 0 || text.charAt(i) == '\n';
	}

	private boolean isHeadline(int from, int to) {
		return from < to
				&& Headlines.isHeadline(Arrays.asList(word).subList(from, to), begin[from] < firstLineEnd);
	}

	private void split(int from, int to, List<int[]> spans, List<Integer> sentences, int s) {
		int b = from;
		while (to - b > 1 && isOpeningQuote(text.charAt(b))) {
			spans.add(new int[] { b, b + 1 });
			sentences.add(s);
			b++;
		}
		String w = text.substring(b, to);
		if (w.length() > 1 && "$€£¥".indexOf(w.charAt(0)) >= 0 && Character.isDigit(w.charAt(1))) {
			spans.add(new int[] { b, b + 1 });
			sentences.add(s);
			b++;
		}
		spans.add(new int[] { b, to });
		sentences.add(s);
	}

	private static boolean isOpeningQuote(char c) {
		return c == '"' || c == '\u201C' || c == '\u2018' || c == '`';
	}
}
