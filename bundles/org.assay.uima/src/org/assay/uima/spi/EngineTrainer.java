/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.uima.spi;

import java.io.IOException;
import java.io.OutputStream;
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
	 * seconds); {@code maxIterations} 0 leaves the trainer's own number.
	 */
	record Settings(boolean quick, int maxIterations) {

		public static final Settings FULL = new Settings(false, 0);
		public static final Settings QUICK = new Settings(true, 0);

		public Settings {
			if (maxIterations < 0) {
				throw new IllegalArgumentException("maxIterations " + maxIterations);
			}
		}

		public Settings withMaxIterations(int n) {
			return new Settings(quick, n);
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
