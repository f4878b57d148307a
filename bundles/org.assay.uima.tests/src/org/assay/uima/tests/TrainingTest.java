/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.uima.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;

import org.assay.formats.ImportData;
import org.assay.formats.ImportedDocument;
import org.assay.model.AnnotationStatus;
import org.assay.model.support.SetNames;
import org.assay.model.support.TokenTable;
import org.assay.sample.SampleProject;
import org.assay.store.ProjectFolder;
import org.assay.uima.Engine;
import org.assay.uima.EngineException;
import org.assay.uima.Engines;
import org.assay.uima.GoldTexts;
import org.assay.uima.Training;
import org.assay.uima.spi.EngineTrainer;
import org.assay.uima.spi.EngineTrainer.Settings;
import org.assay.uima.spi.GoldText;
import org.assay.uima.spi.TextSpan;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Training through the one service the workbench, the command line and the learning loop use. */
class TrainingTest {

	@TempDir
	Path dir;
	ProjectFolder sample;
	Engine wordlist;

	@BeforeEach
	void sample() throws Exception {
		sample = SampleProject.create(dir.resolve("sample"));
		wordlist = Engines.find("test-wordlist");
		WordListTrainer.heapNeeded = 0;
		WordListTrainer.calls = new ArrayList<>();
	}

	@AfterEach
	void reset() {
		WordListTrainer.heapNeeded = 0;
	}

	private Path model() {
		return sample.dir().resolve(wordlist.modelFile());
	}

	private List<GoldText> gold() {
		return GoldTexts.of(sample.project().getDocuments(), SetNames.GOLD);
	}

	@Test
	void theRegistryReadsAnEnginesTrainer() {
		assertNotNull(wordlist);
		assertTrue(wordlist.trainer() instanceof WordListTrainer);
		assertNull(Engines.find("test-capitals").trainer(), "an engine without one does not learn");
		assertNull(Engines.find("test-trainer-without-model"), "a trainer with nowhere to keep its model is left out");
	}

	@Test
	void trainsOnTheDecidedSpansAndSavesTheModelInTheProject() throws Exception {
		List<String> tasks = new ArrayList<>();
		Training.Result result = Training.train(wordlist, gold(), List.of("entity"), Settings.FULL, sample.dir(), model(),
				(task, done) -> tasks.add(task));
		assertEquals(List.of("entity"), result.layers());
		assertEquals(gold().size(), result.documents());
		assertEquals(model(), result.model());
		assertEquals(Files.size(model()), result.bytes());
		String lines = Files.readString(model(), StandardCharsets.UTF_8);
		assertTrue(lines.lines().allMatch(l -> l.startsWith("entity ")), lines);
		assertTrue(lines.lines().count() > 5, lines);
		assertFalse(tasks.isEmpty(), "progress is passed on");
		assertEquals(List.of(Settings.FULL), WordListTrainer.calls);

		Training.train(wordlist, gold(), List.of("entity"), Settings.QUICK.withMaxIterations(3), sample.dir(), model(),
				EngineTrainer.Progress.NONE);
		assertEquals(new Settings(true, 3), WordListTrainer.calls.get(1), "the settings reach the trainer");
	}

