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

import org.assay.model.Annotation;
import org.assay.model.AnnotationSet;
import org.assay.model.Document;
import org.assay.model.Link;
import org.assay.model.Span;
import org.assay.model.support.SetNames;
import org.assay.model.support.Spans;
import org.assay.store.ProjectFolder;
import org.assay.ui.internal.editor.DocumentEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * A claim made and linked from the keyboard, with real key events: mark its content, its source and its cue
 * with their keys, link them with Alt+C and Alt+U, a pronoun claimant to its person with Alt+R, undo and redo,
 * save, and find it all on disk.
 */
@Order(13)
class ClaimLinkingTest {

	@Test
	void markAClaimAndLinkItsClaimantAndCueFromTheKeyboard() throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		ProjectFolder sample = sample();
		Document port = sample.project().getDocuments().get(0);
		AnnotationSet mine = SetNames.findOrCreate(port, "linker");
		DocumentEditor editor = openLinker(window, sample, port);
		String text = port.getText();
		String content = "construction would begin in September and take about 30 months";
		int at = text.indexOf(content);
		int officials = text.lastIndexOf("Officials", at);
		int said = text.indexOf("said", officials);
		assertTrue(at > 0 && officials > 0 && said < at, "the sentence is in the article");

		mark(editor, at, at + content.length(), 'a'); // CLAIM
		Span claim = editor.currentAnnotation();
		assertEquals("CLAIM", claim.getLabel().getName());
		assertSame(claim, editor.claimBeingLinked());
		mark(editor, officials, officials + "Officials".length(), 's'); // SOURCE
		Span source = editor.currentAnnotation();
		UiTesting.type(0, 'c', SWT.ALT);
		mark(editor, said, said + 4, 'u'); // CUE
		Span cue = editor.currentAnnotation();
		assertEquals("CUE", cue.getLabel().getName(), "u marks a cue");
		assertEquals("SOURCE", source.getLabel().getName(), "s marks a source");
		UiTesting.type(0, 'u', SWT.ALT);
		UiTesting.flush();
		assertEquals(List.of("claimant " + source.getLabel().getName(), "cue CUE"), links(mine, claim));
		assertTrue(editor.isDirty());
		UiTesting.screenshot(window.getShell(), "claim-linked");

		UiTesting.type(0, 'z', SWT.CTRL); // undo the cue link
		UiTesting.flush();
		assertEquals(List.of("claimant SOURCE"), links(mine, claim));
		UiTesting.type(0, 'z', SWT.CTRL, SWT.SHIFT); // redo
		UiTesting.flush();
		assertEquals(List.of("claimant SOURCE", "cue CUE"), links(mine, claim));
		long spans = mine.getAnnotations().stream().filter(a -> a instanceof Span).count();
		UiTesting.waitFor("the status line to count", 5_000, () -> statusLine(editor).contains(
				"linker: " + spans + " annotations (0 proposed, " + spans + " decided) and 2 links"));
		org.assay.ui.internal.projects.ProjectNavigator navigator = (org.assay.ui.internal.projects.ProjectNavigator) window
				.getActivePage().findView(org.assay.ui.internal.projects.ProjectNavigator.ID);
		navigator.viewer().refresh();
		navigator.viewer().expandToLevel(port, 1);
		UiTesting.flush();
		assertTrue(navigator.viewer().testFindItem(mine) instanceof org.eclipse.swt.widgets.TreeItem item
				&& item.getText().startsWith("linker  (" + spans + " annotations, 0 open"),
				"the navigator counts as the status line does, links apart");

		// linking the claimant again replaces it: here with the cue span, then back with undo
		UiTesting.type(0, 'c', SWT.ALT);
		UiTesting.flush();
		assertEquals(List.of("claimant CUE", "cue CUE"), links(mine, claim));
		UiTesting.type(0, 'z', SWT.CTRL);
		UiTesting.flush();
		assertEquals(List.of("claimant SOURCE", "cue CUE"), links(mine, claim));
		assertSame(cue, editor.currentAnnotation());

		Menu menu = editor.textWidget().getMenu();
		assertNotNull(menu, "the text has a context menu");
		menu.notifyListeners(SWT.Show, new org.eclipse.swt.widgets.Event());
		List<String> items = new ArrayList<>();
		for (MenuItem item : menu.getItems()) {
			items.add(item.getText().replace("&", ""));
		}
		assertTrue(items.stream().anyMatch(i -> i.startsWith("Accept Annotation")), items.toString());
		assertTrue(items.stream().anyMatch(i -> i.startsWith("Link as Claimant of the Claim")), items.toString());
		menu.notifyListeners(SWT.Hide, new org.eclipse.swt.widgets.Event());

