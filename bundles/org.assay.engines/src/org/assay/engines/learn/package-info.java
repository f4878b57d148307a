/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * A trainable tagger for typed spans (named entities, claim parts), in plain Java with no dependencies.
 * {@link org.assay.engines.learn.TaggerTrainer} fits a linear-chain CRF by L-BFGS on documents labelled with
 * BIO or IOB1 tags; the resulting {@link org.assay.engines.learn.SequenceTagger} returns
 * {@link org.assay.engines.learn.Mention}s with their marginal probabilities, and reads and writes a compact
 * versioned model file. Features come from the words alone: shapes, affixes, neighbours, word classes
 * clustered from the training text, what the rest of the document says about each word, and optionally a
 * first tagger's decisions elsewhere in the document (a stacked second stage). The learned engine's side is
 * here too: {@link org.assay.engines.learn.LearnedTrainer} trains from a project's decided spans,
 * {@link org.assay.engines.learn.LearnedModel} keeps the trained taggers in one model file, and
 * {@link org.assay.engines.learn.TokenLabels} turns spans into per-token labels and back.
 */
package org.assay.engines.learn;
