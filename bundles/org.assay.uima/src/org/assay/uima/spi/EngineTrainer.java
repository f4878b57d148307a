/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.uima.spi;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;

/**
 * What an engine that learns contributes beside its {@link EngineFactory} (the {@code trainer} attribute of
 * {@code org.assay.engines}): it trains a model from gold texts, which the factory then reads from
 * {@link EngineContext#model()}. Assay's Train command, {@code assay train} and the learning loop all train
 * through it, by {@link org.assay.uima.Training}.
 */
public interface EngineTrainer {

	/**
	 * How to train: {@link #FULL} for a Train command, {@link #QUICK} for the learning loop (a small model made in
	 * seconds); {@code maxIterations} 0 leaves the trainer's own number. {@code warmStart} is a model file this
	 * engine wrote earlier, to start from rather than from nothing (the learning loop's previous model), or null; a
	 * trainer may ignore it, and trains from nothing when the file is missing or cannot be read.
	 * {@code projectTexts} are the texts of every document of the project, annotated or not, with no spans, for
	 * what a trainer learns without labels (the learned engine's quick model clusters its word classes from
	 * them), or null; a trainer may ignore them.
	 */
	record Settings(boolean quick, int maxIterations, Path warmStart, List<GoldText> projectTexts) {

		public static final Settings FULL = new Settings(false, 0);
		public static final Settings QUICK = new Settings(true, 0);

		public Settings {
			if (maxIterations < 0) {
				throw new IllegalArgumentException("maxIterations " + maxIterations);
			}
			projectTexts = projectTexts == null ? null : List.copyOf(projectTexts);
		}

		public Settings(boolean quick, int maxIterations) {
			this(quick, maxIterations, null, null);
		}

		/** The settings as they were before {@code projectTexts} (session 23): none. */
		public Settings(boolean quick, int maxIterations, Path warmStart) {
			this(quick, maxIterations, warmStart, null);
		}

		public Settings withMaxIterations(int n) {
			return new Settings(quick, n, warmStart, projectTexts);
		}

		public Settings withWarmStart(Path model) {
			return new Settings(quick, maxIterations, model, projectTexts);
		}

		public Settings withProjectTexts(List<GoldText> texts) {
			return new Settings(quick, maxIterations, warmStart, texts);
		}

		@Override
		public String toString() { // not the texts themselves
			return "Settings[quick=" + quick + ", maxIterations=" + maxIterations + ", warmStart=" + warmStart
					+ ", projectTexts=" + (projectTexts == null ? "none" : projectTexts.size()) + "]";
		}
	}

	/** Follows a training: what it does and how far it is, and whether the user asked to stop. */
	interface Progress {

		Progress NONE = (task, fractionDone) -> {
		};

		void progress(String task, double fractionDone);

		default boolean isCanceled() {
			return false;
		}
	}

	/** A trained model: the layers it learned, written in the form the engine's factory reads. */
	interface Model {

		List<String> layers();

		void write(OutputStream out) throws IOException;
	}

	/**
	 * Null when a heap of {@code maxHeap} bytes suffices for training on the texts; otherwise one line saying what
	 * is needed and how to give it (said before training starts, not as an out-of-memory error half-way).
	 */
	String shortfall(List<GoldText> texts, long maxHeap);

	/**
	 * Trains on the spans of each asked layer that has any in the texts; layers without any are left out.
	 *
	 * @throws CancellationException when {@code progress} said the user canceled
	 */
	Model train(List<GoldText> texts, List<String> layers, Settings settings, Progress progress);
}
