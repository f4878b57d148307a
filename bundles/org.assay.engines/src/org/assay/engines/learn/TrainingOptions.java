/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.engines.learn;

/**
 * Settings of {@link TaggerTrainer}. The defaults were chosen on a slice held out of the CoNLL-2003 training
 * set.
 *
 * @param maxIterations    upper bound on L-BFGS iterations per model
 * @param l2               weight of the squared L2 norm of the weights in the objective (c2)
 * @param minFeatureCount  features seen fewer times in the training data are dropped
 * @param threads          threads that share the gradient computation
 * @param documentFeatures whether to use features that look at other sentences of the document
 * @param bilou            encode spans as B/I/L/U/O internally (else B/I/O)
 * @param tolerance        stop when the objective improved by less than this per iteration, relatively, over the
 *                         last 5 iterations
 * @param wordClusters     whether to add word classes clustered from the training text (no labels used)
 * @param stackingFolds    0 for a single model; k > 1 for a second model that also sees what a first model found
 *                         elsewhere in the document, trained on first-model output from k-fold cross-validation
 * @param ruleFeatures     whether the words also carry what Assay's entity rules (the default entity engine, with
 *                         its word lists) found there, so that the model starts from the rules and learns from the
 *                         annotators' corrections when to trust them, in the labels of the project
 */
public record TrainingOptions(int maxIterations, double l2, int minFeatureCount, int threads,
		boolean documentFeatures, boolean bilou, double tolerance, boolean wordClusters, int stackingFolds,
		boolean ruleFeatures) {

	public TrainingOptions {
		if (maxIterations < 1 || l2 < 0 || minFeatureCount < 1 || threads < 1 || tolerance < 0 || stackingFolds < 0
				|| stackingFolds == 1) {
			throw new IllegalArgumentException("invalid training options");
		}
	}

	public static TrainingOptions defaults() {
		return new TrainingOptions(200, 0.3, 2, Math.max(1, Runtime.getRuntime().availableProcessors()),
				true, true, 1e-4, true, 2, false);
	}

	/**
	 * A small model for learning while annotating: few iterations, no word clusters, no second stage, and the
	 * entity rules' output among its features, so that a model trained on a few documents is not worse than the
	 * rules it replaces. The workbench's learning loop and the simulated-annotator benchmark both train with
	 * these.
	 */
	public static TrainingOptions quick() {
		return defaults().withMaxIterations(40).withWordClusters(false).withStackingFolds(0).withRuleFeatures(true);
	}

	/**
	 * The quick options for a model warm-started from the loop's previous one ({@link TaggerTrainer#train(
	 * java.util.List, TrainingMonitor, SequenceTagger)}): starting near the optimum, 15 iterations give a model
	 * as good as 40 from scratch (on CoNLL-2003, 200 documents warm-started from the model of 190: 16.9 edits per
	 * 1,000 held-out words against 16.6; 15 iterations from scratch: 20.6).
	 */
	public static TrainingOptions quickWarm() {
		return quick().withMaxIterations(15);
	}

	public TrainingOptions withMaxIterations(int value) {
		return new TrainingOptions(value, l2, minFeatureCount, threads,
				documentFeatures, bilou, tolerance, wordClusters, stackingFolds, ruleFeatures);
	}

	public TrainingOptions withL2(double value) {
		return new TrainingOptions(maxIterations, value, minFeatureCount, threads,
				documentFeatures, bilou, tolerance, wordClusters, stackingFolds, ruleFeatures);
	}

	public TrainingOptions withMinFeatureCount(int value) {
		return new TrainingOptions(maxIterations, l2, value, threads,
				documentFeatures, bilou, tolerance, wordClusters, stackingFolds, ruleFeatures);
	}

	public TrainingOptions withThreads(int value) {
		return new TrainingOptions(maxIterations, l2, minFeatureCount, value,
				documentFeatures, bilou, tolerance, wordClusters, stackingFolds, ruleFeatures);
	}

	public TrainingOptions withDocumentFeatures(boolean value) {
		return new TrainingOptions(maxIterations, l2, minFeatureCount, threads,
				value, bilou, tolerance, wordClusters, stackingFolds, ruleFeatures);
	}

	public TrainingOptions withBilou(boolean value) {
		return new TrainingOptions(maxIterations, l2, minFeatureCount, threads,
				documentFeatures, value, tolerance, wordClusters, stackingFolds, ruleFeatures);
	}

	public TrainingOptions withTolerance(double value) {
		return new TrainingOptions(maxIterations, l2, minFeatureCount, threads,
				documentFeatures, bilou, value, wordClusters, stackingFolds, ruleFeatures);
	}

	public TrainingOptions withWordClusters(boolean value) {
		return new TrainingOptions(maxIterations, l2, minFeatureCount, threads,
				documentFeatures, bilou, tolerance, value, stackingFolds, ruleFeatures);
	}

	public TrainingOptions withStackingFolds(int value) {
		return new TrainingOptions(maxIterations, l2, minFeatureCount, threads,
				documentFeatures, bilou, tolerance, wordClusters, value, ruleFeatures);
	}

	public TrainingOptions withRuleFeatures(boolean value) {
		return new TrainingOptions(maxIterations, l2, minFeatureCount, threads,
				documentFeatures, bilou, tolerance, wordClusters, stackingFolds, value);
	}
}
