/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.engines.tests.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.assay.engines.internal.LearnedEngineTrainer;
import org.assay.engines.learn.LearnedModel;
import org.assay.engines.learn.Mention;
import org.assay.engines.learn.SequenceTagger;
import org.assay.engines.learn.TaggedDocument;
import org.assay.engines.learn.TaggerTrainer;
import org.assay.engines.learn.TrainingCanceledException;
import org.assay.engines.learn.TrainingMonitor;
import org.assay.engines.learn.TrainingOptions;
import org.assay.uima.spi.EngineTrainer;
import org.assay.uima.spi.GoldText;
import org.junit.jupiter.api.Test;

/**
 * The learning loop's quick model takes word classes from the whole project's text, annotated or not: a name the
 * annotated documents never show is labelled as the names it shares its neighbours with in the other documents.
 * <p>
 * The corpus is made up: people, towns and companies with invented names of one pattern, the type drawn apart from
 * the letters (none of them in the entity rules' word lists). In the annotated documents all three stand only before
 * "reported growth", so there nothing but the word itself tells its type; the project's other documents show each
 * name where its kind stands ("Mr X smiled", "flights to X resumed", "shares of X rose"), the unseen ones too.
 */
class ProjectWordClassesTest {

	private static final TrainingOptions QUICK = TrainingOptions.quick().withThreads(1);

	private static final String[] TYPES = { "PER", "LOC", "ORG" };
	private static final String[][][] CONTEXTS = {
			{ { "Mr", null, "smiled", "." }, { "Then", null, "said", "so", "." } },
			{ { "Flights", "to", null, "resumed", "." }, { "The", "airport", "of", null, "closed", "." } },
			{ { "Shares", "of", null, "rose", "." }, { "The", "board", "of", null, "met", "." } } };
	/** Each type's names; the last {@value #UNSEEN} of each are in no annotated document. */
	private static final List<List<String>> NAMES = names(50);
	private static final int UNSEEN = 10;

	@Test
	void anUnseenNameGetsTheTypeOfTheNamesItSharesItsNeighboursWith() throws TrainingCanceledException {
		List<TaggedDocument> annotated = annotated();
		SequenceTagger without = new TaggerTrainer(QUICK).train(annotated, TrainingMonitor.NONE);
		SequenceTagger with = new TaggerTrainer(QUICK).withWordClassText(() -> project()).train(annotated,
				TrainingMonitor.NONE);
		int rightWith = right(with);
		int rightWithout = right(without);
		assertTrue(rightWith >= 24, "with the project's word classes, right among 30 unseen: " + rightWith);
		assertTrue(rightWithout <= 15, "without them (all the unseen alike but for their letters): " + rightWithout);
	}

	@Test
	void aWarmStartedModelKeepsThePreviousModelsClassesWithoutAskingForTheText() throws TrainingCanceledException {
		List<TaggedDocument> annotated = annotated();
		AtomicInteger asked = new AtomicInteger();
		Supplier<List<TaggedDocument>> text = () -> {
			asked.incrementAndGet();
			return project();
		};
		List<TaggedDocument> firstHalf = annotated.subList(0, annotated.size() / 2);
		SequenceTagger first = new TaggerTrainer(QUICK).withWordClassText(text).train(firstHalf, TrainingMonitor.NONE);
		assertEquals(1, asked.get(), "the first model clusters the project's text");
		SequenceTagger next = new TaggerTrainer(TrainingOptions.quickWarm().withThreads(1)).withWordClassText(text)
				.train(annotated, TrainingMonitor.NONE, first);
		assertEquals(1, asked.get(), "the warm-started one keeps the first one's classes");
		assertTrue(right(next) >= 24, "and labels the unseen names by them: " + right(next));
		SequenceTagger plain = new TaggerTrainer(QUICK).train(firstHalf, TrainingMonitor.NONE);
		new TaggerTrainer(TrainingOptions.quickWarm().withThreads(1)).withWordClassText(text).train(annotated,
				TrainingMonitor.NONE, plain);
		assertEquals(2, asked.get(), "a previous model without classes: clustered now");
		new TaggerTrainer(TrainingOptions.defaults().withThreads(1).withMaxIterations(5).withStackingFolds(0))
				.withWordClassText(text).train(annotated, TrainingMonitor.NONE);
		assertEquals(2, asked.get(), "the full model clusters its own training text, as before");
	}

