/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assay.model.Document;
import org.assay.model.support.StandardSchema;
import org.assay.store.ProjectFolder;
import org.assay.ui.internal.editor.DocumentEditor;
import org.assay.ui.internal.projects.OpenProjects;
import org.assay.ui.internal.search.FindDialog;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/** Edit &gt; Find in Annotations: texts and expressions across the project, by label, opening a hit; a bad expression. */
@Order(10)
class SearchTest {

	private static final String FIND = "org.assay.ui.commands.findInAnnotations";

	@Test
	void findsTextsAndExpressionsAcrossTheProjectAndOpensAHit() throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		window.getShell().setSize(1280, 860);
		ProjectFolder sample = UiTesting.sample();
		Document port = sample.project().getDocuments().get(0);
		DocumentEditor.open(window.getActivePage(), sample, port, "gold");
		UiTesting.flush();
		window.getService(IHandlerService.class).executeCommand(FIND, null);
		UiTesting.waitFor("the dialog", 5_000, () -> FindDialog.current() != null);
		FindDialog dialog = FindDialog.current();
		assertEquals(KeySequence.getInstance("M1+M2+F"), window.getService(IBindingService.class).getBestActiveBindingFor(FIND),
				"bound to Ctrl+Shift+F");
		Table hits = dialog.hits().viewer().getTable();
		assertTrue(dialog.searchesThisDocument(), "with an editor open, it searches its document first");

		dialog.pattern().setText("said");
		dialog.find();
		assertEquals(count(port, "said"), hits.getItemCount());
		dialog.searchThisDocument(false); // the whole project
		dialog.find();
		int said = sample.project().getDocuments().stream().mapToInt(d -> count(d, "said")).sum();
		assertEquals(said, hits.getItemCount(), dialog.status());
		assertTrue(documents(hits).size() > 3, "hits in several documents: " + documents(hits));

		dialog.regex().setSelection(true);
		dialog.pattern().setText("\\$\\d+ (million|billion)");
		dialog.find();
		int money = sample.project().getDocuments().stream().mapToInt(d -> count(d, "\\$\\d+ (million|billion)")).sum();
		assertEquals(money, hits.getItemCount(), dialog.status());
		assertTrue(money > 3);
		for (TableItem item : hits.getItems()) {
			assertEquals("MONEY", item.getText(3), "a sum is inside a MONEY span: " + item.getText(2));
		}
		UiTesting.screenshot(dialog.getShell(), "find-in-annotations");

		// only inside spans of one label: numbers that are percentages
		dialog.pattern().setText("\\d+");
		dialog.find();
		int numbers = hits.getItemCount();
		select(dialog, "PERCENT (entity)");
		dialog.find();
		assertTrue(hits.getItemCount() > 0 && hits.getItemCount() < numbers, hits.getItemCount() + " of " + numbers);
		for (TableItem item : hits.getItems()) {
			assertEquals("PERCENT", item.getText(3));
		}
		select(dialog, "CLAIM (claim)");
		dialog.pattern().setText("\\bhe\\b");
		dialog.find();
		assertTrue(hits.getItemCount() > 0);

		// Enter on a hit in another document opens it with the match selected
		TableItem hit = null;
		for (TableItem item : hits.getItems()) {
			assertTrue(item.getText(2).toLowerCase(java.util.Locale.ROOT).contains("[he]"), "the match in its context: " + item.getText(2));
			assertTrue(item.getText(2).length() > 20, "with words around it: " + item.getText(2));
			assertEquals("gold", item.getText(4), "the set it was found in");
			if (!item.getText(0).equals(port.getId())
					&& (hit == null || Integer.parseInt(item.getText(1)) > Integer.parseInt(hit.getText(1)))) {
				hit = item; // the one furthest down a document that is not open
			}
		}
		assertNotNull(hit, "a hit in another document");
		String id = hit.getText(0);
		int offset = Integer.parseInt(hit.getText(1));
		hits.setSelection(hit);
		Event enter = new Event();
		enter.item = hit;
		hits.notifyListeners(SWT.DefaultSelection, enter);
		UiTesting.waitFor("its document", 5_000, () -> window.getActivePage().getActiveEditor() instanceof DocumentEditor e
				&& e.document().getId().equals(id));
		DocumentEditor opened = (DocumentEditor) window.getActivePage().getActiveEditor();
		UiTesting.flush();
		assertEquals(new Point(offset, offset + 2), opened.textWidget().getSelection(), "selected at the first open");
		int y = opened.textWidget().getLocationAtOffset(offset).y;
		assertTrue(y >= 0 && y < opened.textWidget().getClientArea().height, "scrolled to the match: y " + y
				+ " in " + opened.textWidget().getClientArea());
		assertEquals("gold", opened.shownSet().getName());
		UiTesting.screenshot(window.getShell(), "find-opened-hit");

		// a bad expression is a message in the dialog
		dialog.pattern().setText("(unclosed");
		dialog.find();
		assertNotNull(dialog.getErrorMessage());
		assertTrue(dialog.getErrorMessage().contains("Unclosed group"), dialog.getErrorMessage());
		UiTesting.screenshot(dialog.getShell(), "find-bad-regex");
		dialog.pattern().setText("(closed)");
		assertNull(dialog.getErrorMessage(), "typing clears it");
		dialog.close();
		window.getActivePage().closeAllEditors(false);
	}

	@Test
	void aLargeProjectIsSearchedInTheBackground(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		ProjectFolder big = ProjectFolder.create(Files.createDirectories(dir.resolve("big")), "Big", StandardSchema.create());
		for (int i = 0; i < 80; i++) {
			big.addDocument("doc" + i, "Document " + i, "Line one of " + i + ".\nThe harbour said yes " + i + " times.\n");
		}
		OpenProjects.get().add(big);
		try {
			DocumentEditor.open(window.getActivePage(), big, big.project().getDocuments().get(0), null);
			window.getService(IHandlerService.class).executeCommand(FIND, null);
			UiTesting.waitFor("the dialog", 5_000, () -> FindDialog.current() != null);
			FindDialog dialog = FindDialog.current();
			dialog.searchThisDocument(false);
			dialog.pattern().setText("harbour");
			dialog.find();
			assertTrue(dialog.status().startsWith("Searching 80 documents"), dialog.status());
			UiTesting.waitFor("the job's hits", 20_000, () -> dialog.hits().viewer().getTable().getItemCount() == 80);
			assertTrue(dialog.status().startsWith("80 hit(s) in 80 document(s)"), dialog.status());
			UiTesting.screenshot(dialog.getShell(), "find-large-project");
			dialog.close();
		} finally {
			window.getActivePage().closeAllEditors(false);
			OpenProjects.get().close(big);
		}
	}

	private static void select(FindDialog dialog, String label) {
		int i = dialog.label().indexOf(label);
		assertTrue(i > 0, label);
		dialog.label().select(i);
	}

	private static int count(Document d, String regex) {
		Matcher m = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(d.getText());
		int n = 0;
		while (m.find()) {
			n++;
		}
		return n;
	}

	private static Set<String> documents(Table table) {
		Set<String> ids = new HashSet<>();
		for (TableItem item : table.getItems()) {
			ids.add(item.getText(0));
		}
		return ids;
	}
}
