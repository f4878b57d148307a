/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * Splits news text into sentences and tokens with the Apache OpenNLP 1.5 news models, then repairs what
 * those models get wrong on news prose: a sentence never ends at a title ("Sen."), an initial ("M."), a
 * state abbreviation inside a party tag ("(D-Mont.)"), or before a lower-case word. Lines are paragraphs:
 * no sentence crosses a line break.
 * <p>
 * The models are loaded once and shared; the OpenNLP tools are not thread-safe, so each call makes its
 * own (cheap) detector and tokenizer around the shared models.
 */
public final class Segmenter {

	private static volatile Segmenter shared;

	private final SentenceModel sentenceModel;
	private final TokenizerModel tokenizerModel;

	private Segmenter(SentenceModel sentenceModel, TokenizerModel tokenizerModel) {
		this.sentenceModel = sentenceModel;
		this.tokenizerModel = tokenizerModel;
	}

	/** The segmenter with the news models, loaded on first use. */
	public static Segmenter get() {
		Segmenter result = shared;
		if (result == null) {
			synchronized (Segmenter.class) {
				result = shared;
				if (result == null) {
					try {
						result = new Segmenter(new SentenceModel(model("en-sent.bin")),
								new TokenizerModel(model("en-token.bin")));
					} catch (IOException e) {
						throw new UncheckedIOException("Cannot load the OpenNLP news models", e);
					}
					shared = result;
				}
			}
		}
		return result;
	}

	private static InputStream model(String name) {
		InputStream in = Segmenter.class.getResourceAsStream("/" + name);
		if (in == null) {
			throw new IllegalStateException("OpenNLP model " + name + " is not on the class path");
		}
		try (in) {
			return new java.io.ByteArrayInputStream(in.readAllBytes());
		} catch (IOException e) {
			throw new UncheckedIOException("Cannot read OpenNLP model " + name, e);
		}
	}

	/** Segments a whole text. */
	public Segmentation segment(String text) {
		SentenceDetectorME sentences = new SentenceDetectorME(sentenceModel);
		TokenizerME tokenizer = new TokenizerME(tokenizerModel);
		List<int[]> tokens = new ArrayList<>();
		List<int[]> sentenceRanges = new ArrayList<>();
		int lineStart = 0;
		while (lineStart <= text.length()) {
			int lineEnd = text.indexOf('\n', lineStart);
			if (lineEnd < 0) {
				lineEnd = text.length();
			}
			String line = text.substring(lineStart, lineEnd);
			if (!line.isBlank()) {
				List<List<int[]>> lineSentences = new ArrayList<>();
				for (Span sentence : sentences.sentPosDetect(line)) {
					String covered = line.substring(sentence.getStart(), sentence.getEnd());
					List<int[]> sentenceTokens = new ArrayList<>();
					for (Span token : tokenizer.tokenizePos(covered)) {
						int begin = lineStart + sentence.getStart() + token.getStart();
						sentenceTokens.add(new int[] { begin, begin + token.length() });
					}
					TokenRepair.repair(text, sentenceTokens);
					if (!sentenceTokens.isEmpty()) {
						lineSentences.add(sentenceTokens);
					}
				}
				for (List<int[]> sentence : SentenceRepair.repair(text, lineSentences)) {
					sentenceRanges.add(new int[] { tokens.size(), tokens.size() + sentence.size() });
					tokens.addAll(sentence);
				}
			}
			lineStart = lineEnd + 1;
		}
		int[] begins = new int[tokens.size()];
		int[] ends = new int[tokens.size()];
		for (int i = 0; i < begins.length; i++) {
			begins[i] = tokens.get(i)[0];
			ends[i] = tokens.get(i)[1];
		}
		int[] starts = new int[sentenceRanges.size()];
		int[] stops = new int[sentenceRanges.size()];
		for (int i = 0; i < starts.length; i++) {
			starts[i] = sentenceRanges.get(i)[0];
			stops[i] = sentenceRanges.get(i)[1];
		}
		return new Segmentation(text, begins, ends, starts, stops);
	}
}
