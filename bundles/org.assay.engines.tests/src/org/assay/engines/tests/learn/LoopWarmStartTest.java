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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.assay.engines.internal.LearnedEngineTrainer;
import org.assay.engines.learn.BioTags;
import org.assay.engines.learn.LearnedModel;
import org.assay.engines.learn.Mention;
import org.assay.engines.learn.TaggedDocument;
import org.assay.text.Segmentation;
import org.assay.uima.spi.EngineTrainer;
import org.assay.uima.spi.GoldText;
import org.assay.uima.spi.TextSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The learned engine's trainer as the learning loop calls it: warm-started from the loop's previous model file. */
class LoopWarmStartTest {

	@TempDir
	Path dir;

	@Test
	void theLoopsNextModelStartsFromItsPreviousOneWithFewerIterations() throws IOException {
		List<GoldText> texts = texts(SyntheticCorpus.documents(30, 1));
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
		List<GoldText> texts = texts(SyntheticCorpus.documents(10, 2));
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

	/** Each document as a text of its words, one sentence a line, with its own tokens and its spans. */
	private static List<GoldText> texts(List<TaggedDocument> documents) {
		List<GoldText> texts = new ArrayList<>();
		for (TaggedDocument d : documents) {
			StringBuilder text = new StringBuilder();
			List<int[]> words = new ArrayList<>();
			int[] starts = new int[d.sentences().size()];
			int[] ends = new int[d.sentences().size()];
			for (int s = 0; s < d.sentences().size(); s++) {
				starts[s] = words.size();
				for (String w : d.sentences().get(s)) {
					words.add(new int[] { text.length(), text.length() + w.length() });
					text.append(w).append(' ');
				}
				ends[s] = words.size();
				text.append('\n');
			}
			int[] begins = words.stream().mapToInt(w -> w[0]).toArray();
			int[] stops = words.stream().mapToInt(w -> w[1]).toArray();
			List<TextSpan> spans = new ArrayList<>();
			for (int s = 0; s < d.sentences().size(); s++) {
				for (Mention m : BioTags.spans(s, d.labels().get(s))) {
					spans.add(new TextSpan(begins[starts[s] + m.start()], stops[starts[s] + m.end() - 1], "entity", m.type()));
				}
			}
			texts.add(new GoldText("d" + texts.size(), text.toString(), spans,
					new Segmentation(text.toString(), begins, stops, starts, ends)));
		}
		return texts;
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
