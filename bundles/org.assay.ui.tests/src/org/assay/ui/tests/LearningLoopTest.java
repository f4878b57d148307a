/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.assay.model.AnnotationSet;
import org.assay.model.AnnotationStatus;
import org.assay.model.Document;
import org.assay.model.Span;
import org.assay.model.WorkState;
import org.assay.model.support.Schemas;
import org.assay.model.support.SetNames;
import org.assay.model.support.Spans;
import org.assay.sample.SampleProject;
import org.assay.store.ProjectFolder;
import org.assay.ui.internal.editor.Annotators;
import org.assay.ui.internal.editor.DocumentEditor;
import org.assay.ui.internal.engines.LearningLoop;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Marking a document done retrains a quick model in the background and proposes on the documents nobody started. */
@Order(20)
class LearningLoopTest {

	@Test
	void aDoneTooEarlySaysWhatTheLoopWaitsFor(@TempDir Path dir) throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		ProjectFolder folder = SampleProject.create(dir.resolve("early"));
		List<Document> documents = folder.project().getDocuments();
		for (Document d : documents.subList(1, 6)) { // only the first document is finished
			d.getAnnotationSets().remove(SetNames.find(d, SetNames.GOLD));
			Files.delete(folder.setFile(d, SetNames.GOLD));
		}
		UiTesting.withLearningLoop(folder, () -> {
			DocumentEditor editor = DocumentEditor.open(page, folder, documents.get(1), null);
			UiTesting.flush();
			editor.markDone(); // my empty set: finished, but nothing to learn from in it
			UiTesting.waitFor("the loop's answer", 30_000, () -> UiTesting.statusLine(page.getWorkbenchWindow())
					.contains("The learning loop trains once 2 finished documents have annotations (1 so far)"));
			assertFalse(Files.exists(folder.dir().resolve(LearningLoop.MODEL_FILE)), "no model from one document");
			assertEquals(null, SetNames.find(documents.get(2), "engine:learned"));
			page.closeAllEditors(false);
		});
	}

	@Test
	void fromTenFinishedDocumentsTheModelTakesTheRulesPlaceInTheEntityLayer(@TempDir Path dir) throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		// 0-8 finished, 9 finished by the Done below, 10 and 11 nobody has started
		ProjectFolder folder = UiTesting.repeatedSample(dir, 12, 9);
		List<Document> documents = folder.project().getDocuments();
		Span rules = rulesProposal(documents.get(10), Annotators.current());
		assertFalse(LearningLoop.takesOver(LearningLoop.TAKE_OVER - 1));
		UiTesting.withLearningLoop(folder, () -> {
			DocumentEditor editor = DocumentEditor.open(page, folder, documents.get(9), SetNames.GOLD);
			UiTesting.flush();
			editor.markDone();
			UiTesting.waitFor("the loop's turn", 120_000, () -> Job.getJobManager().find(folder).length == 0
					&& SetNames.find(documents.get(11), "engine:learned") != null);
			UiTesting.flush();
			AnnotationSet mine = SetNames.find(documents.get(10), Annotators.current());
			assertFalse(mine.getAnnotations().contains(rules), "the rules' undecided entity gave way to the model's");
			assertTrue(UiTesting.statusLine(page.getWorkbenchWindow()).contains("its entities in the rules' place"),
					UiTesting.statusLine(page.getWorkbenchWindow()));
			assertTrue(mine.getAnnotations().stream().anyMatch(a -> a.getProvenance() != null
					&& "learned".equals(a.getProvenance().getEngineId())), "the model's proposals offered");
			page.closeAllEditors(false);
		});
	}

	@Test
	void everyNDecisionsRetrainFromTheFinishedDocumentsAndWhatIsDecidedOfTheOpenOne(@TempDir Path dir) throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		// 0-2 finished, 3 with gold in progress but nothing a person decided, 4-9 nobody has started
		ProjectFolder folder = UiTesting.repeatedSample(dir, 10, 3);
		List<Document> documents = folder.project().getDocuments();
		Document open = documents.get(9); // the airline article, as 3: its gold's entities offered to me
		AnnotationSet mine = SetNames.findOrCreate(open, Annotators.current());
		for (org.assay.model.Annotation a : SetNames.find(documents.get(3), SetNames.GOLD).getAnnotations()) {
			if (a instanceof Span s && "entity".equals(a.getLabel().getLayer().getName())) {
				UiTesting.offerOfTheRules(mine, org.eclipse.emf.ecore.util.EcoreUtil.copy(s));
			}
		}
		Span first = mine.getAnnotations().stream().map(Span.class::cast).min(java.util.Comparator.comparingInt(Spans::begin))
				.orElseThrow();
		var prefs = org.eclipse.core.runtime.preferences.InstanceScope.INSTANCE
				.getNode(org.assay.ui.internal.preferences.AssayPreferencePage.NODE);
		prefs.putInt(org.assay.ui.internal.preferences.AssayPreferencePage.RETRAIN_EVERY, 3);
		try {
			UiTesting.withLearningLoop(folder, () -> {
				DocumentEditor editor = DocumentEditor.open(page, folder, open, Annotators.current());
				editor.setFocus();
				editor.setCurrent(first);
				UiTesting.type(org.eclipse.swt.SWT.CR, '\r'); // the headline's name
				UiTesting.type(org.eclipse.swt.SWT.CR, '\r'); // the dateline's place
				UiTesting.flush();
				assertEquals(0, Job.getJobManager().find(folder).length, "two decisions: no turn yet");
				UiTesting.type(org.eclipse.swt.SWT.CR, '\r'); // its date
				UiTesting.waitFor("the loop's turn", 120_000, () -> Job.getJobManager().find(folder).length == 0
						&& SetNames.find(documents.get(5), "engine:learned") != null
						&& UiTesting.statusLine(page.getWorkbenchWindow()).contains("loop model"));
				UiTesting.flush();
				String status = UiTesting.statusLine(page.getWorkbenchWindow());
				assertTrue(status.contains("from 3 finished documents and 1 begun")
						&& status.contains("after 3 decisions"), status);
				assertTrue(Files.isRegularFile(folder.dir().resolve(LearningLoop.MODEL_FILE)));
				assertEquals(null, SetNames.find(open, "engine:learned"), "not on the document I am annotating");
				assertFalse(editor.isDirty(), "saved before the turn, as a Done saves");
				// the annotator goes on where she was: the next proposal current, her history kept
				long decided = mine.getAnnotations().stream().filter(a -> a.getStatus() != AnnotationStatus.PROPOSED).count();
				UiTesting.type(org.eclipse.swt.SWT.CR, '\r');
				assertEquals(decided + 1, mine.getAnnotations().stream()
						.filter(a -> a.getStatus() != AnnotationStatus.PROPOSED).count(), "Enter after the turn accepts the next");
				UiTesting.type(0, 'z', org.eclipse.swt.SWT.CTRL);
				UiTesting.type(0, 'z', org.eclipse.swt.SWT.CTRL);
				assertEquals(decided - 1, mine.getAnnotations().stream()
						.filter(a -> a.getStatus() != AnnotationStatus.PROPOSED).count(),
						"Ctrl+Z undoes it and a decision made before the turn");
				UiTesting.screenshot(page.getWorkbenchWindow().getShell(), "loop-after-decisions");
				page.closeAllEditors(false);
			});
		} finally {
			prefs.remove(org.assay.ui.internal.preferences.AssayPreferencePage.RETRAIN_EVERY);
		}
	}

	@Test
	void theTurnIsSaidAfterTheAnnotatorHasMovedOnToTheNextDocument(@TempDir Path dir) throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		ProjectFolder folder = UiTesting.repeatedSample(dir, 6, 2); // 0, 1 finished, 2 finished below, 3-5 not started
		List<Document> documents = folder.project().getDocuments();
		UiTesting.withLearningLoop(folder, () -> {
			DocumentEditor editor = DocumentEditor.open(page, folder, documents.get(2), SetNames.GOLD);
			UiTesting.flush();
			editor.markDone();
			DocumentEditor next = editor.openNeighbour(1); // Alt+Page Down at once: this editor closes
			assertEquals(documents.get(3), next.document());
			UiTesting.waitFor("the loop's turn, said", 120_000, () -> Job.getJobManager().find(folder).length == 0
					&& UiTesting.statusLine(page.getWorkbenchWindow()).contains("loop model"));
			page.closeAllEditors(false);
		});
	}

	@Test
	void theWordClassesAreClusteredAgainOnceTheProjectHasDoubled(@TempDir Path dir) throws Exception {
		ProjectFolder folder = UiTesting.repeatedSample(dir, 8, 5); // 0-4 finished
		Path classes = folder.dir().resolve(LearningLoop.CLASSES_FILE);
		UiTesting.withLearningLoop(folder, () -> {
			turn(folder, 1);
			assertEquals("8", Files.readString(classes).strip(), "clustered from the project's 8 documents");
			addDocuments(folder, 7);
			turn(folder, 2);
			assertEquals("8", Files.readString(classes).strip(), "15 documents: warm-started, the classes kept");
			addDocuments(folder, 1);
			turn(folder, 3);
			assertEquals("16", Files.readString(classes).strip(), "twice as many: clustered again");
		});
		assertTrue(LearningLoop.clustersAgain(0, 1), "never clustered, or a count nobody can read");
		assertFalse(LearningLoop.clustersAgain(100, 199));
	}

	/** A turn of the loop, as a Done starts it, waited for until the loop model of that number is saved. */
	private static void turn(ProjectFolder folder, int version) {
		LearningLoop.documentDone(Display.getCurrent(), folder, Annotators.current(), t -> {
		});
		Path file = folder.dir().resolve(LearningLoop.VERSION_FILE);
		UiTesting.waitFor("loop model " + version, 120_000, () -> Job.getJobManager().find(folder).length == 0
				&& holds(file, version));
	}

	private static boolean holds(Path file, int number) {
		try {
			return Files.readString(file).strip().equals(Integer.toString(number));
		} catch (java.io.IOException e) {
			return false; // not written yet
		}
	}

	private static void addDocuments(ProjectFolder folder, int count) throws Exception {
		Document model = folder.project().getDocuments().get(0);
		int size = folder.project().getDocuments().size();
		for (int i = 0; i < count; i++) {
			folder.addDocument(String.format("more%03d", size + i), model.getTitle(), model.getText());
		}
	}

	@Test
	void anEditorBegunWhileTheLoopRanKeepsItsPlaceAndHistory(@TempDir Path dir) throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		ProjectFolder folder = UiTesting.repeatedSample(dir, 4, 2);
		List<Document> documents = folder.project().getDocuments();
		Document next = documents.get(3); // chosen by a turn while nobody had begun it, begun before the turn ended
		Span first = rulesProposal(next, Annotators.current());
		Span second = rulesProposal(next, Annotators.current());
		second.getFragments().set(0, Spans.fragment(5, 9));
		org.assay.ui.internal.projects.OpenProjects.get().add(folder);
		try {
			DocumentEditor editor = DocumentEditor.open(page, folder, next, Annotators.current());
			editor.setFocus();
			editor.setCurrent(first);
			UiTesting.type(org.eclipse.swt.SWT.CR, '\r');
			assertEquals(AnnotationStatus.ACCEPTED, first.getStatus());
			assertEquals(second, editor.currentAnnotation(), "Enter moved on");
			rulesProposal(next, Annotators.current()); // the loop's offer, as the turn adds it
			org.assay.ui.internal.engines.EngineTarget.refreshAfterLoop(page, folder, List.of(next));
			assertEquals(second, editor.currentAnnotation(), "still where she was");
			UiTesting.type(0, 'z', org.eclipse.swt.SWT.CTRL);
			assertEquals(AnnotationStatus.PROPOSED, first.getStatus(), "and her decision before the turn undoes");
			page.closeAllEditors(false);
		} finally {
			org.assay.ui.internal.projects.OpenProjects.get().close(folder);
		}
	}

	/** An undecided proposal of the entity rules in the annotator's set, as an offer leaves it there. */
	private static Span rulesProposal(Document d, String annotator) {
		AnnotationSet set = SetNames.findOrCreate(d, annotator);
		return UiTesting.offerOfTheRules(set, Spans.create(Schemas.label(
				((org.assay.model.Project) d.eContainer()).getSchema(), "entity", "LOCATION"), 0, 4));
	}

	@Test
	void doneRetrainsAndReproposesOnUnstartedDocuments(@TempDir Path dir) throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		ProjectFolder folder = SampleProject.create(dir.resolve("loop"));
		List<Document> documents = folder.project().getDocuments();
		for (Document d : documents.subList(3, 6)) { // nobody has started 4 and 5; 3 is mine, started below
			d.getAnnotationSets().remove(SetNames.find(d, SetNames.GOLD));
			Files.delete(folder.setFile(d, SetNames.GOLD));
		}
		// started as a set saved before the editor marked sets in progress: it says new, with a decision in it
		AnnotationSet started = SetNames.findOrCreate(documents.get(3), Annotators.current());
		Span rejected = Spans.create(Schemas.label(folder.project().getSchema(), "entity", "PERSON"), 0, 4);
		rejected.setStatus(AnnotationStatus.REJECTED);
		started.getAnnotations().add(rejected);
		// an imported reference on 4: decisions, but nobody's work here, so 4 is not started
		AnnotationSet reference = SetNames.findOrCreate(documents.get(4), "reference");
		Span accepted = Spans.create(Schemas.label(folder.project().getSchema(), "entity", "PERSON"), 0, 4);
		accepted.setStatus(AnnotationStatus.ACCEPTED);
		reference.getAnnotations().add(accepted);
		// the rules' proposal on my unstarted 4: it stays, since a model from 3 documents does not take over
		Span rules = rulesProposal(documents.get(4), Annotators.current());
		// documents 0, 3 and 4 are mine, 5 is bob's: the loop offers on mine only, and renews the engine's set on his
		org.assay.store.Assignments assignments = new org.assay.store.Assignments();
		for (int i : new int[] { 0, 3, 4 }) {
			assignments.assign(documents.get(i).getId(), Annotators.current());
		}
		assignments.assign(documents.get(5).getId(), "bob");
		assignments.write(folder.dir());
		UiTesting.withLearningLoop(folder, () -> {
			DocumentEditor editor = DocumentEditor.open(page, folder, documents.get(0), null);
			UiTesting.flush();
			long t0 = System.nanoTime();
			editor.markDone(); // the annotator's own (empty) set: nothing open, no question
			assertEquals(WorkState.DONE, SetNames.find(documents.get(0), Annotators.current()).getState());
			assertTrue(editor.textWidget().isEnabled(), "the editor does not wait");
			UiTesting.waitFor("the loop's turn", 120_000, () -> Job.getJobManager().find(folder).length == 0
					&& SetNames.find(documents.get(4), "engine:learned") != null);
			UiTesting.flush();
			double seconds = (System.nanoTime() - t0) / 1e9;
			assertTrue(Files.isRegularFile(folder.dir().resolve(LearningLoop.MODEL_FILE)), "the loop's model, beside the full one");
			assertEquals("1", Files.readString(folder.dir().resolve(LearningLoop.VERSION_FILE)).strip(),
					"its number, kept for the next session to go on from");
			assertTrue(UiTesting.statusLine(page.getWorkbenchWindow()).contains("loop model 1,"),
					UiTesting.statusLine(page.getWorkbenchWindow()));
			AnnotationSet mine = SetNames.find(documents.get(4), Annotators.current());
			assertTrue(mine != null && mine.getAnnotations().stream().anyMatch(a -> a.getStatus() == AnnotationStatus.PROPOSED
					&& "learned".equals(a.getProvenance().getEngineId())), "offered on my unstarted document");
			UiTesting.waitFor("the engine's set on bob's", 10_000, () -> SetNames.find(documents.get(5), "engine:learned") != null);
			AnnotationSet onBobs = SetNames.find(documents.get(5), Annotators.current());
			assertTrue(onBobs == null || onBobs.getAnnotations().isEmpty(), "nothing offered to me on bob's document");
			assertEquals(null, SetNames.find(documents.get(1), "engine:learned"), "not on documents already done");
			assertEquals(null, SetNames.find(documents.get(3), "engine:learned"), "nor on one I have started");
			assertTrue(mine.getAnnotations().contains(rules), "the rules' proposal beside the model's");
			assertEquals(List.of(rejected), started.getAnnotations(), "nothing offered into my started set");
			System.out.printf("learning loop: from Done to new proposals %.1f s (3 finished documents, 2 proposed on)%n", seconds);
			page.closeAllEditors(false);
		});
	}
}
