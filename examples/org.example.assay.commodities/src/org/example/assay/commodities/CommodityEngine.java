/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.example.assay.commodities;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngineDescription;

import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.resource.ResourceInitializationException;
import org.assay.uima.spi.EngineContext;
import org.assay.uima.spi.EngineFactory;
import org.assay.uima.types.AssayTypes;

/** The {@code commodities} engine, contributed to {@code org.assay.engines}: one annotator, no Eclipse in it. */
public final class CommodityEngine implements EngineFactory {

	@Override
	public AnalysisEngineDescription describe(EngineContext context) throws ResourceInitializationException {
		return createEngineDescription(CommodityAnnotator.class, AssayTypes.description());
	}
}
