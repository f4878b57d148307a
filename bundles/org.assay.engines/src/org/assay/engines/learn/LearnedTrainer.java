/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.engines.learn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.assay.text.Segmentation;
import org.assay.text.Segmenter;
import org.assay.uima.spi.GoldText;
import org.assay.uima.spi.TextSpan;

/**
 * Trains the learned engine: one sequence tagger per layer from gold texts (segmented the way the engine will
 * segment new text), or an entity tagger straight from a tagged corpus such as CoNLL-2003.
 */
public final class LearnedTrainer {

	private final TrainingOptions options;
	private final TrainingOptions warmOptions;

	public LearnedTrainer(TrainingOptions options) {
		this(options, options);
	}

	/**
	 * @param warmOptions the options for a layer warm-started from a previous model's tagger (fewer iterations, as
	 *                    {@link TrainingOptions#quickWarm()}); {@code options} for a layer trained from scratch
	 */
	public LearnedTrainer(TrainingOptions options, TrainingOptions warmOptions) {
		this.options = options;
		this.warmOptions = warmOptions;
	}

	/** Trains a tagger for each of the layers that has gold spans; layers without any are left out. */
	public LearnedModel train(List<GoldText> texts, List<String> layers, TrainingMonitor monitor)
			throws TrainingCanceledException {
		return train(texts, layers, monitor, null);
	}

	/**
	 * As {@link #train(List, List, TrainingMonitor)}, each layer's tagger warm-started from the previous model's
	 * tagger of that layer when it has one (see {@link TaggerTrainer#train(List, TrainingMonitor, SequenceTagger)}).
	 *
	 * @param previous a model trained earlier on some of the same texts, or null
	 */
	public LearnedModel train(List<GoldText> texts, List<String> layers, TrainingMonitor monitor,
			LearnedModel previous) throws TrainingCanceledException {
		Map<String, SequenceTagger> taggers = new LinkedHashMap<>();
		List<Segmentation> segmented = new ArrayList<>();
		for (GoldText t : texts) {
			segmented.add(Segmenter.get().segment(t.text()));
		}
		for (int l = 0; l < layers.size(); l++) {
			String layer = layers.get(l);
			List<TaggedDocument> documents = new ArrayList<>();
			boolean any = false;
			for (int i = 0; i < texts.size(); i++) {
				List<TextSpan> spans = texts.get(i).spans();
				any |= spans.stream().anyMatch(s -> s.layer().equals(layer));
				documents.add(TokenLabels.labelled(segmented.get(i), spans, layer));
			}
			if (!any) {
				continue;
			}
			int index = l;
			SequenceTagger before = previous == null ? null : previous.taggers().get(layer);
			TaggerTrainer trainer = new TaggerTrainer(before == null ? options : warmOptions);
			taggers.put(layer, trainer.train(documents, new TrainingMonitor() {
				@Override
				public void progress(String task, double fractionDone) {
					monitor.progress(layer + ": " + task, (index + fractionDone) / layers.size());
				}

				@Override
				public boolean isCanceled() {
					return monitor.isCanceled();
				}
			}, before));
		}
		return new LearnedModel(taggers, texts.size());
	}

	/** Trains an entity tagger from documents already tokenised and tagged (a corpus such as CoNLL-2003). */
	public LearnedModel trainEntities(List<TaggedDocument> documents, TrainingMonitor monitor)
			throws TrainingCanceledException {
		SequenceTagger tagger = new TaggerTrainer(options).train(documents, monitor);
		return new LearnedModel(Map.of("entity", tagger), documents.size());
	}
}
