/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.engines.tests.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.assay.engines.internal.LearnedEngineTrainer;
import org.assay.engines.learn.LearnedModel;
import org.assay.uima.spi.EngineTrainer;
import org.assay.uima.spi.GoldText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The learned engine's trainer as the learning loop calls it: warm-started from the loop's previous model file. */
class LoopWarmStartTest {

	@TempDir
	Path dir;

	@Test
	void theLoopsNextModelStartsFromItsPreviousOneWithFewerIterations() throws IOException {
		List<GoldText> texts = SyntheticCorpus.goldTexts(SyntheticCorpus.documents(30, 1));
		LearnedEngineTrainer trainer = new LearnedEngineTrainer();
		Path file = dir.resolve("models/learned-loop.model");
		Files.createDirectories(file.getParent());
		Iterations first = new Iterations();
		write(trainer.train(texts.subList(0, 25), List.of("entity"), EngineTrainer.Settings.QUICK, first), file);
		Iterations cold = new Iterations();
		trainer.train(texts, List.of("entity"), EngineTrainer.Settings.QUICK, cold);
		Iterations warm = new Iterations();
		EngineTrainer.Model next = trainer.train(texts, List.of("entity"),
				EngineTrainer.Settings.QUICK.withWarmStart(file), warm);
		assertTrue(cold.count.get() > 15, "from scratch: " + cold.count);
		assertTrue(warm.count.get() <= 15 && warm.count.get() > 0, "warm-started: " + warm.count);
		Path nextFile = dir.resolve("next.model");
		write(next, nextFile);
		assertEquals(List.of("entity"), List.copyOf(LearnedModel.load(nextFile).taggers().keySet()));
	}

	@Test
	void aMissingOrDamagedPreviousModelMeansTrainingFromScratch() throws IOException {
		List<GoldText> texts = SyntheticCorpus.goldTexts(SyntheticCorpus.documents(10, 2));
		LearnedEngineTrainer trainer = new LearnedEngineTrainer();
		Path damaged = Files.writeString(dir.resolve("damaged.model"), "not a model");
		for (Path warmStart : List.of(dir.resolve("missing.model"), damaged)) {
			Iterations iterations = new Iterations();
			EngineTrainer.Model model = trainer.train(texts, List.of("entity"),
					EngineTrainer.Settings.QUICK.withWarmStart(warmStart), iterations);
			assertEquals(List.of("entity"), model.layers());
			assertTrue(iterations.count.get() > 15, warmStart + ": " + iterations.count);
		}
	}

	private static void write(EngineTrainer.Model model, Path file) throws IOException {
		try (OutputStream out = Files.newOutputStream(file)) {
			model.write(out);
		}
	}

	/** Counts the optimiser's iterations from the progress the trainer reports. */
	private static final class Iterations implements EngineTrainer.Progress {
		final AtomicInteger count = new AtomicInteger();

		@Override
		public void progress(String task, double fractionDone) {
			if (task.contains("optimising")) {
				count.incrementAndGet();
			}
		}
	}
}
