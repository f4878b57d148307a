/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.assay.model.AnnotationSet;
import org.assay.model.Document;
import org.assay.model.Link;
import org.assay.model.Span;
import org.assay.model.support.SetNames;
import org.assay.model.support.Spans;
import org.assay.store.ProjectFolder;
import org.assay.ui.internal.editor.DocumentEditor;
import org.assay.ui.internal.views.PropertiesView;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The properties view shows the editor's current claim with its type, links and provenance; editing the type
 * in place is a command of the editor: the model changes, the editor is dirty, and Undo takes it back.
 */
@Order(11)
class PropertiesViewTest {

	@Test
	void aClaimsTypeLinksAndProvenanceAndAnUndoableEdit() throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		window.getShell().setSize(1280, 860);
		ProjectFolder sample = UiTesting.sample();
		Document tram = sample.project().getDocuments().get(4);
		AnnotationSet gold = SetNames.find(tram, "gold");
		Span claim = gold.getAnnotations().stream()
				.filter(a -> a instanceof Span s && a.getLabel().getName().equals("CLAIM")
						&& "indirect".equals(a.getFeatures().get("type")))
				.map(Span.class::cast).findFirst().orElseThrow();
		Span cue = linked(gold, claim, "cue");
		Span claimant = linked(gold, claim, "claimant");

		DocumentEditor editor = DocumentEditor.open(window.getActivePage(), sample, tram, "gold");
		PropertiesView view = (PropertiesView) window.getActivePage().showView(PropertiesView.ID);
		editor.setCurrent(claim);
		Table table = view.viewer().getTable();
		UiTesting.waitFor("the claim's properties", 5_000, () -> view.shown() == claim && row(table, "type") != null);
		assertEquals("CLAIM", value(table, "Label"));
		assertEquals("accepted", value(table, "Status"));
		assertTrue(value(table, "Extent").startsWith(Spans.begin(claim) + "\u2013" + Spans.end(claim)), value(table, "Extent"));
		assertEquals("indirect", value(table, "type"));
		String text = tram.getText();
		assertEquals(Spans.coveredText(cue, text) + "  (CUE)", value(table, "cue"), "a link shows its target");
		assertTrue(value(table, "claimant").startsWith(Spans.coveredText(claimant, text)), value(table, "claimant"));
		assertNotNull(row(table, "Provenance"));
		assertEquals(claim.getProvenance().getOrigin().getLiteral(), value(table, "Origin"));
		if (claim.getProvenance().getAuthor() != null) {
			assertEquals(claim.getProvenance().getAuthor(), value(table, "Author"));
		}
		assertFalse(editor.isDirty());

		// the type, edited in place with its combo
		view.viewer().editElement(row(table, "type").getData(), 1);
		CCombo combo = activeCombo(table);
		assertNotNull(combo, "a combo of the claim types");
		assertEquals("direct indirect mixed", String.join(" ", combo.getItems()).strip());
		combo.select(combo.indexOf("mixed"));
		combo.notifyListeners(SWT.Selection, null);
		UiTesting.screenshot(window.getShell(), "properties-view-editing");
		combo.notifyListeners(SWT.DefaultSelection, null);
		UiTesting.waitFor("the type to change", 5_000, () -> "mixed".equals(claim.getFeatures().get("type")));
		assertTrue(editor.isDirty(), "the edit marks the editor dirty");
		UiTesting.waitFor("the view to show it", 5_000, () -> "mixed".equals(value(table, "type")));
		// every row at once, for the screenshot
		IWorkbenchPage page = window.getActivePage();
		page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
		table.setTopIndex(0);
		UiTesting.screenshot(window.getShell(), "properties-view");
		page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);
		UiTesting.flush();

		// Edit > Undo from the view itself
		window.getActivePage().activate(view);
		window.getService(IHandlerService.class).executeCommand(IWorkbenchCommandConstants.EDIT_UNDO, null);
		UiTesting.waitFor("the undo", 5_000, () -> "indirect".equals(claim.getFeatures().get("type")));
		assertFalse(editor.isDirty());
		UiTesting.waitFor("the view to show it", 5_000, () -> "indirect".equals(value(table, "type")));

		// the view follows the editor to another annotation
		editor.setCurrent(claimant);
		UiTesting.waitFor("the claimant's properties", 5_000, () -> view.shown() == claimant);
		assertEquals(claimant.getLabel().getName(), value(table, "Label"));

		window.getActivePage().closeAllEditors(false);
		UiTesting.waitFor("the view to empty", 5_000, () -> table.getItemCount() == 0);
	}

	private static Span linked(AnnotationSet set, Span from, String role) {
		return set.getAnnotations().stream().filter(a -> a instanceof Link l && l.getSource() == from && role.equals(l.getRole()))
				.map(a -> (Span) ((Link) a).getTarget()).findFirst().orElseThrow();
	}

	private static CCombo activeCombo(Table table) {
		for (Control c : table.getChildren()) {
			if (c instanceof CCombo combo && c.isVisible()) {
				return combo;
			}
		}
		return null;
	}

	private static TableItem row(Table table, String name) {
		for (TableItem item : table.getItems()) {
			if (item.getText(0).equals(name)) {
				return item;
			}
		}
		return null;
	}

	private static String value(Table table, String name) {
		TableItem item = row(table, name);
		return item == null ? null : item.getText(1);
	}
}
