/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.uima.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.assay.model.Annotation;
import org.assay.model.AnnotationSet;
import org.assay.model.AnnotationStatus;
import org.assay.model.AssayFactory;
import org.assay.model.Document;
import org.assay.model.Label;
import org.assay.model.Project;
import org.assay.model.SetKind;
import org.assay.model.Span;
import org.assay.model.edit.decisions.Decisions;
import org.assay.model.support.Schemas;
import org.assay.model.support.SetNames;
import org.assay.model.support.Spans;
import org.assay.sample.SampleProject;
import org.assay.store.ProjectFolder;
import org.assay.uima.Engine;
import org.assay.uima.EngineException;
import org.assay.uima.EngineRunner;
import org.assay.uima.EngineSets;
import org.assay.uima.Proposals;
import org.assay.uima.RunMonitor;
import org.assay.uima.Engines;
import org.assay.uima.spi.EngineContext;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EngineRunnerTest {

	@TempDir
	Path dir;

	@AfterEach
	void engineWorksAgain() {
		CapitalsEngine.failOn = "";
	}

	@Test
	void theRegistryReadsContributionsAndLeavesOutBadOnes() {
		Engine capitals = Engines.find("test-capitals");
		assertNotNull(capitals);
		assertEquals("Capitalised words", capitals.name());
		assertEquals("2.1.0", capitals.version());
		assertEquals(List.of(new Engine.Output("entity", List.of("NAME"))), capitals.outputs());
		assertEquals(Map.of("NAME", "PERSON"), capitals.renames());
		assertEquals("engine:test-capitals", capitals.setName());
		assertNull(Engines.find("test-not-a-factory"), "a class that is no EngineFactory is left out");
		assertNotNull(Engines.find("test-broken"));
	}

	@Test
	void aRunFillsTheEngineSetOfEveryDocumentWithProvenanceAndARerunReplacesIt() throws Exception {
		ProjectFolder sample = SampleProject.create(dir);
		Engine capitals = Engines.find("test-capitals");
		List<Document> documents = sample.project().getDocuments();
		Date started = new Date();
		EngineRunner.Summary first = run(sample, capitals, documents, 2, RunMonitor.NONE, started);
		assertEquals(documents.size(), first.documents());
		assertFalse(first.canceled());
		int proposals = 0;
		for (Document d : documents) {
			AnnotationSet set = SetNames.find(d, "engine:test-capitals");
			assertEquals(SetKind.ENGINE, set.getKind());
			assertEquals("2.1.0", set.getRun().getEngineVersion());
			for (Annotation a : set.getAnnotations()) {
				assertEquals(AnnotationStatus.PROPOSED, a.getStatus());
				assertEquals("test-capitals", a.getProvenance().getEngineId());
				assertEquals("2.1.0", a.getProvenance().getEngineVersion());
				if (a instanceof Span s) {
					assertEquals("PERSON", s.getLabel().getName(), "NAME renamed onto the schema");
					assertTrue(s.getProvenance().isSetConfidence());
					proposals++;
				}
			}
		}
		assertTrue(proposals > 20, "capitalised pairs in six articles: " + proposals);
		assertEquals(proposals, first.proposals(), "the spans");
		assertTrue(first.links() > 0, "and the links between them, counted apart");
		assertEquals(first.proposals() + first.links(), count(documents, "engine:test-capitals"));

		sample.saveAll();
		EngineRunner.Summary second = run(sample, capitals, documents, 1, RunMonitor.NONE, new Date());
		assertEquals(first.proposals(), second.proposals());
		assertEquals(first.links(), second.links());
		assertEquals(first.proposals() + first.links(), count(documents, "engine:test-capitals"), "replaced, not added to");
		ProjectFolder reopened = ProjectFolder.open(dir);
		assertEquals(first.proposals() + first.links(), count(reopened.project().getDocuments(), "engine:test-capitals"),
				"saved");
	}

	@Test
	void aSavedEngineSetReleasedFromTheModelStaysInItsFile() throws Exception {
		// what the command line does after each document: the set is saved, then no longer held in memory
		ProjectFolder sample = SampleProject.create(dir);
		Engine capitals = Engines.find("test-capitals");
		Document d = sample.project().getDocuments().get(0);
		int[] kept = { 0 };
		new EngineRunner(capitals, new EngineContext(dir, null), sample.project().getSchema(), 1).run(List.of(d),
				RunMonitor.NONE, (doc, found) -> {
					kept[0] = found.annotations().size();
					EngineSets.keep(sample, doc, capitals, null, new Date(), found.annotations(), "ana");
					EngineSets.release(doc, capitals);
				});
		assertTrue(kept[0] > 0);
		assertNull(SetNames.find(d, capitals.setName()), "released from the model");
		assertEquals(kept[0], SetNames.find(d, "ana").getAnnotations().size(), "the offered copies stay");
		sample.saveAll(); // a later save of everything does not touch the released set's file
		Document read = ProjectFolder.open(dir).project().getDocuments().get(0);
		assertEquals(kept[0], SetNames.find(read, capitals.setName()).getAnnotations().size());
		assertEquals(kept[0], SetNames.find(read, "ana").getAnnotations().size());
		EngineSets.release(d, capitals); // a second release changes nothing
		assertNull(SetNames.find(d, capitals.setName()));
	}

	@Test
	void offeredProposalsNeverTouchWhatTheAnnotatorDecided() throws Exception {
		ProjectFolder sample = SampleProject.create(dir);
		Engine capitals = Engines.find("test-capitals");
		Document d = sample.project().getDocuments().get(0);
		run(sample, capitals, List.of(d), 1, RunMonitor.NONE, new Date());
		AnnotationSet engineSet = SetNames.find(d, capitals.setName());
		AnnotationSet mine = SetNames.findOrCreate(d, "ana");
		Proposals.Offer offer = Proposals.offer(engineSet, mine);
		assertEquals(engineSet.getAnnotations().size(), offer.added());
		List<Span> spans = new ArrayList<>();
		mine.getAnnotations().stream().filter(Span.class::isInstance).map(Span.class::cast).forEach(spans::add);
		spans.get(0).setStatus(AnnotationStatus.ACCEPTED);
		spans.get(1).setStatus(AnnotationStatus.REJECTED);
		assertEquals("engine:test-capitals", spans.get(2).getProvenance().getSourceSet());
		assertNotNull(spans.get(2).getProvenance().getSourceId());

		run(sample, capitals, List.of(d), 1, RunMonitor.NONE, new Date());
		Proposals.Offer again = Proposals.offer(SetNames.find(d, capitals.setName()), mine);
		assertTrue(mine.getAnnotations().contains(spans.get(0)), "the accepted one stays");
		assertTrue(mine.getAnnotations().contains(spans.get(1)), "the rejected one stays");
		assertEquals(AnnotationStatus.REJECTED, spans.get(1).getStatus());
		assertEquals(2, again.alreadyThere(), "accepted and rejected are not offered again");
		assertEquals(offer.added(), mine.getAnnotations().size(), "nothing doubled");
		assertTrue(again.replaced() > 0);
	}

	@Test
	void aCorrectionIsNotProposedAgainUnderItsOldLabelOrAtItsOldExtent() throws Exception {
		ProjectFolder sample = SampleProject.create(dir);
		Engine capitals = Engines.find("test-capitals");
		Document d = sample.project().getDocuments().get(0);
		run(sample, capitals, List.of(d), 1, RunMonitor.NONE, new Date());
		AnnotationSet mine = SetNames.findOrCreate(d, "ana");
		Proposals.offer(SetNames.find(d, capitals.setName()), mine);
		List<Span> spans = new ArrayList<>();
		mine.getAnnotations().stream().filter(Span.class::isInstance).map(Span.class::cast).forEach(spans::add);
		AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(),
				new BasicCommandStack());
		Label organization = Schemas.label(sample.project().getSchema(), "entity", "ORGANIZATION");
		Span relabelled = spans.get(0);
		Span resized = spans.get(1);
		int[] was = { Spans.begin(resized), Spans.end(resized) };
		domain.getCommandStack().execute(Decisions.relabel(domain, relabelled, organization, "ana", new Date()));
		domain.getCommandStack().execute(Decisions.reshape(domain, resized, was[0], was[1] - 1, "ana", new Date()));
		domain.getCommandStack().execute(Decisions.delete(domain, spans.get(2), "ana", new Date()));
		int before = mine.getAnnotations().size();

		run(sample, capitals, List.of(d), 1, RunMonitor.NONE, new Date());
		Proposals.Offer again = Proposals.offer(SetNames.find(d, capitals.setName()), mine);
		assertEquals(before, mine.getAnnotations().size(), "nothing proposed again beside a decision");
		assertEquals(3, mine.getAnnotations().stream()
				.filter(a -> a.getStatus() != AnnotationStatus.PROPOSED).count());
		long onRelabelled = mine.getAnnotations().stream()
				.filter(a -> a instanceof Span s && Spans.begin(s) == Spans.begin(relabelled)
						&& Spans.end(s) == Spans.end(relabelled))
				.count();
		assertEquals(1, onRelabelled, "the correction alone on its extent");
		assertTrue(mine.getAnnotations().stream().noneMatch(a -> a != resized && a instanceof Span s
				&& Spans.begin(s) == was[0] && Spans.end(s) == was[1]), "nothing back at the resized span's old extent");
		assertEquals(3, again.alreadyThere());
	}

	@Test
	void cancelStopsBetweenDocuments() throws Exception {
		ProjectFolder sample = SampleProject.create(dir);
		AtomicInteger done = new AtomicInteger();
		RunMonitor cancelAfterTwo = new RunMonitor() {
			@Override
			public void done(String documentId) {
				done.incrementAndGet();
			}

			@Override
			public boolean isCanceled() {
				return done.get() >= 2;
			}
		};
		EngineRunner.Summary summary = run(sample, Engines.find("test-capitals"),
				sample.project().getDocuments(), 1, cancelAfterTwo, new Date());
		assertTrue(summary.canceled());
		assertTrue(summary.documents() < sample.project().getDocuments().size(), summary.toString());
	}

	@Test
	void manyShortDocumentsReachTheSinkOnceEachOnTheCallingThreadAndACancelStopsAtOnce() throws Exception {
		// documents of a few words, done in well under the runner's batch time: the workers hand them over in
		// batches, and the calling thread must still see each once, tell the monitor of each, and stop right at a
		// cancel even inside a batch
		Project project = SampleProject.create(dir).project();
		List<Document> documents = new ArrayList<>();
		for (int i = 0; i < 400; i++) {
			Document d = AssayFactory.eINSTANCE.createDocument();
			d.setId("short-" + i);
			d.setText("Report " + i + " by Ann Elmsley and Bo Reed.");
			project.getDocuments().add(d);
			documents.add(d);
		}
		Thread caller = Thread.currentThread();
		List<String> sunk = new ArrayList<>();
		List<String> told = new ArrayList<>();
		RunMonitor monitor = new RunMonitor() {
			@Override
			public void done(String documentId) {
				told.add(documentId);
			}
		};
		EngineRunner.Summary all = new EngineRunner(Engines.find("test-capitals"), new EngineContext(dir, null),
				project.getSchema(), 2).run(documents, monitor, (d, found) -> {
					assertSame(caller, Thread.currentThread(), "the model is changed on the calling thread only");
					assertEquals(3, found.annotations().size(), "two names and their link: " + d.getText());
					sunk.add(d.getId());
				});
		assertEquals(400, all.documents());
		assertEquals(800, all.proposals(), "two names a document");
		assertEquals(400, all.links(), "and their link");
		assertEquals(400, new HashSet<>(sunk).size(), "each document once");
		assertEquals(sunk, told);

		sunk.clear();
		told.clear();
		RunMonitor cancelAfterSeven = new RunMonitor() {
			@Override
			public void done(String documentId) {
				told.add(documentId);
			}

			@Override
			public boolean isCanceled() {
				return told.size() >= 7;
			}
		};
		EngineRunner.Summary canceled = new EngineRunner(Engines.find("test-capitals"), new EngineContext(dir, null),
				project.getSchema(), 2).run(documents, cancelAfterSeven, (d, found) -> sunk.add(d.getId()));
		assertTrue(canceled.canceled());
		assertEquals(7, canceled.documents(), "what the workers finished after the cancel is dropped");
		assertEquals(7, sunk.size());
	}

	@Test
	void aFailureNamesTheEngineAndWhatWentWrong() throws Exception {
		ProjectFolder sample = SampleProject.create(dir);
		EngineException broken = assertThrows(EngineException.class, () -> run(sample,
				Engines.find("test-broken"), sample.project().getDocuments(), 2, RunMonitor.NONE, new Date()));
		assertTrue(broken.getMessage().contains("'test-broken' cannot start: no model at /nowhere/model.bin"),
				broken.getMessage());
		CapitalsEngine.failOn = "Elmsley";
		EngineException failed = assertThrows(EngineException.class, () -> run(sample,
				Engines.find("test-capitals"), sample.project().getDocuments(), 2, RunMonitor.NONE, new Date()));
		assertTrue(failed.getMessage().contains("cannot read 'Elmsley'"), failed.getMessage());
	}

	private static EngineRunner.Summary run(ProjectFolder folder, Engine engine, List<Document> documents, int threads,
			RunMonitor monitor, Date started) throws EngineException {
		return new EngineRunner(engine, new EngineContext(folder.dir(), null), folder.project().getSchema(), threads)
				.run(documents, monitor, (d, found) -> {
					folder.save(EngineSets.replace(d, engine, null, started, found.annotations()));
				});
	}

	private static int count(List<Document> documents, String set) {
		return documents.stream().mapToInt(d -> SetNames.find(d, set).getAnnotations().size()).sum();
	}
}
