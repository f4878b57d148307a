/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.assay.model.Annotation;
import org.assay.model.AnnotationSet;
import org.assay.model.AnnotationStatus;
import org.assay.model.Document;
import org.assay.model.Span;
import org.assay.model.support.SetNames;
import org.assay.model.support.Spans;
import org.assay.store.ProjectFolder;
import org.assay.ui.internal.editor.DocumentEditor;
import org.assay.ui.internal.editor.EditorCommandHandler;
import org.assay.ui.internal.editor.Highlighter;
import org.assay.ui.internal.projects.ProjectNavigator;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/** Walking proposals and deciding on them from the keyboard, with undo, redo and save. */
@Order(3)
class KeyboardDecisionTest {

	@Test
	void walkAcceptRelabelRejectUndoRedoAndSave() throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		ProjectFolder sample = UiTesting.sample();
		Document airline = sample.project().getDocuments().get(3);
		AnnotationSet proposals = SetNames.findOrCreate(airline, "kim");
		for (Annotation a : SetNames.find(airline, "gold").getAnnotations()) {
			if (a instanceof Span s && a.getLabel().getLayer().getName().equals("entity")) {
				Span copy = EcoreUtil.copy(s);
				copy.setStatus(AnnotationStatus.PROPOSED);
				copy.setProvenance(null);
				proposals.getAnnotations().add(copy);
			}
		}
		DocumentEditor editor = DocumentEditor.open(window.getActivePage(), sample, airline, "kim");
		assertNotNull(editor);
		IHandlerService handlers = window.getService(IHandlerService.class);
		ProjectNavigator navigator = (ProjectNavigator) window.getActivePage().findView(ProjectNavigator.ID);
		navigator.viewer().refresh();
		navigator.viewer().expandToLevel(airline, 1);
		UiTesting.flush();
		long openAtFirst = open(proposals);
		assertTrue(setLabel(navigator, proposals).contains(openAtFirst + " open"), setLabel(navigator, proposals));

		handlers.executeCommand(EditorCommandHandler.NEXT, null);
		Span first = editor.currentAnnotation();
		assertEquals("Skyline Connect", Spans.coveredText(first, airline.getText()), "the first proposal in the text");
		assertEquals(Spans.begin(first), editor.textWidget().getSelection().x, "and it is selected");
		handlers.executeCommand(EditorCommandHandler.ACCEPT, null);
		assertEquals(AnnotationStatus.ACCEPTED, first.getStatus());
		assertTrue(editor.isDirty());

		Span second = editor.currentAnnotation(); // Enter moves on to the next proposal
		assertTrue(second != first, "accepting moved on");
		assertEquals("DENVER", Spans.coveredText(second, airline.getText()));
		key(editor, 'o'); // ORGANIZATION's key
		assertEquals("ORGANIZATION", second.getLabel().getName());
		assertEquals(AnnotationStatus.CORRECTED, second.getStatus());
		assertEquals("LOCATION", second.getProvenance().getProposed().getLabel().getName());
		// a key that changes nothing says why on the status line
		Span now = editor.currentAnnotation();
		String words = Spans.coveredText(now, airline.getText());
		String own = now.getLabel().getKey();
		key(editor, own.charAt(0));
		assertTrue(UiTesting.statusLine(window).contains("'" + words + "' is already " + now.getLabel().getName()
				+ ": Enter accepts it, x rejects it"), UiTesting.statusLine(window));
		key(editor, 'a'); // CLAIM's key, on an entity with no words selected
		assertEquals(now.getLabel().getLayer().getName(), "entity", "nothing relabelled across layers");
		assertTrue(UiTesting.statusLine(window).contains("a is CLAIM (Claims), '" + words + "' is " + now.getLabel().getName()
				+ " (Entities): use a key of Entities (F1), or select words to mark CLAIM"),
				UiTesting.statusLine(window));
		UiTesting.screenshot(window.getShell(), "keyboard-key-of-another-layer");
		editor.setCurrent(second);
		assertFalse(UiTesting.statusLine(window).contains("a is CLAIM"), "gone once an annotation is made current");

		handlers.executeCommand(EditorCommandHandler.NEXT, null);
		Span third = editor.currentAnnotation();
		handlers.executeCommand(EditorCommandHandler.REJECT, null);
		assertEquals(AnnotationStatus.REJECTED, third.getStatus());

