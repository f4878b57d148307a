/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.text;

import java.util.Arrays;

/**
 * The sentences and tokens of a text, as character offsets. Sentences are ranges of token indexes, so a
 * token belongs to exactly one sentence.
 *
 * @param text            the text that was segmented
 * @param tokenBegins     start offset of each token
 * @param tokenEnds       end offset (exclusive) of each token
 * @param sentenceStarts  index of each sentence's first token
 * @param sentenceEnds    index after each sentence's last token
 */
public record Segmentation(String text, int[] tokenBegins, int[] tokenEnds, int[] sentenceStarts,
		int[] sentenceEnds) {

	public int tokenCount() {
		return tokenBegins.length;
	}

	public String token(int index) {
		return text.substring(tokenBegins[index], tokenEnds[index]);
	}

	public int sentenceCount() {
		return sentenceStarts.length;
	}

	/** The words of one sentence. */
	public String[] words(int sentence) {
		String[] words = new String[sentenceEnds[sentence] - sentenceStarts[sentence]];
		for (int i = 0; i < words.length; i++) {
			words[i] = token(sentenceStarts[sentence] + i);
		}
		return words;
	}

	/** Start offset of a sentence in the text. */
	public int sentenceBegin(int sentence) {
		return tokenBegins[sentenceStarts[sentence]];
	}

	/** End offset of a sentence in the text. */
	public int sentenceEnd(int sentence) {
		return tokenEnds[sentenceEnds[sentence] - 1];
	}

	/** The sentence holding a token. */
	public int sentenceOf(int token) {
		int found = Arrays.binarySearch(sentenceStarts, token);
		return found >= 0 ? found : -found - 2;
	}

	/** The index of the token that holds the offset, or of the last token before it (0 before the first). */
	public int tokenAt(int offset) {
		int found = tokenAtOrAfter(offset);
		return found < tokenCount() && tokenBegins[found] <= offset ? found : Math.max(0, found - 1);
	}

	/**
	 * The run of whole tokens that [begin, end) touches, as [begin, end): a selection that starts or ends in the
	 * blanks between tokens (as selecting by words does) does not take them in. The range itself if it touches no
	 * token.
	 */
	public int[] snap(int begin, int end) {
		int first = tokenAtOrAfter(begin);
		int last = first;
		while (last < tokenCount() && tokenBegins[last] < end) {
			last++;
		}
		return last == first ? new int[] { begin, end } : new int[] { tokenBegins[first], tokenEnds[last - 1] };
	}

	/** The first token that ends after an offset (the token at or after it), or tokenCount(). */
	public int tokenAtOrAfter(int offset) {
		int low = 0;
		int high = tokenEnds.length;
		while (low < high) {
			int mid = (low + high) >>> 1;
			if (tokenEnds[mid] <= offset) {
				low = mid + 1;
			} else {
				high = mid;
			}
		}
		return low;
	}

	/**
	 * The segmentation of the text before an offset: the sentences that end there or earlier, over
	 * {@code text.substring(0, offset)}. A sentence the offset cuts is left out whole.
	 */
	public Segmentation before(int offset) {
		int sentences = 0;
		while (sentences < sentenceCount() && sentenceEnd(sentences) <= offset) {
			sentences++;
		}
		int tokens = sentences == 0 ? 0 : sentenceEnds[sentences - 1];
		return new Segmentation(text.substring(0, offset), Arrays.copyOf(tokenBegins, tokens),
				Arrays.copyOf(tokenEnds, tokens), Arrays.copyOf(sentenceStarts, sentences),
				Arrays.copyOf(sentenceEnds, sentences));
	}
}
