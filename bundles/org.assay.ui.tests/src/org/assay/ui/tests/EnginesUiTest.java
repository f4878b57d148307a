/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.assay.model.AnnotationSet;
import org.assay.model.AnnotationStatus;
import org.assay.model.Document;
import org.assay.model.support.SetNames;
import org.assay.store.ProjectFolder;
import org.assay.uima.Engine;
import org.assay.uima.EngineRunner;
import org.assay.uima.EngineSets;
import org.assay.uima.Engines;
import org.assay.uima.RunMonitor;
import org.assay.uima.spi.EngineContext;
import org.assay.ui.internal.editor.Annotators;
import org.assay.ui.internal.editor.DocumentEditor;
import org.assay.ui.internal.engines.EvaluationView;
import org.assay.ui.internal.views.AnnotationsView;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/** Engines &gt; Annotate runs an engine in the background and offers its proposals; the evaluation view scores them. */
@Order(7)
class EnginesUiTest {

	private static final String TITLE = "Annotate with Engines";

	@Test
	void annotateFromTheDialogThenCompareInTheEvaluationView() throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		ProjectFolder sample = UiTesting.sample();
		Document tram = sample.project().getDocuments().get(4);
		DocumentEditor editor = DocumentEditor.open(window.getActivePage(), sample, tram, "gold");
		UiTesting.flush();

		List<String> seen = new ArrayList<>();
		String[] done = new String[1];
		onAnnotateDialog(s -> {
			Table engines = find(s, Table.class);
			for (int i = 0; i < engines.getItemCount(); i++) {
				var item = engines.getItem(i);
				seen.add(item.getText(0).split(" ")[0] + "=" + item.getChecked()
						+ (item.getText(2).startsWith("Needs a trained model") ? " needs a model" : ""));
			}
			seen.add("dialog");
			shot(s, "annotate-dialog");
			Button run = UiTesting.button(s, "Run");
			run.notifyListeners(SWT.Selection, null);
			UiTesting.closeNextMessage(TITLE, done);
			return true;
		});
		window.getService(IHandlerService.class).executeCommand("org.assay.ui.commands.annotate", null);
		UiTesting.waitFor("the run and its report", 60_000, () -> done[0] != null);
		assertTrue(seen.contains("Entities=true"), "the default engines are checked: " + seen);
		assertTrue(seen.contains("Claims=true"), seen.toString());
		assertTrue(seen.contains("Learned=false needs a model"), "no model yet: " + seen);
		assertTrue(done[0].matches("(?s).*Entities \\(rules and word lists\\) \\d+\\.\\d+\\.\\d+: 1 document\\(s\\).*"), done[0]);
		assertTrue(done[0].matches("(?s).*\\nClaims.*\\d+\\.\\d+\\.\\d+: 1 document\\(s\\).*"), "both engines ran: " + done[0]);
		assertTrue(done[0].contains("Offered to " + Annotators.current() + ": "), done[0]);

		AnnotationSet mine = SetNames.find(tram, Annotators.current());
		assertNotNull(mine, "the proposals were offered to the annotator's set");
		long proposed = mine.getAnnotations().stream().filter(a -> a.getStatus() == AnnotationStatus.PROPOSED).count();
		assertTrue(proposed > 5, "proposals: " + proposed);
		assertNotNull(SetNames.find(tram, "engine:entities"));
		AnnotationsView annotations = (AnnotationsView) window.getActivePage().showView(AnnotationsView.ID);
		window.getActivePage().activate(editor);
		editor.showSet(Annotators.current());
		long rows = mine.getAnnotations().stream().filter(a -> !(a instanceof org.assay.model.Link)).count();
		UiTesting.waitFor("the annotations view to show the set", 5_000,
				() -> annotations.viewer().getTable().getItemCount() == rows);
		editor.moveToProposal(true);
		UiTesting.flush();
		assertNotNull(editor.currentAnnotation(), "Tab reaches the engine's proposals");
		UiTesting.screenshot(window.getShell(), "engine-proposals-in-editor");

		editor.showSet("engine:entities");
		UiTesting.flush();
		assertTrue(editor.isReadOnly());
		assertTrue(editor.banner().contains("read-only"), editor.banner());
		editor.moveToProposal(true);
		var engineProposal = editor.currentAnnotation();
		assertNotNull(engineProposal);
		editor.accept(); // what the accept key does
		editor.delete();
		assertEquals(AnnotationStatus.PROPOSED, engineProposal.getStatus(), "an engine's set is never changed by a key");
		assertFalse(editor.isDirty());
		UiTesting.screenshot(window.getShell(), "engine-set-read-only");
		editor.showSet(Annotators.current());

