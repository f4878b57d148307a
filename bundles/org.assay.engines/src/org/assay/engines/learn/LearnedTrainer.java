/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.engines.learn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.assay.text.Segmentation;
import org.assay.text.Segmenter;
import org.assay.uima.spi.GoldText;

/**
 * Trains the learned engine: one sequence tagger per layer from gold texts, on their own tokens when they have
 * them (a corpus such as CoNLL-2003, read by its format), else segmented the way the engine segments new text.
 */
public final class LearnedTrainer {

	private final TrainingOptions options;
	private final TrainingOptions warmOptions;
	private final List<GoldText> classTexts;

	public LearnedTrainer(TrainingOptions options) {
		this(options, options);
	}

	/**
	 * @param warmOptions the options for a layer warm-started from a previous model's tagger (fewer iterations, as
	 *                    {@link TrainingOptions#quickWarm()}); {@code options} for a layer trained from scratch
	 */
	public LearnedTrainer(TrainingOptions options, TrainingOptions warmOptions) {
		this(options, warmOptions, null);
	}

	private LearnedTrainer(TrainingOptions options, TrainingOptions warmOptions, List<GoldText> classTexts) {
		this.options = options;
		this.warmOptions = warmOptions;
		this.classTexts = classTexts;
	}

	/**
	 * A trainer whose taggers take their word classes from these texts (a project's documents, annotated or not)
	 * when their options cluster none from the training text: see {@link TaggerTrainer#withWordClassText}. The
	 * texts are segmented only when a tagger needs them (not when it keeps the previous model's classes).
	 */
	public LearnedTrainer withWordClassTexts(List<GoldText> texts) {
		return new LearnedTrainer(options, warmOptions, texts == null ? null : List.copyOf(texts));
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
		List<Segmentation> segmented = segmented(texts);
		Supplier<List<TaggedDocument>> classText = classTexts == null ? null : wordsOnce(classTexts);
		for (int l = 0; l < layers.size(); l++) {
			String layer = layers.get(l);
			if (texts.stream().noneMatch(t -> t.spans().stream().anyMatch(s -> s.layer().equals(layer)))) {
				continue;
			}
			List<TaggedDocument> documents = tagged(texts, segmented, layer);
			int index = l;
			SequenceTagger before = previous == null ? null : previous.taggers().get(layer);
			TaggerTrainer trainer = new TaggerTrainer(before == null ? options : warmOptions);
			if (classText != null) {
				trainer = trainer.withWordClassText(classText);
			}
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

	/**
	 * The texts as the tagger learns from them: their words by sentence, each labelled BIO with the spans of one
	 * layer. A text's own tokens are used when it has them (a CoNLL corpus's), else the segmenter's.
	 */
	public static List<TaggedDocument> tagged(List<GoldText> texts, String layer) {
		return tagged(texts, segmented(texts), layer);
	}

	private static List<TaggedDocument> tagged(List<GoldText> texts, List<Segmentation> segmented, String layer) {
		List<TaggedDocument> documents = new ArrayList<>(texts.size());
		for (int i = 0; i < texts.size(); i++) {
			documents.add(TokenLabels.labelled(segmented.get(i), texts.get(i).spans(), layer));
		}
		return documents;
	}

	/** The texts' words by sentence, unlabelled, segmented when first asked for and then kept. */
	private static Supplier<List<TaggedDocument>> wordsOnce(List<GoldText> texts) {
		List<TaggedDocument> words = new ArrayList<>();
		return () -> {
			if (words.isEmpty()) {
				for (Segmentation s : segmented(texts)) {
					words.add(TaggedDocument.of(TokenLabels.labelled(s, List.of(), "").sentences()));
				}
			}
			return words;
		};
	}

	private static List<Segmentation> segmented(List<GoldText> texts) {
		List<Segmentation> segmented = new ArrayList<>(texts.size());
		for (GoldText t : texts) {
			segmented.add(t.tokens() != null ? t.tokens() : Segmenter.get().segment(t.text()));
		}
		return segmented;
	}
}
