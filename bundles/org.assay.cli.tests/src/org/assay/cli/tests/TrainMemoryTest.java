/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.assay.engines.learn.TrainingMemory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A corpus too large for the heap is refused before training starts, in one line naming the ASSAY_VMARGS to use
 * (issue: the default heap ran out half-way through a 33 MB corpus).
 */
class TrainMemoryTest {

	@TempDir
	Path dir;

	@Test
	void aCorpusTooLargeForTheHeapIsRefusedBeforeTrainingWithTheHeapToAskFor() throws Exception {
		long heap = Runtime.getRuntime().maxMemory();
		long perToken = (TrainingMemory.needed(1_000_000) - TrainingMemory.needed(0)) / 1_000_000;
		long tokens = (heap - TrainingMemory.needed(0)) / perToken * 5 / 4; // a quarter more than this heap takes
		Path conll = dir.resolve("big.conll");
		try (BufferedWriter w = Files.newBufferedWriter(conll, StandardCharsets.UTF_8)) {
			w.write("-DOCSTART- -X- O O\n\n");
			for (long i = 0; i < tokens; i++) {
				w.write(i % 7 == 0 ? "Oslo NNP I-NP I-LOC\n" : "word NN I-NP O\n");
				if (i % 20 == 19) {
					w.write('\n');
				}
			}
		}
		CliHarness cli = new CliHarness();
		assertEquals(0, cli.run("new", dir.resolve("p").toString()));
		long started = System.nanoTime();
		assertEquals(1, cli.run("train", "--conll", conll.toString(), "--project", dir.resolve("p").toString()));
		String err = cli.err().strip();
		assertFalse(err.contains("\n"), "one line: " + err);
		assertTrue(err.matches("assay train: training on [0-9,]+ tokens needs about [0-9.]+ GB of heap and Java has [0-9.]+ GB"
				+ "(: run it again with ASSAY_VMARGS=-Xmx[0-9]+g|; this machine has .*)"), err);
		assertTrue(err.contains(String.format(java.util.Locale.ROOT, "%,d tokens", tokens)), err);
		assertFalse(Files.exists(dir.resolve("p/models")), "no model, no training started");
		assertTrue(System.nanoTime() - started < 60_000_000_000L, "refused before training, not after");
	}

	@Test
	void theEstimateGrowsWithTheCorpusAndFitsASmallOneInAnyHeap() {
		assertNull(TrainingMemory.shortfall(10_000, 1L << 30), "a small corpus fits a 1 GB heap");
		assertTrue(TrainingMemory.needed(2_000_000) > TrainingMemory.needed(200_000));
		String line = TrainingMemory.shortfall(3_000_000, 2L << 30);
		assertTrue(line.startsWith("training on 3,000,000 tokens needs about "), line);
	}
}