	@Test
	void nothingToLearnTooLittleMemoryOrCancelLeavesTheLastModelAsItWas() throws Exception {
		Training.train(wordlist, gold(), List.of("entity"), Settings.FULL, sample.dir(), model(), EngineTrainer.Progress.NONE);
		byte[] good = Files.readAllBytes(model());

		EngineException none = assertThrows(EngineException.class, () -> Training.train(wordlist, gold(),
				List.of("no-such-layer"), Settings.FULL, sample.dir(), model(), EngineTrainer.Progress.NONE));
		assertTrue(none.getMessage().startsWith("nothing to learn"), none.getMessage());

		WordListTrainer.heapNeeded = Long.MAX_VALUE;
		EngineException memory = assertThrows(EngineException.class, () -> Training.train(wordlist, gold(),
				List.of("entity"), Settings.FULL, sample.dir(), model(), EngineTrainer.Progress.NONE));
		assertEquals("word lists need " + Long.MAX_VALUE + " bytes", memory.getMessage(), "the trainer's own line");
		assertEquals(1, WordListTrainer.calls.size(), "refused before training");
		WordListTrainer.heapNeeded = 0;

		EngineTrainer.Progress canceled = new EngineTrainer.Progress() {
			@Override
			public void progress(String task, double fractionDone) {
			}

			@Override
			public boolean isCanceled() {
				return true;
			}
		};
		assertThrows(CancellationException.class, () -> Training.train(wordlist, gold(), List.of("entity"),
				Settings.FULL, sample.dir(), model(), canceled));
		assertArrayEquals(good, Files.readAllBytes(model()), "the last good model is kept");

		EngineException learnsNot = assertThrows(EngineException.class, () -> Training.train(
				Engines.find("test-capitals"), gold(), List.of("entity"), Settings.FULL, sample.dir(), model(),
				EngineTrainer.Progress.NONE));
		assertEquals("the engine 'test-capitals' does not learn", learnsNot.getMessage());
	}

	@Test
	void aModelOutsideTheProjectIsRefused() throws Exception {
		Path outside = dir.resolve("outside");
		Files.createDirectories(outside);
		Files.createSymbolicLink(sample.dir().resolve("models"), outside);
		EngineException e = assertThrows(EngineException.class, () -> Training.train(wordlist, gold(),
				List.of("entity"), Settings.FULL, sample.dir(), model(), EngineTrainer.Progress.NONE));
		assertTrue(e.getMessage().contains("cannot write the model"), e.getMessage());
		try (var files = Files.list(outside)) {
			assertEquals(0, files.count(), "nothing written through the link");
		}
	}

	@Test
	void anAnnotatorsSetTeachesOnlyWhereTheyHaveStarted() {
		List<org.assay.model.Document> documents = sample.project().getDocuments();
		for (int i = 0; i < 2; i++) { // ana: one document with a decision, one with only the engines' offers
			var ana = SetNames.findOrCreate(documents.get(i), "ana");
			ana.getAnnotations().addAll(org.eclipse.emf.ecore.util.EcoreUtil
					.copyAll(SetNames.find(documents.get(i), SetNames.GOLD).getAnnotations()));
			ana.getAnnotations().forEach(a -> a.setStatus(AnnotationStatus.PROPOSED));
		}
		SetNames.find(documents.get(0), "ana").getAnnotations().get(0).setStatus(AnnotationStatus.ACCEPTED);
		List<GoldText> texts = GoldTexts.of(documents, "ana");
		assertEquals(List.of(documents.get(0).getId()), texts.stream().map(GoldText::id).toList(),
				"not the document she has not started: it would teach that nothing there is an entity");
		assertEquals(1, texts.get(0).spans().size(), "her one decision");
		SetNames.findOrCreate(documents.get(2), "ana");
		assertEquals(2, GoldTexts.of(documents, "ana").size(), "an empty set says there is nothing to find");
		assertEquals(6, gold().size(), "gold everywhere");
	}