		// boundaries by token: "Monday" grows to "Monday it", shrinks back
		String text = airline.getText();
		int monday = text.indexOf("Monday");
		handlers.executeCommand(EditorCommandHandler.NEXT, null);
		while (Spans.begin(editor.currentAnnotation()) != monday) {
			handlers.executeCommand(EditorCommandHandler.NEXT, null);
		}
		Span day = editor.currentAnnotation();
		handlers.executeCommand(EditorCommandHandler.GROW_END, null);
		assertEquals("Monday it", Spans.coveredText(day, text));
		handlers.executeCommand(EditorCommandHandler.SHRINK_END, null);
		handlers.executeCommand(EditorCommandHandler.GROW_START, null);
		assertEquals("on Monday", Spans.coveredText(day, text));
		assertDrawnAsIfStyledAnew(editor, proposals);
		editor.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.UNDO.getId()).run();
		editor.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.UNDO.getId()).run();
		editor.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.UNDO.getId()).run();
		assertEquals("Monday", Spans.coveredText(day, text));
		assertEquals(AnnotationStatus.PROPOSED, day.getStatus());

		// a selection and a label key mark a new span, widened to whole tokens; Delete removes it
		int routes = text.indexOf("11 routes");
		editor.textWidget().setSelection(routes + 1, routes + 5);
		int before = proposals.getAnnotations().size();
		key(editor, 'c'); // PERCENT's key, whatever the current annotation's layer
		assertEquals(before + 1, proposals.getAnnotations().size());
		Span marked = editor.currentAnnotation();
		assertEquals("11 routes", Spans.coveredText(marked, text));
		assertEquals("PERCENT", marked.getLabel().getName());
		assertDrawnAsIfStyledAnew(editor, proposals);
		// the same words selected and labelled again: that span, made current, never a second one on them
		handlers.executeCommand(EditorCommandHandler.NEXT, null);
		editor.textWidget().setSelection(routes + 1, routes + 5);
		key(editor, 'c');
		assertEquals(before + 1, proposals.getAnnotations().size(), "no second span on the same words");
		assertSame(marked, editor.currentAnnotation());
		// a proposal's very words selected and its label's key pressed: that proposal accepted, not doubled
		Span open = (Span) proposals.getAnnotations().stream().filter(a -> a instanceof Span s
				&& a.getStatus() == AnnotationStatus.PROPOSED && s.getLabel().getKey() != null).findFirst().orElseThrow();
		editor.textWidget().setSelection(Spans.begin(open), Spans.end(open));
		key(editor, open.getLabel().getKey().charAt(0));
		assertEquals(AnnotationStatus.ACCEPTED, open.getStatus());
		assertSame(open, editor.currentAnnotation());
		assertEquals(before + 1, proposals.getAnnotations().size());
		editor.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.UNDO.getId()).run();
		assertEquals(AnnotationStatus.PROPOSED, open.getStatus());
		editor.setCurrent(marked);
		handlers.executeCommand(EditorCommandHandler.DELETE, null);
		assertEquals(before, proposals.getAnnotations().size());

		// with the caret away from any current span, Ctrl+Shift+Right selects by words, as in any text, and
		// Ctrl+Right moves the caret by a word: a new span can be selected from the keyboard alone
		editor.textWidget().setSelection(routes);
		String shape = editor.currentAnnotation() == null ? "" : Spans.coveredText(editor.currentAnnotation(), text);
		handlers.executeCommand(EditorCommandHandler.SHRINK_START, null);
		handlers.executeCommand(EditorCommandHandler.SHRINK_START, null);
		assertEquals(routes, editor.textWidget().getSelection().x, "selected from the caret");
		assertTrue(editor.textWidget().getSelectionText().startsWith("11 routes"),
				editor.textWidget().getSelectionText());
		assertEquals(shape, editor.currentAnnotation() == null ? "" : Spans.coveredText(editor.currentAnnotation(), text),
				"no span reshaped");
		assertEquals(before, proposals.getAnnotations().size());
		handlers.executeCommand(EditorCommandHandler.GROW_END, null);
		assertEquals(0, editor.textWidget().getSelectionCount(), "Ctrl+Right moves the caret");

		editor.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.UNDO.getId()).run();
		editor.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.UNDO.getId()).run();
		assertEquals(before, proposals.getAnnotations().size(), "undo of the delete and of the new span");
		editor.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.UNDO.getId()).run();
		assertEquals(AnnotationStatus.PROPOSED, third.getStatus(), "undo takes the rejection back");
		editor.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.REDO.getId()).run();
		assertEquals(AnnotationStatus.REJECTED, third.getStatus());
		UiTesting.flush();
		assertDrawnAsIfStyledAnew(editor, proposals);
		UiTesting.screenshot(window.getShell(), "keyboard-decisions");

		// accept all that is left of one label, after a question that says how many
		handlers.executeCommand(EditorCommandHandler.NEXT, null);
		org.assay.model.Label label = editor.currentAnnotation().getLabel();
		long left = proposals.getAnnotations().stream()
				.filter(a -> a.getLabel() == label && a.getStatus() == AnnotationStatus.PROPOSED).count();
		assertTrue(left > 1, "several " + label.getName() + " proposals are left");
		String[] question = new String[1];
		UiTesting.pressWhenShown("Accept all " + label.getName(), "&Yes", question);
		handlers.executeCommand(EditorCommandHandler.ACCEPT_ALL, null);
		assertTrue(question[0].contains("Accept the " + left + " proposals labelled " + label.getName()), question[0]);
		assertEquals(0, proposals.getAnnotations().stream()
				.filter(a -> a.getLabel() == label && a.getStatus() == AnnotationStatus.PROPOSED).count());
		editor.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.UNDO.getId()).run();
		assertEquals(left, proposals.getAnnotations().stream()
				.filter(a -> a.getLabel() == label && a.getStatus() == AnnotationStatus.PROPOSED).count(),
				"one undo takes them all back");
		assertDrawnAsIfStyledAnew(editor, proposals);

		editor.doSave(null);
		assertFalse(editor.isDirty());
		AnnotationSet saved = SetNames.find(ProjectFolder.open(sample.dir()).project().getDocuments().get(3), "kim");
		long accepted = saved.getAnnotations().stream().filter(a -> a.getStatus() == AnnotationStatus.ACCEPTED).count();
		long corrected = saved.getAnnotations().stream().filter(a -> a.getStatus() == AnnotationStatus.CORRECTED).count();
		long rejected = saved.getAnnotations().stream().filter(a -> a.getStatus() == AnnotationStatus.REJECTED).count();
		assertEquals(1, accepted);
		assertEquals(1, corrected);
		assertEquals(1, rejected);
		assertNotNull(saved.getAnnotations().stream().filter(a -> a.getStatus() == AnnotationStatus.ACCEPTED)
				.findFirst().orElseThrow().getProvenance().getDecidedBy(), "who decided is saved");
		long openNow = open(proposals);
		assertTrue(openNow < openAtFirst);
		UiTesting.waitFor("the navigator to follow the decisions", 5_000,
				() -> setLabel(navigator, proposals).contains(openNow + " open"));
		UiTesting.screenshot(window.getShell(), "navigator-follows-decisions");
		navigator.markDone(proposals, airline);
		UiTesting.waitFor("the navigator to show the set done", 5_000,
				() -> setLabel(navigator, proposals).endsWith("done)"));
		assertEquals(org.assay.model.WorkState.DONE,
				SetNames.find(ProjectFolder.open(sample.dir()).project().getDocuments().get(3), "kim").getState());
		window.getActivePage().closeAllEditors(false);
		airline.getAnnotationSets().remove(proposals);
		java.nio.file.Files.deleteIfExists(sample.setFile(airline, "kim"));
	}

	private static long open(AnnotationSet set) {
		return set.getAnnotations().stream().filter(a -> a.getStatus() == AnnotationStatus.PROPOSED).count();
	}

	/** The navigator's line for a set (its document expanded). */
	private static String setLabel(ProjectNavigator navigator, AnnotationSet set) {
		return navigator.viewer().testFindItem(set) instanceof org.eclipse.swt.widgets.TreeItem item ? item.getText() : "";
	}

	private static void key(DocumentEditor editor, char c) {
		Event e = new Event();
		e.character = c;
		e.keyCode = c;
		e.widget = editor.textWidget();
		e.display = Display.getCurrent();
		editor.textWidget().notifyListeners(SWT.KeyDown, e);
		UiTesting.flush();
	}

	/**
	 * After decisions, reshapes, a new span, a delete and undos, each of which restyled only the stretch it touched
	 * (the spans near it found through the editor's index), the text looks as if the whole set were styled anew.
	 */
	private static void assertDrawnAsIfStyledAnew(DocumentEditor editor, AnnotationSet set) {
		UiTesting.flush();
		assertArrayEquals(new Highlighter().styles(set.getAnnotations(), editor.textWidget().getCharCount()),
				editor.styleRanges());
	}
}
