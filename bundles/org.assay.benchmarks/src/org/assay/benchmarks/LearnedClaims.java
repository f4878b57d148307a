/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.assay.benchmarks.PolnearCorpus.Article;
import org.assay.engines.claims.Claim;
import org.assay.engines.claims.ClaimAssembler;
import org.assay.engines.claims.ClaimFinder;
import org.assay.engines.claims.ClaimMerger;
import org.assay.engines.claims.ClaimTagging;
import org.assay.engines.learn.Mention;
import org.assay.engines.learn.SequenceTagger;
import org.assay.engines.learn.TaggedDocument;
import org.assay.engines.learn.TaggerTrainer;
import org.assay.engines.learn.TrainingCanceledException;
import org.assay.engines.learn.TrainingMonitor;
import org.assay.engines.learn.TrainingOptions;
import org.assay.text.Segmentation;
import org.assay.text.Segmenter;

/**
 * The learned claim path of {@link ClaimBenchmark}: trains the CRF sequence tagger on PolNeAR train with
 * BIO labels for SOURCE, CUE and CONTENT, tags the evaluated split, and scores three ways of using the tags:
 * claims assembled from the tags alone; the rules' claims plus the compatible assembled ones; and the rules
 * run with the tagger's cues added to their own cue words.
 */
final class LearnedClaims {

	private LearnedClaims() {
	}

	/**
	 * Trains (or, when {@code model} names an existing file, loads) the tagger and scores it alone and
	 * together with the rules.
	 */
	static void run(Path root, String split, List<Article> articles, List<Segmentation> segmentations,
			List<List<Claim>> ruleClaims, long chars, TrainingOptions options, Path model)
			throws IOException, TrainingCanceledException {
		SequenceTagger tagger;
		if (model != null && Files.exists(model)) {
			try (InputStream in = Files.newInputStream(model)) {
				tagger = SequenceTagger.read(in);
			}
			System.out.printf(Locale.ROOT, "learned: model read from %s%n", model);
		} else {
			tagger = train(root, options);
			if (model != null) {
				try (OutputStream out = Files.newOutputStream(model)) {
					tagger.write(out);
				}
			}
		}
		ClaimAssembler assembler = new ClaimAssembler();
		List<List<Claim>> predicted = new ArrayList<>();
		List<List<Claim>> combined = new ArrayList<>();
		List<List<Claim>> hybrid = new ArrayList<>();
		ClaimFinder finder = new ClaimFinder();
		long tagStart = System.nanoTime();
		for (int d = 0; d < segmentations.size(); d++) {
			Segmentation segmentation = segmentations.get(d);
			List<Mention> spans = new ArrayList<>();
			for (Mention m : tagger.tag(TaggedDocument.of(ClaimTagging.sentences(segmentation)))) {
				spans.add(new Mention(m.sentence(), m.start(), m.end(), m.type(), m.confidence()));
			}
			List<Claim> claims = assembler.assemble(segmentation, spans, List.of());
			predicted.add(claims);
			combined.add(ClaimMerger.merge(ruleClaims.get(d), claims));
			hybrid.add(finder.find(segmentation, List.of(), spans));
		}
		double seconds = (System.nanoTime() - tagStart) / 1e9;
		ClaimBenchmark.report("learned", articles, predicted, seconds, chars);
		ClaimBenchmark.report("rules+learned claims", articles, combined, seconds, chars);
		ClaimBenchmark.report("rules+learned cues", articles, hybrid, seconds, chars);
	}

	private static SequenceTagger train(Path root, TrainingOptions options) throws IOException,
			TrainingCanceledException {
		List<Article> train = PolnearCorpus.read(root, "train");
		List<TaggedDocument> documents = new ArrayList<>();
		for (Article article : train) {
			Segmentation segmentation = Segmenter.get().segment(article.text());
			documents.add(new TaggedDocument(ClaimTagging.sentences(segmentation),
					ClaimTagging.labels(segmentation, article.attributions())));
		}
		long start = System.nanoTime();
		SequenceTagger tagger = new TaggerTrainer(options).train(documents, new TrainingMonitor() {
			private String last = "";

			@Override
			public void progress(String task, double fractionDone) {
				if (!task.equals(last)) {
					System.err.printf(Locale.ROOT, "  %6.1fs %s%n", (System.nanoTime() - start) / 1e9, task);
				}
				last = task;
			}

			@Override
			public boolean isCanceled() {
				return false;
			}
		});
		System.out.printf(Locale.ROOT, "learned: trained on %d articles in %.1f s (%d iterations max)%n",
				documents.size(), (System.nanoTime() - start) / 1e9, options.maxIterations());
		return tagger;
	}
}
