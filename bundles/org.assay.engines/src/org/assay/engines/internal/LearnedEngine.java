/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.engines.internal;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngineDescription;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.resource.ResourceInitializationException;
import org.assay.engines.annotators.LearnedAnnotator;
import org.assay.engines.annotators.SegmenterAnnotator;
import org.assay.engines.learn.LearnedModel;
import org.assay.uima.spi.EngineContext;
import org.assay.uima.spi.EngineFactory;
import org.assay.uima.types.AssayTypes;

/** The {@code learned} engine: segmenter, then the model given for the run or the project's own. */
public final class LearnedEngine implements EngineFactory {

	@Override
	public AnalysisEngineDescription describe(EngineContext context) throws ResourceInitializationException {
		Path model = context.model();
		if (model == null && context.projectDir() != null) {
			model = context.projectDir().resolve(LearnedModel.PROJECT_FILE);
		}
		if (model == null || !Files.isRegularFile(model)) {
			throw new ResourceInitializationException(new IllegalStateException(
					"no trained model" + (model == null ? "" : " at " + model) + "; run 'assay train' first"));
		}
		return createEngineDescription(createEngineDescription(SegmenterAnnotator.class, AssayTypes.description()),
				createEngineDescription(LearnedAnnotator.class, AssayTypes.description(), LearnedAnnotator.PARAM_MODEL,
						model.toString()));
	}
}
