/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.engines.learn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * Trains a {@link SequenceTagger}: a linear-chain CRF fitted by L-BFGS on L2-regularised conditional
 * log-likelihood, optionally stacked: a second CRF that also sees the first one's labels for the other
 * occurrences of each word in the document. The second CRF learns from first-stage output on documents the
 * first stage was not trained on (k-fold), so that it learns how far to trust that output.
 */
public final class TaggerTrainer {

	/** The numbers of classes word classes are clustered into, coarse and fine, and how often a word must occur. */
	private static final int[] CLASS_SIZES = { 64, 256 };
	private static final int CLASS_MIN_COUNT = 3;

	private final TrainingOptions options;
	private final Supplier<List<TaggedDocument>> classText;

	public TaggerTrainer(TrainingOptions options) {
		this(options, null);
	}

	private TaggerTrainer(TrainingOptions options, Supplier<List<TaggedDocument>> classText) {
		this.options = Objects.requireNonNull(options, "options");
		this.classText = classText;
	}

	/**
	 * A trainer whose models, when their options cluster no word classes from the training text
	 * ({@link TrainingOptions#wordClusters()} false), take word classes clustered from this text instead: a
	 * project's documents, annotated or not (no labels are used). A model warm-started from a previous one that
	 * has word classes keeps that model's, so that its weights for them still mean the same classes (and nothing is
	 * clustered again; the text is then not asked for). This is how the learning loop's quick model learns from the
	 * whole project's text.
	 */
	public TaggerTrainer withWordClassText(Supplier<List<TaggedDocument>> text) {
		return new TaggerTrainer(options, Objects.requireNonNull(text, "text"));
	}

	public TaggerTrainer() {
		this(TrainingOptions.defaults());
	}

	/**
	 * Trains on labelled documents (BIO or IOB1 labels; types are whatever follows "B-"/"I-").
	 *
	 * @throws TrainingCanceledException when the monitor asked to stop
	 * @throws IllegalArgumentException  when a document has no labels or there are no words at all
	 */
	public SequenceTagger train(List<TaggedDocument> documents, TrainingMonitor monitor)
			throws TrainingCanceledException {
		return train(documents, monitor, null);
	}

	/**
	 * Trains as {@link #train(List, TrainingMonitor)}, but a single-stage model (no second stage, or too few
	 * documents for one) starts from the weights a previous tagger gave to the same features and labels instead
	 * of from zero (a warm start): when the documents are the previous ones and a few more, as in learning while
	 * annotating, the optimiser starts near where it will end. Features and labels the previous tagger did not
	 * know start at zero; the previous tagger may be null.
	 */
	public SequenceTagger train(List<TaggedDocument> documents, TrainingMonitor monitor, SequenceTagger previous)
			throws TrainingCanceledException {
		TrainingMonitor mon = monitor == null ? TrainingMonitor.NONE : monitor;
		TreeSet<String> typeSet = new TreeSet<>();
		List<List<List<Mention>>> spans = new ArrayList<>();
		for (TaggedDocument doc : documents) {
			if (!doc.isLabeled()) {
				throw new IllegalArgumentException("a training document has no labels");
			}
			List<List<Mention>> docSpans = new ArrayList<>();
			for (int s = 0; s < doc.labels().size(); s++) {
				List<Mention> ms = BioTags.spans(s, doc.labels().get(s));
				ms.forEach(m -> typeSet.add(m.type()));
				docSpans.add(ms);
			}
			spans.add(docSpans);
		}
		LabelSet labels = new LabelSet(new ArrayList<>(typeSet), options.bilou());
		WordClusters clusters = wordClasses(documents, previous);
		FeatureExtractor extractor = new FeatureExtractor(options.documentFeatures(), clusters, options.ruleFeatures());
		int folds = options.stackingFolds();
		if (folds == 0 || documents.size() < folds) {
			Progress progress = new Progress(mon, "", 0, 1);
			Features features = extract(extractor, documents, spans, null, labels, progress);
			double[] start = previous == null ? null : warmStart(previous, features);
			return tagger(extractor, labels, features, fit(features, -1, 0, start, progress), null);
		}
		// the first stage: one model per fold for the second stage to learn from, then one on everything,
		// all sharing one feature table so that the fold models' mean can start the last one off
		double share = 1.0 / (folds + 3);
		Features firstFeatures = extract(extractor, documents, spans, null, labels,
				new Progress(mon, "First stage: ", 0, share));
		List<List<Mention>> firstOutput = new ArrayList<>(documents.size());
		documents.forEach(d -> firstOutput.add(null));
		double[] mean = null;
		for (int k = 0; k < folds; k++) {
			Progress progress = new Progress(mon, "Fold " + (k + 1) + "/" + folds + ": ", (k + 1) * share,
					(k + 2) * share);
			double[] w = fit(firstFeatures, folds, k, null, progress);
			SequenceTagger foldTagger = tagger(extractor, labels, firstFeatures, w, null);
			for (int d = k; d < documents.size(); d += folds) {
				firstOutput.set(d, foldTagger.tag(documents.get(d)));
			}
			if (mean == null) {
				mean = new double[w.length];
			}
			for (int i = 0; i < w.length; i++) {
				mean[i] += w[i] / folds;
			}
		}
		Progress firstProgress = new Progress(mon, "First stage: ", (folds + 1) * share, (folds + 2) * share);
		double[] firstWeights = fit(firstFeatures, -1, 0, mean, firstProgress);
		SequenceTagger first = tagger(extractor, labels, firstFeatures, firstWeights, null);
		mean = null;

		Progress secondProgress = new Progress(mon, "Second stage: ", (folds + 2) * share, 1);
		Features second = extract(extractor, documents, spans, firstOutput, labels, secondProgress);
		// start from the first stage's weights: the second stage has all its features and a few more
		ChainModel secondModel = new ChainModel(labels, second.alphabet().size());
		double[] start = new double[secondModel.size];
		int nl = labels.size();
		for (int f = 0; f < second.alphabet().size(); f++) {
			int old = firstFeatures.alphabet().get(second.alphabet().name(f));
			if (old >= 0) {
				System.arraycopy(firstWeights, old * nl, start, f * nl, nl);
			}
		}
		int tail = secondModel.size - secondModel.transOffset;
		System.arraycopy(firstWeights, firstWeights.length - tail, start, secondModel.transOffset, tail);
		return tagger(extractor, labels, second, fit(second, -1, 0, start, secondProgress), first);
	}

