/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.engines.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;

import org.assay.engines.learn.LearnedModel;
import org.assay.engines.learn.LearnedTrainer;
import org.assay.engines.learn.TrainingCanceledException;
import org.assay.engines.learn.TrainingMemory;
import org.assay.engines.learn.TrainingMonitor;
import org.assay.engines.learn.TrainingOptions;
import org.assay.uima.spi.EngineTrainer;
import org.assay.uima.spi.GoldText;

/** Trains the learned engine: a CRF tagger per layer, the full model or the learning loop's quick one. */
public final class LearnedEngineTrainer implements EngineTrainer {

	@Override
	public String shortfall(List<GoldText> texts, long maxHeap) {
		return TrainingMemory.shortfall(TrainingMemory.tokensOf(texts), maxHeap);
	}

	@Override
	public Model train(List<GoldText> texts, List<String> layers, Settings settings, Progress progress) {
		TrainingOptions options = settings.quick() ? TrainingOptions.quick() : TrainingOptions.defaults();
		if (settings.maxIterations() > 0) {
			options = options.withMaxIterations(settings.maxIterations());
		}
		// a layer the previous model has starts from its weights, with fewer iterations for the quick model
		TrainingOptions warm = settings.quick() && settings.maxIterations() == 0 ? TrainingOptions.quickWarm()
				: options;
		LearnedModel previous = previous(settings.warmStart());
		TrainingMonitor monitor = new TrainingMonitor() {
			@Override
			public void progress(String task, double fractionDone) {
				progress.progress(task, fractionDone);
			}

			@Override
			public boolean isCanceled() {
				return progress.isCanceled();
			}
		};
		// word classes from the project's texts where the options cluster none from the training text (the quick model)
		LearnedTrainer trainer = new LearnedTrainer(options, warm).withWordClassTexts(settings.projectTexts());
		try {
			LearnedModel model = trainer.train(texts, layers, monitor, previous);
			return new Model() {
				@Override
				public List<String> layers() {
					return List.copyOf(model.taggers().keySet());
				}

				@Override
				public void write(java.io.OutputStream out) throws java.io.IOException {
					model.write(out);
				}
			};
		} catch (TrainingCanceledException e) {
			throw new CancellationException("training was canceled");
		}
	}

	/** The model to warm-start from; null when there is none or it cannot be read (then training starts afresh). */
	private static LearnedModel previous(Path file) {
		if (file == null || !Files.isRegularFile(file)) {
			return null;
		}
		try {
			return LearnedModel.load(file);
		} catch (IOException e) {
			return null;
		}
	}
}
