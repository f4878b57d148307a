/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.assay.model.AnnotationSet;
import org.assay.model.Document;
import org.assay.model.Label;
import org.assay.model.support.Schemas;
import org.assay.model.support.SetNames;
import org.assay.store.ProjectFolder;
import org.assay.ui.internal.AnnotatePerspective;
import org.assay.ui.internal.editor.Annotators;
import org.assay.ui.internal.editor.DocumentEditor;
import org.assay.ui.internal.editor.LabelColours;
import org.assay.ui.internal.projects.OpenProjects;
import org.assay.ui.internal.projects.ProjectNavigator;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** Starts the Assay workbench on its first run, opens a sample article from the navigator and checks its highlights. */
@Order(1) // sees the very first start, before other tests open and close editors
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkbenchTest {

	private IWorkbenchWindow window;

	@BeforeEach
	void workbench() {
		UiTesting.waitFor("the workbench window", 30_000,
				() -> PlatformUI.isWorkbenchRunning() && PlatformUI.getWorkbench().getActiveWorkbenchWindow() != null);
		window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		window.getShell().setSize(1280, 860);
	}

	@AfterEach
	void closeEditors() {
		window.getActivePage().closeAllEditors(false);
	}

	@Test
	@Order(1)
	void theFirstStartOpensTheSampleProjectAndAnArticleInTheAnnotatePerspective() {
		UiTesting.waitFor("the first article", 10_000,
				() -> window.getActivePage().getActiveEditor() instanceof DocumentEditor);
		DocumentEditor opened = (DocumentEditor) window.getActivePage().getActiveEditor();
		assertEquals("01-port-expansion", opened.document().getId());
		assertEquals("Assay", window.getShell().getText());
		assertEquals(AnnotatePerspective.ID, window.getActivePage().getPerspective().getId());
		ProjectNavigator navigator = (ProjectNavigator) window.getActivePage().findView(ProjectNavigator.ID);
		assertNotNull(navigator, "the project navigator is shown");
		ProjectFolder sample = UiTesting.sample();
		assertEquals(6, sample.project().getDocuments().size());
		Tree tree = navigator.viewer().getTree();
		UiTesting.waitFor("the sample in the navigator", 5_000, () -> tree.getItemCount() > 0);
		assertTrue(tree.getItem(0).getText().startsWith("Sample"), tree.getItem(0).getText());
	}

	@Test
	@Order(2)
	void doubleClickingADocumentOpensItWithItsAnnotationsHighlighted() throws Exception {
		ProjectNavigator navigator = (ProjectNavigator) window.getActivePage().findView(ProjectNavigator.ID);
		ProjectFolder sample = OpenProjects.get().projects().get(0);
		Document port = sample.project().getDocuments().get(0);
		Tree tree = navigator.viewer().getTree();
		navigator.viewer().setSelection(new StructuredSelection(port), true);
		UiTesting.flush();
		TreeItem item = tree.getSelection()[0];
		assertTrue(item.getText().startsWith("Harbour board approves"), item.getText());
		Event dbl = new Event();
		dbl.item = item;
		tree.notifyListeners(SWT.DefaultSelection, dbl);
		UiTesting.waitFor("the document editor", 10_000,
				() -> window.getActivePage().getActiveEditor() instanceof DocumentEditor);

		DocumentEditor editor = (DocumentEditor) window.getActivePage().getActiveEditor();
		StyledText text = editor.textWidget();
		assertEquals(port.getText(), text.getText());
		AnnotationSet mine = SetNames.find(port, Annotators.current());
		assertNotNull(mine, "the annotator's own set is made on first open");
		assertEquals(mine, editor.shownSet(), "and shown first: an annotator never edits gold by accident");
		assertTrue(editor.banner().contains("has no annotations yet"), editor.banner());
		UiTesting.screenshot(window.getShell(), "workbench-own-empty-set");
		AnnotationSet gold = SetNames.find(port, "gold");
		editor.showSet("gold");
		assertEquals("", editor.banner(), "no banner over a set with annotations");
		StyleRange[] ranges = editor.styleRanges();
		assertTrue(ranges.length >= 40, "highlights: " + ranges.length);

		Label person = Schemas.label(sample.project().getSchema(), "entity", "PERSON");
		RGB personTint = LabelColours.tint(person, 0.45).getRGB();
		int claire = port.getText().indexOf("Claire Duval");
		StyleRange atClaire = editor.styleRangeAt(claire);
		assertNotNull(atClaire, "Claire Duval is highlighted");
		assertEquals(personTint, atClaire.background.getRGB(), "in the PERSON colour");
		for (StyleRange r : editor.styleRanges(claire, 12)) {
			assertEquals(personTint, r.background.getRGB(), "all of the name: " + r);
		}
		assertEquals(12, Arrays.stream(editor.styleRanges(claire, 12)).mapToInt(r -> r.length).sum());

		int quote = port.getText().indexOf("This is the largest");
		StyleRange atQuote = editor.styleRangeAt(quote);
		assertNotNull(atQuote, "the quote is highlighted");
		assertEquals(LabelColours.tint(Schemas.label(sample.project().getSchema(), "claim", "CLAIM"), 0.45).getRGB(),
				atQuote.background.getRGB(), "a claim with nothing inside fills");
		int inner = port.getText().indexOf("Port Elmsley on the map");
		StyleRange nested = editor.styleRangeAt(inner);
		Label location = Schemas.label(sample.project().getSchema(), "entity", "LOCATION");
		Label claim = Schemas.label(sample.project().getSchema(), "claim", "CLAIM");
		assertEquals(LabelColours.tint(location, 0.45).getRGB(), nested.background.getRGB(), "the place fills");
		assertTrue(nested.underline, "and the claim around it underlines");
		assertEquals(LabelColours.rgb(claim), nested.underlineColor.getRGB());
		assertTrue(Arrays.stream(ranges).noneMatch(r -> r.length <= 0));

		Path shot = UiTesting.screenshot(window.getShell(), "workbench-sample-document");
		assertTrue(Files.size(shot) > 10_000, "a real screenshot was written: " + shot);
	}

	@Test
	@Order(3)
	void theSameDocumentOpensOnceAndCanShowAnotherSet() throws Exception {
		ProjectFolder sample = OpenProjects.get().projects().get(0);
		Document wheat = sample.project().getDocuments().get(1);
		AnnotationSet alice = SetNames.findOrCreate(wheat, "alice");
		IWorkbenchPage page = window.getActivePage();
		DocumentEditor first = DocumentEditor.open(page, sample, wheat, null);
		DocumentEditor again = DocumentEditor.open(page, sample, wheat, "alice");
		assertEquals(first, again);
		IEditorPart[] editors = page.getEditors();
		assertEquals(1, editors.length);
		assertEquals(alice, again.shownSet());
		assertEquals(0, again.styleRanges().length, "alice has labelled nothing yet");
		again.textWidget().setSelection(0, 3);
		again.applyLabel(Schemas.label(sample.project().getSchema(), "entity", "ORGANIZATION"));
		assertEquals(1, alice.getAnnotations().size(), "a new document's set takes a label at once");
		UiTesting.flush();
		assertEquals("", again.banner(), "and the empty-set banner goes");
		again.domain().getCommandStack().undo();
		again.showSet("gold");
		assertTrue(again.styleRanges().length > 20);
		wheat.getAnnotationSets().remove(alice);
	}
}
