/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.engines.tests.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.assay.engines.learn.SequenceTagger;
import org.assay.engines.learn.TaggedDocument;
import org.assay.engines.learn.TaggerTrainer;
import org.assay.engines.learn.TrainingCanceledException;
import org.assay.engines.learn.TrainingMonitor;
import org.assay.engines.learn.TrainingOptions;
import org.assay.engines.learn.conll.ConllEval;
import org.junit.jupiter.api.Test;

/**
 * The learning loop's quick model: built on the entity rules' output, and warm-started from the previous model.
 */
class QuickModelTest {

	private static final TrainingOptions QUICK = TrainingOptions.quick().withThreads(1);

	/** Words the synthetic corpus never has: a city and a person the entity rules know from their word lists. */
	private static final TaggedDocument UNSEEN = TaggedDocument.of(List.<String[]>of(
			"In Hamburg , Thomas Keller won .".split(" ")));

	private static List<String> found(SequenceTagger tagger, TaggedDocument doc) {
		return tagger.tag(doc).stream().map(m -> m.start() + ":" + m.end() + ":" + m.type()).toList();
	}

	@Test
	void theQuickModelUsesTheRulesAndTheProjectsLabels() throws TrainingCanceledException {
		assertTrue(QUICK.ruleFeatures());
		assertFalse(TrainingOptions.defaults().ruleFeatures(), "the full model does not change");
		List<TaggedDocument> few = SyntheticCorpus.documents(3, 11);
		SequenceTagger withRules = new TaggerTrainer(QUICK).train(few, TrainingMonitor.NONE);
		SequenceTagger without = new TaggerTrainer(QUICK.withRuleFeatures(false)).train(few, TrainingMonitor.NONE);
		// trained on three documents of other names, with CoNLL's labels (the rules say LOCATION and PERSON)
		List<String> expected = List.of("1:2:LOC", "3:5:PER");
		assertEquals(expected, found(withRules, UNSEEN));
		assertTrue(!found(without, UNSEEN).containsAll(expected), "without the rules: " + found(without, UNSEEN));
	}

	@Test
	void aModelBuiltOnTheRulesIsWrittenAndReadWithThem() throws TrainingCanceledException, IOException {
		SequenceTagger original = new TaggerTrainer(QUICK).train(SyntheticCorpus.documents(3, 11), TrainingMonitor.NONE);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		original.write(out);
		SequenceTagger copy = SequenceTagger.read(new ByteArrayInputStream(out.toByteArray()));
		assertEquals(original.tag(UNSEEN), copy.tag(UNSEEN));
		for (TaggedDocument doc : SyntheticCorpus.documents(5, 7)) {
			assertEquals(original.tag(doc), copy.tag(doc));
		}
	}

	@Test
	void aWarmStartNeedsFewerIterationsForTheSameQuality() throws TrainingCanceledException {
		TrainingOptions options = QUICK.withMaxIterations(200);
		List<TaggedDocument> docs = SyntheticCorpus.documents(30, 1);
		SequenceTagger before = new TaggerTrainer(options).train(docs.subList(0, 25), TrainingMonitor.NONE);
		Iterations cold = new Iterations();
		SequenceTagger fromScratch = new TaggerTrainer(options).train(docs, cold, null);
		Iterations warm = new Iterations();
		SequenceTagger warmStarted = new TaggerTrainer(options).train(docs, warm, before);
		assertTrue(warm.count.get() < cold.count.get(), "warm " + warm.count + ", cold " + cold.count);
		List<TaggedDocument> unseen = SyntheticCorpus.documents(20, 99);
		assertEquals(f1(fromScratch, unseen), f1(warmStarted, unseen), 0.005);
		assertEquals(1.0, f1(warmStarted, unseen), 0.005);
	}

	@Test
	void aWarmStartLearnsLabelsThePreviousModelNeverSaw() throws TrainingCanceledException {
		List<TaggedDocument> docs = SyntheticCorpus.documents(20, 3);
		List<TaggedDocument> withoutOrg = new ArrayList<>();
		for (TaggedDocument d : docs) {
			List<String[]> labels = new ArrayList<>();
			for (String[] l : d.labels()) {
				labels.add(java.util.Arrays.stream(l).map(x -> x.endsWith("-ORG") ? "O" : x).toArray(String[]::new));
			}
			withoutOrg.add(new TaggedDocument(d.sentences(), labels));
		}
		SequenceTagger before = new TaggerTrainer(QUICK).train(withoutOrg, TrainingMonitor.NONE);
		assertFalse(before.types().contains("ORG"));
		SequenceTagger after = new TaggerTrainer(QUICK).train(docs, TrainingMonitor.NONE, before);
		assertTrue(after.types().contains("ORG"));
		assertEquals(1.0, f1(after, SyntheticCorpus.documents(20, 99)), 0.005);
	}

	private static double f1(SequenceTagger t, List<TaggedDocument> docs) {
		ConllEval eval = new ConllEval();
		for (TaggedDocument doc : docs) {
			List<String[]> guess = t.tagLabels(TaggedDocument.of(doc.sentences()));
			for (int s = 0; s < guess.size(); s++) {
				eval.add(doc.labels().get(s), guess.get(s));
			}
		}
		return eval.overall().f1();
	}

	/** Counts the optimiser's iterations from the progress it reports. */
	private static final class Iterations implements TrainingMonitor {
		final AtomicInteger count = new AtomicInteger();

		@Override
		public void progress(String task, double fractionDone) {
			if (task.startsWith("optimising")) {
				count.incrementAndGet();
			}
		}

		@Override
		public boolean isCanceled() {
			return false;
		}
	}
}
