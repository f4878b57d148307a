/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.uima;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;

import org.assay.store.AtomicFiles;
import org.assay.store.IoReasons;
import org.assay.store.SafePaths;
import org.assay.uima.spi.EngineTrainer;
import org.assay.uima.spi.GoldText;

/**
 * Training an engine that learns, the one way the workbench's Train, {@code assay train} and the learning loop
 * do it: check there is something to learn and memory to learn it in, train through the engine's
 * {@link EngineTrainer}, and save the model in the project, whole or not at all.
 */
public final class Training {

	private Training() {
	}

	/**
	 * What a training made.
	 *
	 * @param layers    the layers the model learned
	 * @param documents how many texts it learned from
	 * @param model     where it was saved
	 * @param bytes     the model file's size
	 * @param seconds   how long training and saving took
	 */
	public record Result(List<String> layers, int documents, Path model, long bytes, double seconds) {
	}

	/**
	 * Trains the engine on the texts' decided spans of the layers and saves the model at {@code model}, which must
	 * be inside the project ({@code projectDir}) and replaces any model there only once it is whole.
	 *
	 * @throws EngineException       the engine does not learn, no text has a span of the layers, this Java's heap
	 *                               is too small (said before training), nothing was learned, or the model could
	 *                               not be written; the message says which, in words for the user
	 * @throws CancellationException the user canceled; nothing was written
	 */
	public static Result train(Engine engine, List<GoldText> texts, List<String> layers, EngineTrainer.Settings settings,
			Path projectDir, Path model, EngineTrainer.Progress progress) throws EngineException {
		long start = System.nanoTime();
		EngineTrainer trainer = engine.trainer();
		if (trainer == null) {
			throw new EngineException("the engine '" + engine.id() + "' does not learn");
		}
		if (texts.stream().noneMatch(t -> t.spans().stream().anyMatch(s -> layers.contains(s.layer())))) {
			throw new EngineException("nothing to learn: no document has accepted or corrected spans in the layer(s) "
					+ String.join(", ", layers));
		}
		String shortfall = trainer.shortfall(texts, Runtime.getRuntime().maxMemory());
		if (shortfall != null) {
			throw new EngineException(shortfall);
		}
		EngineTrainer.Model trained = trainer.train(texts, layers, settings, progress);
		if (trained.layers().isEmpty()) {
			throw new EngineException("nothing to learn: no gold spans in the layer(s) " + String.join(", ", layers));
		}
		if (progress.isCanceled()) {
			throw new CancellationException();
		}
		try {
			SafePaths.requireInside(projectDir, model); // models/ may not be a link out of the project
			Files.createDirectories(model.getParent());
			AtomicFiles.write(model, trained::write);
			return new Result(List.copyOf(trained.layers()), texts.size(), model, Files.size(model),
					(System.nanoTime() - start) / 1e9);
		} catch (IOException e) {
			throw new EngineException(model + ": cannot write the model: " + IoReasons.of(e), e);
		}
	}
}