	@Test
	void aDocumentInProgressTeachesTheLinesItsAnnotatorHasBeenThrough() {
		List<org.assay.model.Document> documents = sample.project().getDocuments();
		org.assay.model.Document d = documents.get(0);
		var ana = SetNames.findOrCreate(d, "ana"); // in progress: the gold's spans offered, the first ones decided
		ana.getAnnotations().addAll(org.eclipse.emf.ecore.util.EcoreUtil
				.copyAll(SetNames.find(d, SetNames.GOLD).getAnnotations()));
		List<org.assay.model.Span> spans = ana.getAnnotations().stream()
				.filter(org.assay.model.Span.class::isInstance).map(org.assay.model.Span.class::cast)
				.sorted(java.util.Comparator.comparingInt(org.assay.model.support.Spans::begin)).toList();
		ana.getAnnotations().forEach(a -> a.setStatus(AnnotationStatus.PROPOSED));
		int reached = 0;
		for (org.assay.model.Span s : spans) { // decided up to the third paragraph
			int line = d.getText().lastIndexOf('\n', org.assay.model.support.Spans.begin(s)) + 1;
			if (d.getText().substring(0, line).chars().filter(c -> c == '\n').count() >= 4) {
				break;
			}
			s.setStatus(AnnotationStatus.ACCEPTED);
			if (s.getProvenance() == null) {
				s.setProvenance(org.assay.model.AssayFactory.eINSTANCE.createProvenance());
			}
			s.getProvenance().setDecidedBy("ana");
			reached = line;
		}
		assertTrue(reached > 0, "the sample's first article has names in its first paragraphs");
		SetNames.find(d, SetNames.GOLD).setState(org.assay.model.WorkState.IN_PROGRESS);
		SetNames.find(d, SetNames.GOLD).getAnnotations().forEach(a -> a.setStatus(AnnotationStatus.PROPOSED));
		List<GoldText> partly = GoldTexts.decidedSoFar(documents);
		assertEquals(List.of(d.getId()), partly.stream().map(GoldText::id).toList(),
				"only the document nobody finished, from the set that has gone furthest");
		GoldText text = partly.get(0);
		assertEquals(d.getText().substring(0, org.assay.model.support.WorkStates.reach(ana)), text.text());
		assertEquals(reached, text.text().length(), "up to the line of her furthest decision");
		assertFalse(text.spans().isEmpty());
		assertTrue(text.spans().stream().allMatch(s -> s.end() <= text.text().length()), "nothing past where she is");
		assertFalse(GoldTexts.finished(documents).stream().anyMatch(t -> t.id().equals(d.getId())));
		ana.setState(org.assay.model.WorkState.DONE);
		assertTrue(GoldTexts.decidedSoFar(documents).isEmpty(), "finished: taught whole, as a finished document");
	}

	@Test
	void everyDocumentsTextIsThereForWhatATrainerLearnsWithoutLabels() {
		List<org.assay.model.Document> documents = sample.project().getDocuments();
		SetNames.find(documents.get(1), SetNames.GOLD).getAnnotations().clear(); // nobody has annotated it: still there
		List<GoldText> texts = GoldTexts.textsOnly(documents);
		assertEquals(documents.stream().map(org.assay.model.Document::getId).toList(),
				texts.stream().map(GoldText::id).toList());
		for (int i = 0; i < documents.size(); i++) {
			assertEquals(documents.get(i).getText(), texts.get(i).text());
			assertTrue(texts.get(i).spans().isEmpty(), "no labels: " + texts.get(i).id());
		}
	}

	@Test
	void aCorpusReadByAFormatGivesItsDecidedSpansInTheDefaultLayerAndItsOwnTokens() {
		String text = "U.S. envoy met\nPeter";
		TokenTable tokens = TokenTable.builder().add(0, 4).add(5, 10).add(11, 14).endSentence().add(15, 20).build();
		List<ImportedDocument.Span> spans = List.of(
				new ImportedDocument.Span("e1", null, "LOC", List.of(new int[] { 0, 4 }), null, Map.of(), 3),
				new ImportedDocument.Span("e2", "claim", "CUE", List.of(new int[] { 11, 14 }), AnnotationStatus.CORRECTED,
						Map.of(), 4),
				new ImportedDocument.Span("e3", null, "PER", List.of(new int[] { 15, 20 }), AnnotationStatus.REJECTED,
						Map.of(), 5),
				new ImportedDocument.Span("e4", null, "TOPIC", List.of(), null, Map.of(), 6));
		ImportData data = new ImportData(List.of(new ImportedDocument("d1", "t", text, Map.of(), spans, List.of(),
				null, null, tokens)));
		GoldText gold = GoldTexts.of(data, "entity").get(0);
		assertEquals(List.of(new TextSpan(0, 4, "entity", "LOC"), new TextSpan(11, 14, "claim", "CUE")), gold.spans(),
				"rejected spans and document labels are no gold");
		assertEquals("U.S.", gold.tokens().token(0));
		assertEquals(2, gold.tokens().sentenceCount());
		assertNull(GoldTexts.of(new ImportData(List.of(new ImportedDocument("d2", "t", text, Map.of(), spans, List.of(),
				null, null))), "entity").get(0).tokens(), "no tokens: the learner segments the text");
	}
}
