/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.example.assay.commodities;

import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.fit.component.CasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.assay.text.Segmentation;
import org.assay.text.Segmenter;
import org.assay.uima.types.AssayTypes;

/**
 * Proposes a {@code COMMODITY} span wherever the text has a term of the {@link Gazetteer} (whole tokens, the
 * longest term first), as an {@code org.assay.type.Span} of layer {@code entity}. Tokens are Assay's
 * ({@link Segmenter}), so that spans fall on the same boundaries as the editor's.
 */
public class CommodityAnnotator extends CasAnnotator_ImplBase {

	public static final String PARAM_LAYER = "layer";
	@ConfigurationParameter(name = PARAM_LAYER, defaultValue = "entity")
	private String layer;

	public static final String PARAM_LABEL = "label";
	@ConfigurationParameter(name = PARAM_LABEL, defaultValue = "COMMODITY")
	private String label;

	/** A gazetteer is sure of a listed word, less of one that has other senses too ("oil" in "oil painting"). */
	public static final double CONFIDENCE = 0.9;

	@Override
	public void process(CAS cas) throws AnalysisEngineProcessException {
		Segmentation segmentation = Segmenter.get().segment(cas.getDocumentText());
		Type span = cas.getTypeSystem().getType(AssayTypes.SPAN);
		for (int[] match : Gazetteer.get().find(segmentation)) {
			AnnotationFS fs = cas.createAnnotation(span, match[0], match[1]);
			fs.setStringValue(span.getFeatureByBaseName(AssayTypes.F_LAYER), layer);
			fs.setStringValue(span.getFeatureByBaseName(AssayTypes.F_LABEL), label);
			fs.setDoubleValue(span.getFeatureByBaseName(AssayTypes.F_CONFIDENCE), CONFIDENCE);
			cas.addFsToIndexes(fs);
		}
	}
}