	@Test
	void aProjectTooSmallForWordClassesStillGivesAModelThatIsWrittenAndReadBack()
			throws TrainingCanceledException, IOException {
		// no word of this text occurs three times: nothing to cluster
		List<TaggedDocument> tiny = List.of(TaggedDocument.of(List.<String[]>of(new String[] { "Hello", "there", "." })));
		SequenceTagger tagger = new TaggerTrainer(QUICK).withWordClassText(() -> tiny).train(annotated(),
				TrainingMonitor.NONE);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		tagger.write(out);
		SequenceTagger copy = SequenceTagger.read(new ByteArrayInputStream(out.toByteArray()));
		String seen = NAMES.get(1).get(0);
		List<Mention> found = copy.tag(TaggedDocument.of(List.<String[]>of(new String[] { seen, "reported", "growth", "." })));
		assertEquals(List.of("LOC"), found.stream().map(Mention::type).toList(), "a seen town still found: " + found);
	}

	@Test
	void theLoopsTrainerTakesTheProjectsTextsFromItsSettings() throws IOException {
		List<GoldText> annotated = SyntheticCorpus.goldTexts(annotated());
		List<GoldText> project = SyntheticCorpus.goldTexts(project());
		LearnedEngineTrainer trainer = new LearnedEngineTrainer();
		LearnedModel with = model(trainer.train(annotated, List.of("entity"),
				EngineTrainer.Settings.QUICK.withProjectTexts(project), EngineTrainer.Progress.NONE));
		LearnedModel without = model(trainer.train(annotated, List.of("entity"), EngineTrainer.Settings.QUICK,
				EngineTrainer.Progress.NONE));
		int rightWith = right(with.taggers().get("entity"));
		assertTrue(rightWith >= 24, "through the settings: " + rightWith);
		assertTrue(right(without.taggers().get("entity")) <= 15);
	}

	/** How many of the unseen names the tagger labels with their own type before "reported growth". */
	private static int right(SequenceTagger tagger) {
		int count = 0;
		for (int t = 0; t < TYPES.length; t++) {
			List<String> names = NAMES.get(t);
			for (String name : names.subList(names.size() - UNSEEN, names.size())) {
				List<Mention> found = tagger.tag(TaggedDocument.of(List.<String[]>of(
						new String[] { name, "reported", "growth", "." })));
				count += found.size() == 1 && found.get(0).start() == 0 && found.get(0).end() == 1
						&& found.get(0).type().equals(TYPES[t]) ? 1 : 0;
			}
		}
		return count;
	}

	/** Annotated documents: every seen name twice before "reported growth", a document per name of each type. */
	private static List<TaggedDocument> annotated() {
		List<TaggedDocument> docs = new ArrayList<>();
		int seen = NAMES.get(0).size() - UNSEEN;
		for (int i = 0; i < seen; i++) {
			List<String[]> sentences = new ArrayList<>();
			List<String[]> labels = new ArrayList<>();
			for (int t = 0; t < TYPES.length; t++) {
				sentences.add(new String[] { NAMES.get(t).get(i), "reported", "growth", "." });
				labels.add(new String[] { "B-" + TYPES[t], "O", "O", "O" });
				sentences.add(new String[] { "Later", NAMES.get(t).get((i + 7) % seen), "reported", "growth", "." });
				labels.add(new String[] { "O", "B-" + TYPES[t], "O", "O", "O" });
			}
			docs.add(new TaggedDocument(sentences, labels));
		}
		return docs;
	}

	/** The project's text, unannotated: every name, the unseen ones too, three times in each context of its kind. */
	private static List<TaggedDocument> project() {
		List<TaggedDocument> docs = new ArrayList<>();
		for (int round = 0; round < 3; round++) {
			List<String[]> sentences = new ArrayList<>();
			for (int t = 0; t < TYPES.length; t++) {
				for (String name : NAMES.get(t)) {
					for (String[] context : CONTEXTS[t]) {
						String[] sentence = context.clone();
						sentence[Arrays.asList(context).indexOf(null)] = name;
						sentences.add(sentence);
					}
				}
			}
			docs.add(TaggedDocument.of(sentences));
		}
		return docs;
	}

	/** Made-up names of one pattern ("Barelden", "Dorilden"), shuffled and dealt to the types in turn. */
	private static List<List<String>> names(int perType) {
		String[] first = { "B", "D", "F", "G", "K", "L", "M", "N", "P", "R", "S", "T", "V", "Z" };
		String[] vowels = { "a", "e", "i", "o", "u" };
		List<String> all = new ArrayList<>();
		for (String f : first) {
			for (String v : vowels) {
				for (String w : vowels) {
					all.add(f + v + "r" + w + "lden");
				}
			}
		}
		Collections.shuffle(all, new Random(7));
		List<List<String>> names = new ArrayList<>();
		for (int t = 0; t < TYPES.length; t++) {
			List<String> ofType = new ArrayList<>();
			for (int i = 0; i < perType; i++) {
				ofType.add(all.get(i * TYPES.length + t));
			}
			names.add(ofType);
		}
		return names;
	}

	private static LearnedModel model(EngineTrainer.Model trained) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		trained.write(out);
		return LearnedModel.read(new ByteArrayInputStream(out.toByteArray()));
	}
}
