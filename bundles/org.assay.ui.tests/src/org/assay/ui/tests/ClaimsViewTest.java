/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.assay.model.AnnotationSet;
import org.assay.model.Document;
import org.assay.model.Link;
import org.assay.model.Span;
import org.assay.model.support.SetNames;
import org.assay.model.support.Spans;
import org.assay.store.ProjectFolder;
import org.assay.ui.internal.editor.DocumentEditor;
import org.assay.ui.internal.views.ClaimsView;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/** The claims view lists the editor's claims with claimant and cue, and follows the editor both ways. */
@Order(8)
class ClaimsViewTest {

	@Test
	void theClaimsOfTheTramArticleWithClaimantsAndCues() throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		window.getShell().setSize(1280, 860);
		ProjectFolder sample = UiTesting.sample();
		Document tram = sample.project().getDocuments().get(4);
		AnnotationSet gold = SetNames.find(tram, "gold");
		List<Span> claims = new ArrayList<>();
		gold.getAnnotations().forEach(a -> {
			if (a instanceof Span s && a.getLabel().getName().equals("CLAIM")) {
				claims.add(s);
			}
		});
		ClaimsView view = (ClaimsView) window.getActivePage().showView(ClaimsView.ID);
		DocumentEditor editor = DocumentEditor.open(window.getActivePage(), sample, tram, "gold");
		Table table = view.viewer().getTable();
		UiTesting.waitFor("a row per claim", 5_000, () -> table.getItemCount() == claims.size());
		assertEquals(6, claims.size());

		TableItem sheikh = row(table, "She [Amira Sheikh]");
		assertNotNull(sheikh, "a pronoun claimant names the person it refers to: " + rows(table));
		assertTrue(sheikh.getText(0).startsWith("the line would take 20,000 cars"), sheikh.getText(0));
		assertEquals("said", sheikh.getText(2));
		assertEquals("indirect", sheikh.getText(3));
		assertEquals("accepted", sheikh.getText(4));
		TableItem fletcher = row(table, "he [Graham Fletcher]");
		assertNotNull(fletcher, rows(table));
		assertEquals("direct", fletcher.getText(3));
		for (TableItem item : table.getItems()) {
			assertTrue(!item.getText(1).isEmpty() && !item.getText(2).isEmpty(), "every claim has claimant and cue: " + rows(table));
		}

		// a row makes its claim the editor's current annotation
		Span fletcherClaim = (Span) fletcher.getData();
		view.viewer().setSelection(new StructuredSelection(fletcherClaim), true);
		UiTesting.flush();
		assertSame(fletcherClaim, editor.currentAnnotation());
		assertEquals(Spans.begin(fletcherClaim), editor.textWidget().getSelection().x);

		// the editor's current annotation selects its row; its claimant selects the claim it made
		Span sheikhClaim = (Span) sheikh.getData();
		editor.setCurrent(sheikhClaim);
		UiTesting.flush();
		assertSame(sheikhClaim, view.viewer().getStructuredSelection().getFirstElement());
		Span pronoun = (Span) gold.getAnnotations().stream()
				.filter(a -> a instanceof Link l && l.getSource() == fletcherClaim && l.getRole().equals("claimant"))
				.map(a -> ((Link) a).getTarget()).findFirst().orElseThrow();
		editor.setCurrent(pronoun);
		UiTesting.flush();
		assertSame(fletcherClaim, view.viewer().getStructuredSelection().getFirstElement(), "the claim its claimant made");

		// sorted by claimant, then filtered
		table.getColumn(1).notifyListeners(SWT.Selection, null);
		UiTesting.flush();
		for (int i = 1; i < table.getItemCount(); i++) {
			assertTrue(table.getItem(i - 1).getText(1).compareToIgnoreCase(table.getItem(i).getText(1)) <= 0, rows(table));
		}
		editor.setCurrent(sheikhClaim);
		UiTesting.flush();
		UiTesting.screenshot(window.getShell(), "claims-view");
		view.filter().setText("over budget");
		UiTesting.flush();
		assertEquals(1, table.getItemCount(), rows(table));
		view.filter().setText("");
		window.getActivePage().closeAllEditors(false);
		UiTesting.waitFor("the view to empty", 5_000, () -> table.getItemCount() == 0);
	}

	private static TableItem row(Table table, String claimant) {
		for (TableItem item : table.getItems()) {
			if (item.getText(1).equals(claimant)) {
				return item;
			}
		}
		return null;
	}

	private static String rows(Table table) {
		StringBuilder sb = new StringBuilder();
		for (TableItem item : table.getItems()) {
			sb.append('\n').append(item.getText(0)).append(" | ").append(item.getText(1)).append(" | ").append(item.getText(2));
		}
		return sb.toString();
	}
}
