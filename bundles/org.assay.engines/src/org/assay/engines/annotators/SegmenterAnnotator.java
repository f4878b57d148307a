/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.engines.annotators;

import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Type;
import org.apache.uima.fit.component.CasAnnotator_ImplBase;
import org.assay.text.Segmentation;
import org.assay.text.Segmenter;
import org.assay.uima.types.AssayTypes;

/**
 * Adds {@code org.assay.type.Sentence} and {@code Token} annotations, from {@link Segmenter}; a CAS that holds
 * tokens already (a document's own, such as a CoNLL import's, put there by the bridge) keeps them.
 */
public class SegmenterAnnotator extends CasAnnotator_ImplBase {

	@Override
	public void process(CAS cas) throws AnalysisEngineProcessException {
		Type token = cas.getTypeSystem().getType(AssayTypes.TOKEN);
		Type sentence = cas.getTypeSystem().getType(AssayTypes.SENTENCE);
		if (cas.getAnnotationIndex(token).size() > 0) {
			return;
		}
		Segmentation s = Segmenter.get().segment(cas.getDocumentText());
		for (int i = 0; i < s.tokenCount(); i++) {
			cas.addFsToIndexes(cas.createAnnotation(token, s.tokenBegins()[i], s.tokenEnds()[i]));
		}
		for (int i = 0; i < s.sentenceCount(); i++) {
			cas.addFsToIndexes(cas.createAnnotation(sentence, s.sentenceBegin(i), s.sentenceEnd(i)));
		}
	}
}
