/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.assay.engines.learn.BioTags;
import org.assay.engines.learn.Mention;
import org.assay.engines.learn.SequenceTagger;
import org.assay.engines.learn.TaggedDocument;
import org.assay.engines.learn.TaggerTrainer;
import org.assay.engines.learn.TrainingMonitor;
import org.assay.engines.learn.TrainingOptions;
import org.assay.engines.learn.conll.ConllEval;

/**
 * Trains the sequence tagger on a CoNLL-2003 file and scores it on another: training time, model size,
 * tagging speed and phrase-level P/R/F1 per type. With {@code --heldout F} it scores on the last fraction F
 * of the training documents instead (and does not train on them), which is what model selection should use.
 */
public final class NerBenchmark {

	private NerBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length < 2) {
			System.err.println("usage: NerBenchmark TRAIN_FILE TEST_FILE [--out MODEL] [--errors FILE]"
					+ " [--heldout FRACTION] [--l2 C] [--iterations N] [--min-count N] [--threads N] [--folds K]"
					+ " [--bio] [--no-document-features] [--no-clusters] [--rules]");
			System.exit(2);
		}
		TrainingOptions options = TrainingOptions.defaults();
		Path out = null;
		Path errors = null;
		double heldout = 0;
		for (int i = 2; i < args.length; i++) {
			switch (args[i]) {
			case "--out" -> out = Path.of(args[++i]);
			case "--errors" -> errors = Path.of(args[++i]);
			case "--heldout" -> heldout = Double.parseDouble(args[++i]);
			case "--l2" -> options = options.withL2(Double.parseDouble(args[++i]));
			case "--iterations" -> options = options.withMaxIterations(Integer.parseInt(args[++i]));
			case "--min-count" -> options = options.withMinFeatureCount(Integer.parseInt(args[++i]));
			case "--threads" -> options = options.withThreads(Integer.parseInt(args[++i]));
			case "--folds" -> options = options.withStackingFolds(Integer.parseInt(args[++i]));
			case "--no-clusters" -> options = options.withWordClusters(false);
			case "--bio" -> options = options.withBilou(false);
			case "--no-document-features" -> options = options.withDocumentFeatures(false);
			case "--rules" -> options = options.withRuleFeatures(true);
			default -> throw new IllegalArgumentException("unknown option " + args[i]);
			}
		}
		List<TaggedDocument> train = ConllCorpus.tagged(Path.of(args[0]));
		List<TaggedDocument> test;
		String testName;
		if (heldout > 0) {
			int cut = (int) Math.round(train.size() * (1 - heldout));
			test = new ArrayList<>(train.subList(cut, train.size()));
			train = new ArrayList<>(train.subList(0, cut));
			testName = "held-out last " + test.size() + " documents of " + args[0];
		} else {
			test = ConllCorpus.tagged(Path.of(args[1]));
			testName = args[1];
		}
		System.out.printf(Locale.ROOT, "options   %s%n", options);
		System.out.printf(Locale.ROOT, "train     %s: %d documents, %d tokens%n", args[0], train.size(), tokens(train));
		System.out.printf(Locale.ROOT, "test      %s: %d documents, %d tokens%n", testName, test.size(), tokens(test));

		long t0 = System.nanoTime();
		SequenceTagger tagger = new TaggerTrainer(options).train(train, new TrainingMonitor() {
			private double last = -1;

			@Override
			public void progress(String task, double fractionDone) {
				if (fractionDone - last >= 0.05 || fractionDone == 1) {
					System.err.printf(Locale.ROOT, "  %5.1fs %5.1f%% %s%n", (System.nanoTime() - t0) / 1e9,
							100 * fractionDone, task);
					last = fractionDone;
				}
			}

			@Override
			public boolean isCanceled() {
				return false;
			}
		});
		double trainSeconds = (System.nanoTime() - t0) / 1e9;
		long peakHeap = peakHeap();

		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		tagger.write(bytes);
		byte[] model = bytes.toByteArray();
		if (out != null) {
			try (OutputStream o = Files.newOutputStream(out)) {
				o.write(model);
			}
		}
		SequenceTagger loaded = SequenceTagger.read(new ByteArrayInputStream(model));

		long testTokens = tokens(test);
		tagAll(loaded, test); // warm-up
		long t1 = System.nanoTime();
		List<List<Mention>> predicted = tagAll(loaded, test);
		double tagSeconds = (System.nanoTime() - t1) / 1e9;

		ConllEval eval = new ConllEval();
		StringBuilder mistakes = new StringBuilder();
		for (int d = 0; d < test.size(); d++) {
			TaggedDocument doc = test.get(d);
			for (int s = 0; s < doc.sentences().size(); s++) {
				int sentence = s;
				List<Mention> found = predicted.get(d).stream().filter(m -> m.sentence() == sentence).toList();
				String[] words = doc.sentences().get(s);
				String[] guess = BioTags.toBio(words.length, found);
				String[] gold = doc.labels().get(s);
				eval.add(gold, guess);
				if (!java.util.Arrays.equals(gold, guess)) {
					mistakes.append("# document ").append(d).append(", sentence ").append(s).append('\n');
					for (int i = 0; i < words.length; i++) {
						mistakes.append(String.format(Locale.ROOT, "%-20s %-8s %-8s%s%n", words[i], gold[i], guess[i],
								gold[i].equals(guess[i]) ? "" : "  <<"));
					}
				}
			}
		}
		if (errors != null) {
			Files.writeString(errors, mistakes);
		}
		System.out.printf(Locale.ROOT, "training  %.1f s, peak heap %d MB, %d features%n", trainSeconds,
				peakHeap >> 20, loaded.featureCount());
		System.out.printf(Locale.ROOT, "model     %.1f MB%n", model.length / 1e6);
		System.out.printf(Locale.ROOT, "tagging   %.0f tokens/s (one thread)%n", testTokens / tagSeconds);
		System.out.printf(Locale.ROOT, "accuracy  %.2f%% of tokens%n%n", 100 * eval.tokenAccuracy());
		System.out.print(eval.table());
		System.out.println();
		System.out.print(calibration(test, predicted));
	}

	private static List<List<Mention>> tagAll(SequenceTagger tagger, List<TaggedDocument> docs) {
		List<List<Mention>> result = new ArrayList<>();
		for (TaggedDocument doc : docs) {
			result.add(tagger.tag(TaggedDocument.of(doc.sentences())));
		}
		return result;
	}

	/** Precision of the predicted spans grouped by confidence, to show that confidence means something. */
	private static String calibration(List<TaggedDocument> test, List<List<Mention>> predicted) {
		double[] bounds = { 0, 0.5, 0.7, 0.9, 0.99, 1.0001 };
		int[] found = new int[bounds.length - 1];
		int[] correct = new int[bounds.length - 1];
		for (int d = 0; d < test.size(); d++) {
			for (Mention m : predicted.get(d)) {
				int b = 0;
				while (m.confidence() >= bounds[b + 1]) {
					b++;
				}
				found[b]++;
				List<Mention> gold = BioTags.spans(m.sentence(),
						test.get(d).labels().get(m.sentence()));
				for (Mention g : gold) {
					if (g.start() == m.start() && g.end() == m.end() && g.type().equals(m.type())) {
						correct[b]++;
					}
				}
			}
		}
		StringBuilder s = new StringBuilder("confidence   spans  precision%\n");
		for (int b = 0; b < found.length; b++) {
			s.append(String.format(Locale.ROOT, "[%.2f,%.2f) %6d %10.2f%n", bounds[b], Math.min(1, bounds[b + 1]),
					found[b], found[b] == 0 ? 0 : 100.0 * correct[b] / found[b]));
		}
		return s.toString();
	}

	private static long tokens(List<TaggedDocument> docs) {
		long n = 0;
		for (TaggedDocument d : docs) {
			n += d.tokenCount();
		}
		return n;
	}

	private static long peakHeap() {
		long peak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
				peak += pool.getPeakUsage().getUsed();
			}
		}
		return peak;
	}
}