		UiTesting.type(0, 's', SWT.CTRL);
		UiTesting.waitFor("the save", 5_000, () -> !editor.isDirty());
		AnnotationSet saved = SetNames.find(ProjectFolder.open(sample.dir()).project().getDocuments().get(0), "linker");
		Span savedClaim = (Span) saved.getAnnotations().stream()
				.filter(a -> a instanceof Span s && s.getLabel().getName().equals("CLAIM")).findFirst().orElseThrow();
		assertEquals(content, Spans.coveredText(savedClaim, text));
		assertEquals(List.of("claimant SOURCE", "cue CUE"), links(saved, savedClaim));
		window.getActivePage().closeAllEditors(false);
		port.getAnnotationSets().remove(mine);
		java.nio.file.Files.deleteIfExists(sample.setFile(port, "linker"));
	}

	@Test
	void linkAPronounClaimantToItsPersonWithAltR() throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		ProjectFolder sample = sample();
		Document brokers = sample.document("03-data-brokers");
		AnnotationSet mine = SetNames.findOrCreate(brokers, "linker");
		DocumentEditor editor = openLinker(window, sample, brokers);
		String text = brokers.getText();
		String content = "People think they turned location tracking off";
		int at = text.indexOf(content);
		int she = text.indexOf("she said", at);
		int kessling = text.lastIndexOf("Kessling said", at);
		assertTrue(at > 0 && she > at && kessling > 0 && kessling < at, "the quotation and its speaker are there");

		mark(editor, at, at + content.length(), 'a'); // CLAIM
		Span claim = editor.currentAnnotation();
		mark(editor, she, she + 3, 's'); // SOURCE "she"
		Span pronoun = editor.currentAnnotation();
		UiTesting.type(0, 'c', SWT.ALT);
		UiTesting.type(0, 'r', SWT.ALT); // the current span is the claimant itself: nothing to link, a beep
		UiTesting.flush();
		assertEquals(List.of(), links(mine, pronoun), "a claimant does not refer to itself");
		mark(editor, kessling, kessling + "Kessling".length(), 'p'); // PERSON Kessling
		Span person = editor.currentAnnotation();
		assertEquals("PERSON", person.getLabel().getName());
		assertSame(claim, editor.claimBeingLinked(), "marking the person leaves the claim being linked");
		UiTesting.type(0, 'r', SWT.ALT);
		UiTesting.flush();
		assertEquals(List.of("claimant SOURCE"), links(mine, claim));
		assertEquals(List.of("refersTo PERSON"), links(mine, pronoun));
		Link refersTo = (Link) mine.getAnnotations().stream()
				.filter(a -> a instanceof Link l && l.getSource() == pronoun).findFirst().orElseThrow();
		assertSame(person, refersTo.getTarget());
		UiTesting.screenshot(window.getShell(), "claimant-refers-to");

		UiTesting.type(0, 'z', SWT.CTRL); // one undo takes the link back
		UiTesting.flush();
		assertEquals(List.of(), links(mine, pronoun));
		UiTesting.type(0, 'z', SWT.CTRL, SWT.SHIFT);
		UiTesting.flush();
		assertEquals(List.of("refersTo PERSON"), links(mine, pronoun));

		UiTesting.type(0, 's', SWT.CTRL);
		UiTesting.waitFor("the save", 5_000, () -> !editor.isDirty());
		Document read = ProjectFolder.open(sample.dir()).document("03-data-brokers");
		AnnotationSet saved = SetNames.find(read, "linker");
		Link savedLink = (Link) saved.getAnnotations().stream()
				.filter(a -> a instanceof Link l && "refersTo".equals(l.getRole())).findFirst().orElseThrow();
		assertEquals("she", Spans.coveredText((Span) savedLink.getSource(), text));
		assertEquals("Kessling", Spans.coveredText((Span) savedLink.getTarget(), text));
		window.getActivePage().closeAllEditors(false);
		brokers.getAnnotationSets().remove(mine);
		java.nio.file.Files.deleteIfExists(sample.setFile(brokers, "linker"));
	}

	private static ProjectFolder sample() {
		return UiTesting.sample();
	}

	/** The document in the editor, in the set "linker", with the keyboard's focus. */
	private static DocumentEditor openLinker(IWorkbenchWindow window, ProjectFolder sample, Document d) {
		DocumentEditor editor = DocumentEditor.open(window.getActivePage(), sample, d, "linker");
		window.getShell().forceActive();
		editor.setFocus();
		UiTesting.flush();
		return editor;
	}

	/** Selects a stretch of text and presses a label's key, as an annotator marks a span. */
	/** The line under the editor's text. */
	private static String statusLine(DocumentEditor editor) {
		for (org.eclipse.swt.widgets.Control c : editor.textWidget().getParent().getChildren()) {
			if (c instanceof org.eclipse.swt.widgets.Label l && l.getText().startsWith("linker:")) {
				return l.getText();
			}
		}
		return "";
	}

	private static void mark(DocumentEditor editor, int begin, int end, char key) {
		editor.textWidget().setSelection(begin, end);
		UiTesting.type(0, key);
		UiTesting.flush();
	}

	private static List<String> links(AnnotationSet set, Span from) {
		List<String> out = new ArrayList<>();
		for (Annotation a : set.getAnnotations()) {
			if (a instanceof Link l && l.getSource() == from) {
				out.add(l.getRole() + " " + l.getTarget().getLabel().getName());
			}
		}
		out.sort(null);
		return out;
	}
}
