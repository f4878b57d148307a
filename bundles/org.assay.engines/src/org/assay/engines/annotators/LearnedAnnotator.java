/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.engines.annotators;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.fit.component.CasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.resource.ResourceInitializationException;
import org.assay.engines.learn.Mention;
import org.assay.engines.learn.SequenceTagger;
import org.assay.engines.learn.LearnedModel;
import org.assay.engines.learn.TokenLabels;
import org.assay.text.Segmentation;

/**
 * Proposes what a {@link LearnedModel} was trained to find: entity spans, and claims (content, source and cue
 * spans, joined by claimant and cue links). The model is loaded once per file and shared.
 */
public class LearnedAnnotator extends CasAnnotator_ImplBase {

	/** The model file, written by {@code train}. */
	public static final String PARAM_MODEL = "model";
	@ConfigurationParameter(name = PARAM_MODEL)
	private String modelFile;

	private LearnedModel model;

	@Override
	public void initialize(UimaContext context) throws ResourceInitializationException {
		super.initialize(context);
		try {
			model = LearnedModel.load(Path.of(modelFile));
		} catch (IOException e) {
			throw new ResourceInitializationException(e);
		}
	}

	@Override
	public void process(CAS cas) throws AnalysisEngineProcessException {
		Segmentation s = CasSegmentation.of(cas);
		var words = TokenLabels.words(s);
		for (Map.Entry<String, SequenceTagger> e : model.taggers().entrySet()) {
			List<Found> found = new ArrayList<>();
			for (Mention m : e.getValue().tag(words)) {
				int[] extent = TokenLabels.extent(s, m);
				found.add(new Found(m, CasSpans.add(cas, extent[0], extent[1], e.getKey(), m.type(), m.confidence())));
			}
			if (e.getKey().equals("claim")) {
				link(cas, found);
			}
		}
	}

	/** Joins each claim content to the nearest cue, and through it to the nearest source. */
	private static void link(CAS cas, List<Found> found) {
		for (Found claim : found) {
			if (!claim.mention.type().equals("CLAIM")) {
				continue;
			}
			Found cue = nearest(found, claim, "CUE");
			if (cue == null) {
				continue;
			}
			CasSpans.link(cas, claim.fs, cue.fs, "cue", Math.min(claim.mention.confidence(), cue.mention.confidence()));
			Found source = nearest(found, cue, "SOURCE");
			if (source != null) {
				CasSpans.link(cas, claim.fs, source.fs, "claimant",
						Math.min(cue.mention.confidence(), source.mention.confidence()));
			}
		}
	}

	private static Found nearest(List<Found> found, Found from, String type) {
		Found best = null;
		int bestDistance = Integer.MAX_VALUE;
		for (Found f : found) {
			if (!f.mention.type().equals(type) || Math.abs(f.mention.sentence() - from.mention.sentence()) > 1) {
				continue;
			}
			int distance = f.fs.getBegin() >= from.fs.getEnd() ? f.fs.getBegin() - from.fs.getEnd()
					: Math.max(0, from.fs.getBegin() - f.fs.getEnd());
			if (f.mention.sentence() != from.mention.sentence()) {
				distance += 10_000;
			}
			if (distance < bestDistance) {
				bestDistance = distance;
				best = f;
			}
		}
		return best;
	}

	private record Found(Mention mention, AnnotationFS fs) {
	}
}