	/** The training text's word classes, the given text's (or the previous model's), or none. */
	private WordClusters wordClasses(List<TaggedDocument> documents, SequenceTagger previous) {
		if (options.wordClusters()) {
			return WordClusters.build(documents, CLASS_MIN_COUNT, CLASS_SIZES);
		}
		if (classText == null) {
			return null;
		}
		WordClusters kept = previous == null ? null : previous.extractor().clusters();
		return kept != null ? kept : WordClusters.build(classText.get(), CLASS_MIN_COUNT, CLASS_SIZES);
	}

	/** A previous tagger's weights laid out for new features and labels, matched by name; zero where it has none. */
	private static double[] warmStart(SequenceTagger previous, Features features) {
		LabelSet labels = features.labels();
		LabelSet old = previous.labels();
		int nl = labels.size();
		int ol = old.size();
		int[] oldLabel = new int[nl];
		Map<String, Integer> oldByName = new HashMap<>();
		for (int y = 0; y < ol; y++) {
			oldByName.put(old.name(y), y);
		}
		for (int y = 0; y < nl; y++) {
			oldLabel[y] = oldByName.getOrDefault(labels.name(y), -1);
		}
		ChainModel model = new ChainModel(labels, features.alphabet().size());
		ChainModel oldModel = new ChainModel(old, previous.features().size());
		float[] w = previous.weights();
		double[] start = new double[model.size];
		for (int f = 0; f < features.alphabet().size(); f++) {
			int of = previous.features().get(features.alphabet().name(f));
			if (of < 0) {
				continue;
			}
			for (int y = 0; y < nl; y++) {
				if (oldLabel[y] >= 0) {
					start[f * nl + y] = w[of * ol + oldLabel[y]];
				}
			}
		}
		for (int y = 0; y < nl; y++) {
			if (oldLabel[y] < 0) {
				continue;
			}
			start[model.startOffset + y] = w[oldModel.startOffset + oldLabel[y]];
			start[model.endOffset + y] = w[oldModel.endOffset + oldLabel[y]];
			for (int p = 0; p < nl; p++) {
				if (oldLabel[p] >= 0) {
					start[model.transOffset + p * nl + y] = w[oldModel.transOffset + oldLabel[p] * ol + oldLabel[y]];
				}
			}
		}
		return start;
	}

	/** Reports progress of one part of the training as a share of the whole. */
	private record Progress(TrainingMonitor monitor, String prefix, double from, double to) {

