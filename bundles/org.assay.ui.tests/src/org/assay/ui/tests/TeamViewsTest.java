/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Date;
import java.util.List;

import org.assay.model.Annotation;
import org.assay.model.AnnotationSet;
import org.assay.model.AnnotationStatus;
import org.assay.model.Document;
import org.assay.model.Span;
import org.assay.model.WorkState;
import org.assay.model.support.SetNames;
import org.assay.model.support.Spans;
import org.assay.store.Assignments;
import org.assay.store.ProjectFolder;
import org.assay.ui.internal.editor.Annotators;
import org.assay.ui.internal.editor.DocumentEditor;
import org.assay.ui.internal.projects.ProjectNavigator;
import org.assay.ui.internal.team.AgreementView;
import org.assay.ui.internal.team.ProgressView;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.swt.SWT;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/** Assignment from the navigator, "only my documents", the Progress view following decisions, the Agreement view. */
@Order(17)
class TeamViewsTest {

	/** Documents assigned elsewhere (a lead's assay assign) show in the navigator once the window is active again. */
	@Test
	void assignmentsMadeElsewhereShowWhenTheWindowIsActivatedAgain() throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		ProjectFolder sample = UiTesting.sample();
		String me = Annotators.current();
		java.nio.file.Files.deleteIfExists(sample.dir().resolve(Assignments.FILE));
		ProjectNavigator navigator = (ProjectNavigator) page.showView(ProjectNavigator.ID);
		navigator.showOnlyMine(false); // reads the assignments again: none
		UiTesting.flush();
		try {
			assertTrue(!navigator.viewer().getTree().getItem(0).getText().contains("documents done"),
					navigator.viewer().getTree().getItem(0).getText());
			Assignments elsewhere = Assignments.read(sample.dir());
			elsewhere.assign("03-data-brokers", me);
			elsewhere.write(sample.dir()); // behind the workbench's back, as the command line writes it
			page.getWorkbenchWindow().getShell().notifyListeners(SWT.Activate, new org.eclipse.swt.widgets.Event());
			UiTesting.flush();
			String line = navigator.viewer().getTree().getItem(0).getText();
			assertTrue(line.endsWith("(0/1 of " + me + "'s documents done)"), "the new assignment shown: " + line);
		} finally {
			java.nio.file.Files.deleteIfExists(sample.dir().resolve(Assignments.FILE));
			navigator.showOnlyMine(false);
		}
	}

	@Test
	void assignFilterFollowProgressAndMeasureAgreement() throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		ProjectFolder sample = UiTesting.sample();
		List<Document> documents = sample.project().getDocuments();
		String me = Annotators.current();

		// two documents assigned to me from the navigator; "only my documents" shows just them, mine first anyway
		ProjectNavigator navigator = (ProjectNavigator) page.showView(ProjectNavigator.ID);
		navigator.assign(sample, List.of(documents.get(4), documents.get(2)), me);
		assertEquals(List.of("03-data-brokers", "05-tram-line"), Assignments.read(sample.dir()).documentsOf(me));
		UiTesting.flush();
		TreeItem project = navigator.viewer().getTree().getItem(0);
		navigator.viewer().expandToLevel(sample, 1);
		assertTrue(project.getItem(0).getText().startsWith("Senators press"), "my documents first: " + project.getItem(0).getText());
		assertTrue(project.getText().endsWith("(0/2 of " + me + "'s documents done)"), "my documents counted: "
				+ project.getText());
		navigator.showOnlyMine(true);
		UiTesting.flush();
		assertEquals(2, navigator.viewer().getTree().getItem(0).getItemCount(), "only mine");
		UiTesting.screenshot(page.getWorkbenchWindow().getShell(), "navigator-only-my-documents");
		navigator.showOnlyMine(false);

		// the next document by key is my next one: from 03 to 05, not to 04, which is not mine; none after 05
		page.closeAllEditors(false); // run alone, the sample's first article is still open from the first start
		DocumentEditor third = DocumentEditor.open(page, sample, documents.get(2), null);
		UiTesting.flush();
		third.setFocus();
		UiTesting.type(SWT.PAGE_DOWN, (char) 0, SWT.ALT);
		UiTesting.waitFor("my next document", 5_000, () -> page.getActiveEditor() instanceof DocumentEditor e
				&& e.document() == documents.get(4));
		assertEquals(1, page.getEditorReferences().length, "in place of the one before, not in a tab of its own");
		assertEquals(null, ((DocumentEditor) page.getActiveEditor()).openNeighbour(1), "the last of mine");
		assertEquals(documents.get(2), ((DocumentEditor) page.getActiveEditor()).openNeighbour(-1).document());
		page.closeAllEditors(false);

		// the Progress view counts the decisions as they are made
		ProgressView progress = (ProgressView) page.showView(ProgressView.ID);
		progress.choose(sample);
		UiTesting.flush();
		AnnotationSet mine = SetNames.findOrCreate(documents.get(2), me);
		Span proposal = (Span) EcoreUtil.copy(SetNames.find(documents.get(2), "gold").getAnnotations().get(0));
		proposal.setStatus(AnnotationStatus.PROPOSED);
		mine.getAnnotations().add(proposal);
		proposal.setStatus(AnnotationStatus.ACCEPTED);
		proposal.getProvenance().setDecidedBy(me);
		proposal.getProvenance().setDecided(new Date());
		UiTesting.waitFor("the progress to follow the decision", 5_000, () -> row(progress, me) != null
				&& row(progress, me).getText(1).equals("2") && Integer.parseInt(row(progress, me).getText(4)) >= 1);
		UiTesting.screenshot(page.getWorkbenchWindow().getShell(), "progress-view");
		mine.getAnnotations().remove(proposal);

		// agreement between two annotators made from gold, one of them missing a few spans
		// (gold whole, with its claims' links and document labels; ben without some entities and a claimant)
		for (Document d : documents) {
			for (String name : List.of("ana", "ben")) {
				AnnotationSet set = SetNames.findOrCreate(d, name);
				set.getAnnotations().addAll(EcoreUtil.copyAll(SetNames.find(d, "gold").getAnnotations()));
				if (name.equals("ben")) {
					set.getAnnotations().removeIf(a -> a instanceof org.assay.model.Link l && l.getRole().equals("claimant")
							&& l.getTarget().getLabel().getName().equals("PERSON") && d == documents.get(0));
					List<Annotation> missed = set.getAnnotations().stream().filter(a -> a instanceof Span s
							&& a.getLabel().getLayer().getName().equals("entity") && Spans.begin(s) % 3 == 0
							&& set.getAnnotations().stream().noneMatch(l -> l instanceof org.assay.model.Link k
									&& (k.getTarget() == a || k.getSource() == a))).toList();
					set.getAnnotations().removeAll(missed);
				}
			}
		}
		AgreementView agreement = (AgreementView) page.showView(AgreementView.ID);
		agreement.choose(sample);
		agreement.check("ana", "ben");
		agreement.compute().join();
		UiTesting.waitFor("the figures", 10_000, () -> agreement.report() != null);
		TableItem entity = null;
		for (TableItem item : agreement.figures().getItems()) {
			if (item.getText(0).equals("entity")) {
				entity = item;
			}
		}
		assertNotNull(entity, "a row for the entity layer");
		double fleiss = Double.parseDouble(entity.getText(3));
		assertTrue(fleiss > 0.3 && fleiss < 1.0, "ben misses some of ana's spans: " + fleiss);
		assertTrue(agreement.pairs().getItemCount() >= 2, "the pairwise matrix");
		List<String> rows = java.util.Arrays.stream(agreement.figures().getItems()).map(i -> i.getText(0)).toList();
		assertTrue(rows.contains("link/claimant") && rows.contains("link/cue"), "rows for the links: " + rows);
		TableItem claimants = java.util.Arrays.stream(agreement.figures().getItems())
				.filter(i -> i.getText(0).equals("link/claimant")).findFirst().orElseThrow();
		assertTrue(Double.parseDouble(claimants.getText(2)) < 1.0, "ben left a claimant out: " + claimants.getText(2));
		page.setPartState(page.getReference(agreement), IWorkbenchPage.STATE_MAXIMIZED);
		agreement.figures().showItem(claimants);
		UiTesting.flush();
		UiTesting.screenshot(page.getWorkbenchWindow().getShell(), "agreement-view-links");
		page.setPartState(page.getReference(agreement), IWorkbenchPage.STATE_RESTORED);
		UiTesting.screenshot(page.getWorkbenchWindow().getShell(), "agreement-view");
		for (Document d : documents) {
			d.getAnnotationSets().removeIf(s -> s.getName().equals("ana") || s.getName().equals("ben"));
		}
		java.nio.file.Files.deleteIfExists(sample.dir().resolve(Assignments.FILE));
		page.hideView(agreement);
		page.hideView(progress);
	}

	@Test
	void theEngineReportViewFollowsDecisions() throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		ProjectFolder sample = UiTesting.sample();
		Document d = sample.project().getDocuments().get(0);
		AnnotationSet rep = SetNames.findOrCreate(d, "rep");
		List<Span> proposals = new java.util.ArrayList<>();
		for (Annotation a : SetNames.find(d, "gold").getAnnotations()) {
			if (a instanceof Span s && proposals.size() < 4) {
				Span copy = EcoreUtil.copy(s);
				copy.setStatus(AnnotationStatus.PROPOSED);
				copy.getProvenance().setEngineId("reporter");
				copy.getProvenance().setEngineVersion("2.0");
				copy.getProvenance().setConfidence(0.92);
				rep.getAnnotations().add(copy);
				proposals.add(copy);
			}
		}
		proposals.get(0).setStatus(AnnotationStatus.ACCEPTED);
		proposals.get(1).setStatus(AnnotationStatus.REJECTED);
		org.assay.ui.internal.team.EngineReportView view = (org.assay.ui.internal.team.EngineReportView) page
				.showView(org.assay.ui.internal.team.EngineReportView.ID);
		view.choose(sample);
		UiTesting.flush();
		TableItem all = reporter(view);
		assertEquals(List.of("1", "0", "0", "1", "2", "0.500"), List.of(all.getText(2), all.getText(3), all.getText(4),
				all.getText(5), all.getText(6), all.getText(7)));
		proposals.get(2).setStatus(AnnotationStatus.ACCEPTED);
		UiTesting.waitFor("the report to follow", 5_000, () -> reporter(view).getText(2).equals("2"));
		UiTesting.screenshot(page.getWorkbenchWindow().getShell(), "engine-report-view");
		d.getAnnotationSets().remove(rep);
		page.hideView(view);
	}

	private static TableItem reporter(org.assay.ui.internal.team.EngineReportView view) {
		for (TableItem item : view.table().getItems()) {
			if (item.getText(0).equals("reporter 2.0")) {
				return item;
			}
		}
		throw new AssertionError("no row for the engine");
	}

	private static TableItem row(ProgressView view, String annotator) {
		for (TableItem item : view.table().getItems()) {
			if (item.getText(0).equals(annotator)) {
				return item;
			}
		}
		return null;
	}

	@Test
	void theProgressViewNamesTheDocumentsReadyToCurate(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
			throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		ProjectFolder folder = ProjectFolder.create(dir.resolve("p"), "Team", org.assay.model.support.StandardSchema.create());
		Document a = folder.addDocument("a", "A", "Ana Lind met Ben Moe in Oslo.");
		Document b = folder.addDocument("b", "B", "Cai Dunn flew to Lima on Monday.");
		Assignments assignments = new Assignments();
		for (Document d : List.of(a, b)) {
			assignments.assign(d.getId(), "ana");
			assignments.assign(d.getId(), "ben");
			SetNames.findOrCreate(d, "ana").setState(WorkState.DONE);
		}
		SetNames.findOrCreate(a, "ben").setState(WorkState.DONE);
		assignments.write(folder.dir());
		org.assay.ui.internal.projects.OpenProjects.get().add(folder);
		try {
			ProgressView progress = (ProgressView) page.showView(ProgressView.ID);
			progress.choose(folder);
			UiTesting.flush();
			assertTrue(progress.note().contains("Ready to curate into gold (every annotator of theirs done): 1 document(s), a;"),
					progress.note());
			UiTesting.screenshot(page.getWorkbenchWindow().getShell(), "progress-ready-to-curate");
			SetNames.findOrCreate(b, "ben").setState(WorkState.DONE); // ben finishes the other: the view follows
			UiTesting.waitFor("the second ready", 5_000, () -> progress.note().contains("2 document(s), a, b;"));
			// Ctrl+Alt+C from a's curation opens the next ready one, b's, from its annotators' sets; then back to a
			org.assay.ui.internal.team.CurationEditor.open(page,
					org.assay.ui.internal.team.CurationInput.intoGold(folder, a));
			UiTesting.flush();
			var handlers = page.getWorkbenchWindow().getService(org.eclipse.ui.handlers.IHandlerService.class);
			handlers.executeCommand("org.assay.ui.commands.curateNext", null);
			UiTesting.flush();
			var next = (org.assay.ui.internal.team.CurationInput) page.getActiveEditor().getEditorInput();
			assertEquals(List.of(b, List.of("ana", "ben"), "gold"), List.of(next.document(), next.sets(), next.into()));
			UiTesting.screenshot(page.getWorkbenchWindow().getShell(), "curate-next-ready");
			handlers.executeCommand("org.assay.ui.commands.curateNext", null);
			UiTesting.flush();
			assertEquals(a, ((org.assay.ui.internal.team.CurationInput) page.getActiveEditor().getEditorInput()).document(),
					"wrapping round");
			page.closeAllEditors(false);

			// a curation starts from the sets of the document's annotators, not a stray one
			SetNames.findOrCreate(a, "cai");
			assertEquals(List.of("ana", "ben"), org.assay.ui.internal.team.CurationInput.startingSets(folder, a));
			assignments.assign(a.getId(), "cai");
			assignments.write(folder.dir());
			assertEquals(List.of("ana", "ben"), org.assay.ui.internal.team.CurationInput.startingSets(folder, a),
					"cai, assigned too, has not marked it done: the two done sets");
			SetNames.find(a, "ben").setState(WorkState.IN_PROGRESS);
			assertEquals(List.of("ana", "ben", "cai"), org.assay.ui.internal.team.CurationInput.startingSets(folder, a),
					"only one done: all three assigned");
			assignments.unassign(a.getId(), "ben");
			assignments.unassign(a.getId(), "cai");
			assignments.write(folder.dir());
			assertEquals(List.of("ana", "ben", "cai"), org.assay.ui.internal.team.CurationInput.startingSets(folder, a), "one assigned: all");
		} finally {
			org.assay.ui.internal.projects.OpenProjects.get().close(folder);
		}
	}
}
