/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.assay.model.Annotation;
import org.assay.model.AnnotationSet;
import org.assay.model.AnnotationStatus;
import org.assay.model.Document;
import org.assay.model.DocumentLabel;
import org.assay.model.Link;
import org.assay.model.Span;
import org.assay.model.WorkState;
import org.assay.model.support.SetNames;
import org.assay.model.support.Spans;
import org.assay.store.ProjectFolder;
import org.assay.ui.internal.editor.DocumentEditor;
import org.assay.ui.internal.editor.EditorCommandHandler;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * What a new annotator trips over in a day's work, each as the annotator meets it: a click makes a span the
 * current one, document labels by key, a claim rejected with its parts, Mark Done with proposals open, and
 * the next document by key.
 */
@Order(14)
class AnnotatorDayTest {

	@Test
	void clickDocumentLabelsClaimPartsMarkDoneAndTheNextDocument() throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		ProjectFolder sample = UiTesting.sample();
		List<Document> documents = sample.project().getDocuments();
		Document d = documents.get(2);
		AnnotationSet rita = SetNames.findOrCreate(d, "rita");
		Collection<Annotation> copies = EcoreUtil.copyAll(SetNames.find(d, "gold").getAnnotations());
		copies.forEach(a -> a.setStatus(AnnotationStatus.PROPOSED)); // as if an engine had proposed gold
		rita.getAnnotations().addAll(copies);
		DocumentEditor editor = DocumentEditor.open(window.getActivePage(), sample, d, "rita");
		UiTesting.flush();
		StyledText text = editor.textWidget();

		// a click on a span makes it current and selects it, as Tab does
		Span person = (Span) rita.getAnnotations().stream()
				.filter(a -> a instanceof Span s && s.getLabel().getName().equals("PERSON")).findFirst().orElseThrow();
		int inside = Spans.begin(person) + 1;
		Point at = text.getLocationAtOffset(inside);
		Event up = new Event();
		up.x = at.x + 1;
		up.y = at.y + text.getLineHeight(inside) / 2;
		up.button = 1;
		text.setSelection(inside);
		text.notifyListeners(SWT.MouseUp, up);
		UiTesting.flush();
		Span clicked = editor.currentAnnotation();
		assertNotNull(clicked, "the click made a span current");
		assertTrue(Spans.covers(clicked, inside));
		assertEquals(new Point(Spans.begin(clicked), Spans.end(clicked)), text.getSelection(), "and selected it");

		// the document's own label from the keyboard: 1 is NEWS, 2 OPINION, shown in the header
		assertTrue(editor.statusText().endsWith("\u00b7 new"), editor.statusText());
		key(editor, '1');
		assertEquals(WorkState.IN_PROGRESS, rita.getState(), "the first decision starts the document");
		UiTesting.flush();
		assertTrue(editor.statusText().endsWith("\u00b7 in progress"), editor.statusText());
		DocumentLabel label = (DocumentLabel) rita.getAnnotations().stream().filter(DocumentLabel.class::isInstance)
				.findFirst().orElseThrow();
		assertEquals("NEWS", label.getLabel().getName());
		assertEquals(AnnotationStatus.ACCEPTED, label.getStatus());
		key(editor, '2');
		assertEquals("OPINION", label.getLabel().getName());
		assertEquals(AnnotationStatus.CORRECTED, label.getStatus());
		UiTesting.flush();
		assertEquals(List.of("OPINION"), editor.documentLabels());
		UiTesting.screenshot(window.getShell(), "document-label-by-key");
		editor.domain().getCommandStack().undo();
		assertEquals("NEWS", label.getLabel().getName());
		assertEquals(WorkState.IN_PROGRESS, rita.getState(), "undoing the second decision leaves it started");

		// rejecting a claim offers to reject its source and cue with it, as one undo
		Span claim = null;
		for (Annotation a : rita.getAnnotations()) {
			if (a instanceof Link l && "claimant".equals(l.getRole())) {
				claim = (Span) l.getSource();
				break;
			}
		}
		assertNotNull(claim, "a claim with a claimant");
		List<Annotation> parts = org.assay.model.edit.decisions.Decisions.parts(claim);
		assertTrue(parts.size() >= 3, "its links, source and cue: " + parts.size());
		editor.setCurrent(claim);
		String[] question = new String[1];
		UiTesting.pressWhenShown("Reject the claim", "&Yes", question);
		editor.reject();
		assertTrue(question[0].contains("Reject its source and cue too"), question[0]);
		assertEquals(AnnotationStatus.REJECTED, claim.getStatus());
		for (Annotation part : parts) {
			assertEquals(AnnotationStatus.REJECTED, part.getStatus(), "with its parts");
		}
		UiTesting.flush();
		UiTesting.screenshot(window.getShell(), "claim-rejected-with-parts");
		editor.domain().getCommandStack().undo();
		assertEquals(AnnotationStatus.PROPOSED, claim.getStatus(), "one undo");
		for (Annotation part : parts) {
			assertEquals(AnnotationStatus.PROPOSED, part.getStatus());
		}

		// with its source and cue accepted, rejecting the claim asks nothing and takes its undecided links with it
		List<Annotation> links = new ArrayList<>();
		for (Annotation part : parts) {
			if (part instanceof Link) {
				links.add(part);
			} else {
				editor.setCurrent((Span) part);
				editor.accept();
			}
		}
		editor.setCurrent(claim);
		String[] asked = new String[1];
		UiTesting.pressWhenShown("Reject the claim", "&No", asked);
		editor.reject();
		UiTesting.flush();
		assertNull(asked[0], "nothing to ask: " + asked[0]);
		assertEquals(AnnotationStatus.REJECTED, claim.getStatus());
		for (Annotation part : parts) {
			assertEquals(part instanceof Link ? AnnotationStatus.REJECTED : AnnotationStatus.ACCEPTED, part.getStatus(),
					"its links rejected, its decided source and cue left as they are");
		}
		assertTrue(!links.isEmpty());
		editor.domain().getCommandStack().undo();
		assertEquals(AnnotationStatus.PROPOSED, claim.getStatus(), "one undo");
		for (Annotation link : links) {
			assertEquals(AnnotationStatus.PROPOSED, link.getStatus());
		}
		for (int i = 0; i < parts.size() - links.size(); i++) {
			editor.domain().getCommandStack().undo(); // the accepts
		}
		for (Annotation part : parts) {
			assertEquals(AnnotationStatus.PROPOSED, part.getStatus());
		}

		// Mark Done with proposals still open asks first; No leaves the state as it is
		String[] warning = new String[1];
		UiTesting.pressWhenShown("Mark Done", "&No", warning);
		editor.markDone();
		assertTrue(warning[0].contains("still open"), warning[0]);
		assertNotEquals(WorkState.DONE, rita.getState());

		// the next document by key, showing the annotator's set
		window.getService(IHandlerService.class).executeCommand(EditorCommandHandler.NEXT_DOCUMENT, null);
		UiTesting.waitFor("the next document", 5_000, () -> window.getActivePage().getActiveEditor() instanceof DocumentEditor e
				&& e.document() == documents.get(3));
		window.getActivePage().closeAllEditors(false);
		d.getAnnotationSets().remove(rita);
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
}
