/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.engines.learn;

import java.util.List;
import java.util.Locale;

import org.assay.uima.spi.GoldText;

/**
 * How much heap training the learned engine needs, estimated from the corpus size before it starts, so that a
 * corpus too large for this Java is refused in one line naming the {@code ASSAY_VMARGS} to use, instead of failing
 * half-way. The figures were measured on CoNLL-2003 {@code eng.train} (see README, Benchmarks): the heap the
 * tagger's features and the optimiser keep grows with the number of tokens.
 */
public final class TrainingMemory {

	/** Heap that does not grow with the corpus: the platform, the segmenter's models, the optimiser's state. */
	static final long BASE_BYTES = 256L << 20;
	/** Heap per token of the corpus (a layer at a time: its features, their contexts, the CRF's lattice). */
	static final long BYTES_PER_TOKEN = 10_000;

	private TrainingMemory() {
	}

	/** The tokens of a tokenised corpus. */
	public static long tokens(List<TaggedDocument> documents) {
		long n = 0;
		for (TaggedDocument d : documents) {
			for (String[] sentence : d.sentences()) {
				n += sentence.length;
			}
		}
		return n;
	}

	/** The tokens of gold texts, counted as runs of letters and digits and single other marks (as the segmenter's). */
	public static long tokensOf(List<GoldText> texts) {
		long n = 0;
		for (GoldText t : texts) {
			if (t.tokens() != null) {
				n += t.tokens().tokenCount();
				continue;
			}
			String s = t.text();
			boolean inWord = false;
			for (int i = 0; i < s.length(); i++) {
				char c = s.charAt(i);
				if (Character.isLetterOrDigit(c)) {
					n += inWord ? 0 : 1;
					inWord = true;
				} else {
					inWord = false;
					n += Character.isWhitespace(c) ? 0 : 1;
				}
			}
		}
		return n;
	}

	/** The heap training on that many tokens needs, in bytes. */
	public static long needed(long tokens) {
		return BASE_BYTES + BYTES_PER_TOKEN * tokens;
	}

	/**
	 * Null when a heap of {@code maxHeap} bytes suffices for training on {@code tokens} tokens; otherwise one line
	 * saying what is needed and how to give it (or that the machine has too little).
	 */
	public static String shortfall(long tokens, long maxHeap) {
		long needed = needed(tokens);
		if (needed <= maxHeap) {
			return null;
		}
		long gb = (needed + (1L << 30) - 1) >> 30; // rounded up to whole GB
		long machine = machineBytes();
		String have = String.format(Locale.ROOT, "training on %,d tokens needs about %.1f GB of heap and Java has %.1f GB",
				tokens, needed / (double) (1L << 30), maxHeap / (double) (1L << 30));
		if (machine > 0 && needed > machine * 0.9) {
			return have + String.format(Locale.ROOT, "; this machine has %.0f GB: train on part of the corpus, or on a "
					+ "machine with more memory (ASSAY_VMARGS=-Xmx%dg)", machine / (double) (1L << 30), gb);
		}
		return have + ": run it again with ASSAY_VMARGS=-Xmx" + gb + "g";
	}

	/** The machine's memory where the system says it ({@code /proc/meminfo}), else -1. */
	private static long machineBytes() {
		try {
			for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/meminfo"))) {
				if (line.startsWith("MemTotal:")) {
					return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
				}
			}
		} catch (java.io.IOException | RuntimeException e) {
			// not Linux: the advice names the heap only
		}
		return -1;
	}
}
