/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.assay.model.Annotation;
import org.assay.model.AnnotationSet;
import org.assay.model.AnnotationStatus;
import org.assay.model.Document;
import org.assay.model.Span;
import org.assay.model.WorkState;
import org.assay.model.support.SetNames;
import org.assay.store.ProjectFolder;
import org.assay.ui.internal.editor.DocumentEditor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.SWT;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * A whole article decided from the keyboard alone, with real key events through the X server: every
 * proposal walked to and accepted (one relabelled, one rejected), the document marked done and saved.
 */
@Order(6)
class KeyboardSessionTest {

	@Test
	void oneArticleFromOpeningToDoneWithoutTheMouse() throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		ProjectFolder sample = UiTesting.sample();
		Document tram = sample.project().getDocuments().get(4);
		AnnotationSet sam = SetNames.findOrCreate(tram, "sam");
		for (Annotation a : SetNames.find(tram, "gold").getAnnotations()) {
			if (a instanceof Span s && a.getLabel().getLayer().getName().equals("entity")) {
				Span copy = EcoreUtil.copy(s);
				copy.setStatus(AnnotationStatus.PROPOSED);
				sam.getAnnotations().add(copy);
			}
		}
		int proposals = sam.getAnnotations().size();
		DocumentEditor editor = DocumentEditor.open(window.getActivePage(), sample, tram, "sam");
		window.getShell().forceActive();
		editor.setFocus();
		UiTesting.flush();

		UiTesting.type(SWT.TAB, '\t'); // to the first proposal
		for (int i = 0; i < proposals; i++) {
			if (i == 2) {
				UiTesting.type(0, 'x'); // reject the third, and on to the next
				UiTesting.type(SWT.TAB, '\t');
			} else if (i == 4) { // relabel the fifth: as an organisation, or a place if it is one
				boolean organisation = editor.currentAnnotation().getLabel().getName().equals("ORGANIZATION");
				UiTesting.type(0, organisation ? 'l' : 'o');
				UiTesting.type(SWT.TAB, '\t');
			} else {
				UiTesting.type(SWT.CR, '\r'); // accepts and moves on
			}
		}
		UiTesting.type(0, 'd', SWT.CTRL, SWT.SHIFT); // the document is done
		UiTesting.type(0, 's', SWT.CTRL); // save
		UiTesting.waitFor("the save", 5_000, () -> !editor.isDirty());
		UiTesting.screenshot(window.getShell(), "keyboard-session");

		AnnotationSet saved = SetNames.find(ProjectFolder.open(sample.dir()).project().getDocuments().get(4), "sam");
		assertEquals(WorkState.DONE, saved.getState());
		assertEquals(0, count(saved, AnnotationStatus.PROPOSED), "no proposal is left");
		assertEquals(1, count(saved, AnnotationStatus.REJECTED));
		assertEquals(1, count(saved, AnnotationStatus.CORRECTED));
		assertEquals(proposals - 2, count(saved, AnnotationStatus.ACCEPTED));
		assertFalse(editor.isDirty());
		window.getActivePage().closeAllEditors(false);
		tram.getAnnotationSets().remove(sam);
		java.nio.file.Files.deleteIfExists(sample.setFile(tram, "sam"));
	}

	private static long count(AnnotationSet set, AnnotationStatus status) {
		return set.getAnnotations().stream().filter(a -> a.getStatus() == status).count();
	}
}