		void report(String task, double fraction) throws TrainingCanceledException {
			if (monitor.isCanceled()) {
				throw new TrainingCanceledException();
			}
			monitor.progress(prefix + task, from + (to - from) * fraction);
		}
	}

	/** The training sentences as feature ids, with the document each comes from. */
	private record Features(Alphabet alphabet, LabelSet labels, List<CrfObjective.Sequence> sentences,
			int[] documentOf) {
	}

	private Features extract(FeatureExtractor extractor, List<TaggedDocument> documents,
			List<List<List<Mention>>> spans, List<List<Mention>> firstOutput, LabelSet labels, Progress progress)
			throws TrainingCanceledException {
		// features of every word, counted, then the rare ones dropped
		Alphabet all = new Alphabet(1 << 20);
		int[] counts = new int[1 << 20];
		List<int[][]> featsBySentence = new ArrayList<>();
		List<int[]> gold = new ArrayList<>();
		List<Integer> documentOf = new ArrayList<>();
		for (int d = 0; d < documents.size(); d++) {
			progress.report("extracting features", (double) d / documents.size());
			TaggedDocument doc = documents.get(d);
			List<String[][]> names = extractor.extract(doc.sentences(),
					firstOutput == null ? null : firstOutput.get(d));
			for (int s = 0; s < names.size(); s++) {
				String[][] words = names.get(s);
				if (words.length == 0) {
					continue;
				}
				int[][] ids = new int[words.length][];
				for (int i = 0; i < words.length; i++) {
					ids[i] = new int[words[i].length];
					for (int k = 0; k < words[i].length; k++) {
						int id = all.add(words[i][k]);
						if (id >= counts.length) {
							counts = Arrays.copyOf(counts, counts.length * 2);
						}
						counts[id]++;
						ids[i][k] = id;
					}
				}
				featsBySentence.add(ids);
				gold.add(labels.encode(words.length, spans.get(d).get(s)));
				documentOf.add(d);
			}
		}
		if (featsBySentence.isEmpty()) {
			throw new IllegalArgumentException("no words to train on");
		}
		int[] remap = new int[all.size()];
		Alphabet kept = new Alphabet(all.size() / 4);
		for (int id = 0; id < all.size(); id++) {
			remap[id] = counts[id] >= options.minFeatureCount() ? kept.add(all.name(id)) : -1;
		}
		List<CrfObjective.Sequence> data = new ArrayList<>(featsBySentence.size());
		for (int k = 0; k < featsBySentence.size(); k++) {
			int[][] ids = featsBySentence.get(k);
			for (int i = 0; i < ids.length; i++) {
				ids[i] = Arrays.stream(ids[i]).map(id -> remap[id]).filter(id -> id >= 0).toArray();
			}
			data.add(new CrfObjective.Sequence(ids, gold.get(k)));
		}
		return new Features(kept, labels, data, documentOf.stream().mapToInt(Integer::intValue).toArray());
	}

	/**
	 * Fits weights on the sentences of the documents outside fold {@code fold} of {@code folds} (all
	 * sentences when folds is -1), starting from {@code start} when given.
	 */
	private double[] fit(Features features, int folds, int fold, double[] start, Progress progress)
			throws TrainingCanceledException {
		List<CrfObjective.Sequence> data = new ArrayList<>();
		for (int k = 0; k < features.sentences().size(); k++) {
			if (folds < 0 || features.documentOf()[k] % folds != fold) {
				data.add(features.sentences().get(k));
			}
		}
		ChainModel model = new ChainModel(features.labels(), features.alphabet().size());
		double[] w = start == null ? new double[model.size] : start.clone();
		ExecutorService executor = Executors.newFixedThreadPool(options.threads(), r -> {
			Thread t = new Thread(r, "tagger-training");
			t.setDaemon(true);
			return t;
		});
		try {
			CrfObjective objective = new CrfObjective(model, data, options.l2(), options.threads(), executor);
			int max = options.maxIterations();
			new Lbfgs(10, max, options.tolerance()).minimize(objective, w,
					(iteration, value) -> progress.report("optimising, objective " + Math.round(value),
							(double) iteration / max));
		} finally {
			executor.shutdownNow();
		}
		progress.report("done", 1);
		return w;
	}

	private static SequenceTagger tagger(FeatureExtractor extractor, LabelSet labels, Features features,
			double[] w, SequenceTagger first) {
		float[] weights = new float[w.length];
		for (int i = 0; i < w.length; i++) {
			weights[i] = (float) w[i];
		}
		return new SequenceTagger(extractor, labels, features.alphabet(), weights, first);
	}
}