		EvaluationView view = (EvaluationView) window.getActivePage().showView(EvaluationView.ID);
		UiTesting.flush();
		view.choose("engine:entities", "gold");
		view.compare();
		UiTesting.flush();
		assertTrue(view.table().getItemCount() > 4, "rows: " + view.table().getItemCount());
		boolean entityTotal = false;
		for (var item : view.table().getItems()) {
			entityTotal |= item.getText(0).equals("entity") && item.getText(1).equals("all")
					&& Double.parseDouble(item.getText(9)) > 0.5;
		}
		assertTrue(entityTotal, "a total row per layer; the rules find most entities of the article");
		UiTesting.screenshot(window.getShell(), "evaluation-view");

		view.choose("engine:entities", Annotators.current());
		view.compare();
		UiTesting.flush();
		assertTrue(view.summary().contains("no document where both give an answer"), view.summary());
		assertTrue(view.summary().contains("is not started"), "untouched proposals are no reference: " + view.summary());
		assertEquals(0, view.table().getItemCount());
		UiTesting.screenshot(window.getShell(), "evaluation-view-decided-only");
		view.countOpenProposals(true);
		view.compare();
		UiTesting.flush();
		assertEquals("1.000", entityTotal(view).getText(6), "the same proposals on both sides, when asked for");
	}

	@Test
	void proposalsMadeBeforeAreOfferedToTheAnnotatorsSetWithOneKey() throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		ProjectFolder sample = UiTesting.sample();
		Document senators = sample.project().getDocuments().get(2);
		// what 'assay annotate' leaves: the engine's set of the document, offered to nobody
		Engine entities = Engines.find("entities");
		java.util.Date started = new java.util.Date();
		new EngineRunner(entities, new EngineContext(sample.dir(), null), sample.project().getSchema(), 1).run(
				List.of(senators), RunMonitor.NONE, (d, found) -> EngineSets.replace(d, entities, null, started,
						found.annotations()));
		AnnotationSet engineSet = SetNames.find(senators, "engine:entities");
		int proposals = engineSet.getAnnotations().size();
		assertTrue(proposals > 5, "proposals: " + proposals);
		AnnotationSet dana = SetNames.findOrCreate(senators, "dana");
		DocumentEditor editor = DocumentEditor.open(window.getActivePage(), sample, senators, "dana");
		try {
			UiTesting.flush();
			assertTrue(editor.banner().matches("(?s).*dana has not been offered yet \\(entities \\d+\\.\\d+\\.\\d+: " + proposals + "\\).*"),
					editor.banner());
			assertTrue(editor.banner().contains("Ctrl+Alt+O"), editor.banner());
			UiTesting.screenshot(window.getShell(), "engine-proposals-to-offer");

			editor.setFocus();
			UiTesting.type(0, 'o', SWT.CTRL, SWT.ALT);
			UiTesting.waitFor("the proposals offered", 5_000, () -> dana.getAnnotations().size() == proposals);
			UiTesting.flush();
			assertTrue(dana.getAnnotations().stream().allMatch(a -> a.getStatus() == AnnotationStatus.PROPOSED
					&& "engine:entities".equals(a.getProvenance().getSourceSet())));
			assertEquals("", editor.banner(), "the note goes once they are offered");
			assertNotNull(editor.currentAnnotation(), "and the walk starts at the first");
			assertTrue(editor.isDirty());
			UiTesting.screenshot(window.getShell(), "engine-proposals-offered");

			UiTesting.type(0, 'z', SWT.CTRL);
			UiTesting.waitFor("the offer undone", 5_000, () -> dana.getAnnotations().isEmpty());
			UiTesting.flush();
			assertTrue(editor.banner().contains("has not been offered yet"), editor.banner());
			UiTesting.type(0, 'z', SWT.CTRL, SWT.SHIFT);
			UiTesting.waitFor("the offer redone", 5_000, () -> dana.getAnnotations().size() == proposals);

			// offered again after a decision: the decision stays, nothing comes twice
			UiTesting.flush();
			var decided = editor.currentAnnotation();
			editor.reject();
			editor.offerEngineProposals();
			UiTesting.flush();
			assertEquals(proposals, dana.getAnnotations().size());
			assertEquals(AnnotationStatus.REJECTED, decided.getStatus());
			assertTrue(dana.getAnnotations().contains(decided));

			editor.showSet("engine:entities");
			editor.offerEngineProposals();
			assertEquals(proposals, engineSet.getAnnotations().size(), "an engine's set is offered nothing");
			assertFalse(engineSet.getAnnotations().stream().anyMatch(a -> a.getProvenance().getSourceSet() != null));
		} finally {
			window.getActivePage().closeEditor(editor, false);
			senators.getAnnotationSets().remove(dana);
			senators.getAnnotationSets().remove(engineSet);
		}
	}

	@Test
	void aRunOverTheProjectOffersToMySetOnMyDocumentsOnly(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
			throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		ProjectFolder folder = org.assay.sample.SampleProject.create(dir.resolve("assigned"));
		List<Document> documents = folder.project().getDocuments().subList(0, 2);
		String me = Annotators.current();
		org.assay.store.Assignments assignments = new org.assay.store.Assignments();
		assignments.assign(documents.get(0).getId(), me);
		assignments.assign(documents.get(1).getId(), "bob");
		assignments.write(folder.dir());
		org.assay.ui.internal.projects.OpenProjects.get().add(folder);
		try {
			String[] report = new String[1];
			UiTesting.closeNextMessage(TITLE, report);
			org.assay.ui.internal.engines.AnnotateHandler.start(window.getShell(), window.getActivePage(),
					new org.assay.ui.internal.engines.EngineTarget(folder, documents), documents,
					List.of(Engines.find("entities")), me);
			UiTesting.waitFor("the run and its report", 60_000, () -> report[0] != null);
			for (Document d : documents) {
				assertNotNull(SetNames.find(d, "engine:entities"), "the engine's set of " + d.getId());
			}
			AnnotationSet mine = SetNames.find(documents.get(0), me);
			assertTrue(mine != null && !mine.getAnnotations().isEmpty(), "offered on my document");
			AnnotationSet onBobs = SetNames.find(documents.get(1), me);
			assertTrue(onBobs == null || onBobs.getAnnotations().isEmpty(), "not on bob's");
		} finally {
			org.assay.ui.internal.projects.OpenProjects.get().close(folder);
		}
	}

	@Test
	void preferringAnEngineInTheDialogOffersItsProposalsInTheOthersPlace(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
			throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		ProjectFolder folder = org.assay.sample.SampleProject.create(dir.resolve("prefer"));
		org.assay.ui.internal.projects.OpenProjects.get().add(folder);
		Document doc = folder.project().getDocuments().get(0);
		try {
			String[] trained = new String[1];
			new org.assay.ui.internal.engines.TrainJob(Display.getCurrent(), folder, m -> trained[0] = m).schedule();
			UiTesting.waitFor("the learned engine trained from gold", 120_000, () -> trained[0] != null);
			DocumentEditor.open(window.getActivePage(), folder, doc, null);
			UiTesting.flush();

			List<String> seen = new ArrayList<>();
			String[] done = new String[1];
			onAnnotateDialog(s -> {
				org.eclipse.swt.widgets.Combo prefer = find(s, org.eclipse.swt.widgets.Combo.class);
				if (!seen.contains("unchecked")) {
					seen.addAll(List.of(prefer.getItems()));
					int choice = List.of(prefer.getItems())
							.indexOf("Offer the entity proposals of Learned from this project in the others' place");
					if (choice < 0) { // no such choice: the test fails on what it saw, the dialog closed
						UiTesting.button(s, "Cancel").notifyListeners(SWT.Selection, null);
						done[0] = "no choice to prefer the learned engine's entities";
						return true;
					}
					prefer.select(choice);
					for (var item : find(s, Table.class).getItems()) {
						item.setChecked(!item.getText(0).startsWith("Learned"));
					}
					UiTesting.button(s, "Run").notifyListeners(SWT.Selection, null);
					seen.add("unchecked");
					return false; // the dialog stays, saying why
				}
				seen.add("open with: " + errorOf(s));
				for (var item : find(s, Table.class).getItems()) {
					item.setChecked(true);
				}
				shot(s, "annotate-dialog-prefer");
				UiTesting.button(s, "Run").notifyListeners(SWT.Selection, null);
				UiTesting.closeNextMessage(TITLE, done);
				return true;
			});
			window.getService(IHandlerService.class).executeCommand("org.assay.ui.commands.annotate", null);
			UiTesting.waitFor("the run and its report", 60_000, () -> done[0] != null);
			assertTrue(seen.contains("Offer what each proposes; the first to propose at a place keeps it"), seen.toString());
			assertTrue(seen.contains("Offer the proposals of Learned from this project in the others' place"), seen.toString());
			assertTrue(seen.stream().anyMatch(x -> x.startsWith("open with: ") && x.contains("Check Learned")),
					"the preferred engine must run: " + seen);
			assertTrue(seen.indexOf("Offer the entity proposals of Learned from this project in the others' place") > 0, seen.toString());
			assertTrue(done[0].matches("(?s).*Entities.*\\n\\nClaims.*\\n\\nLearned.*"), "the preferred engine last: " + done[0]);

			AnnotationSet mine = SetNames.find(doc, Annotators.current());
			java.util.Set<Object> linked = new java.util.HashSet<>();
			mine.getAnnotations().stream().filter(org.assay.model.Link.class::isInstance)
					.map(org.assay.model.Link.class::cast).forEach(l -> {
						linked.add(l.getSource());
						linked.add(l.getTarget());
					});
			long learned = 0;
			for (var a : mine.getAnnotations()) {
				if (a instanceof org.assay.model.Link || a.getStatus() != AnnotationStatus.PROPOSED
						|| !a.getLabel().getLayer().getName().equals("entity")) {
					continue;
				}
				String source = a.getProvenance().getSourceSet();
				learned += "engine:learned".equals(source) ? 1 : 0;
				assertTrue("engine:learned".equals(source) || linked.contains(a),
						"a rule's entity left beside the model's, that no link needs: " + a);
			}
			assertTrue(learned > 3, "the model's entities offered: " + learned);
			assertTrue(mine.getAnnotations().stream().anyMatch(a -> "engine:claims".equals(a.getProvenance().getSourceSet())
					&& a.getLabel() != null && a.getLabel().getLayer().getName().equals("claim")),
					"the claim rules' claims stay: only the entity layer was taken over");
			UiTesting.screenshot(window.getShell(), "annotate-preferred-learned");
		} finally {
			window.getActivePage().closeAllEditors(false);
			org.assay.ui.internal.projects.OpenProjects.get().close(folder);
		}
	}

	/**
	 * Polls from the event loop for the Annotate dialog (the command opens it modally) and hands it to the step,
	 * again at each poll while the step says it is not done.
	 */
	private static void onAnnotateDialog(java.util.function.Predicate<Shell> step) {
		Display display = Display.getCurrent();
		Runnable[] poll = new Runnable[1];
		poll[0] = () -> {
			for (Shell s : display.getShells()) {
				if (TITLE.equals(s.getText()) && s.isVisible() && find(s, Table.class) != null && step.test(s)) {
					return;
				}
			}
			display.timerExec(50, poll[0]);
		};
		display.timerExec(50, poll[0]);
	}

	/** The message a title-area dialog shows, as its labels and texts hold it. */
	private static String errorOf(Composite c) {
		StringBuilder b = new StringBuilder();
		for (Control child : c.getChildren()) {
			if (child instanceof org.eclipse.swt.widgets.Text t) {
				b.append(t.getText()).append(' ');
			} else if (child instanceof org.eclipse.swt.widgets.Label l) {
				b.append(l.getText()).append(' ');
			}
			if (child instanceof Composite inner) {
				b.append(errorOf(inner));
			}
		}
		return b.toString();
	}

	private static org.eclipse.swt.widgets.TableItem entityTotal(EvaluationView view) {
		for (var item : view.table().getItems()) {
			if (item.getText(0).equals("entity") && item.getText(1).equals("all")) {
				return item;
			}
		}
		throw new AssertionError("no entity total row");
	}

	private static void shot(Shell s, String name) {
		try {
			UiTesting.screenshot(s, name);
		} catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}


	private static <T> T find(Composite c, Class<T> type) {
		for (Control child : c.getChildren()) {
			if (type.isInstance(child)) {
				return type.cast(child);
			}
			if (child instanceof Composite inner) {
				T found = find(inner, type);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}
}
