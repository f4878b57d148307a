/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.internal.editor;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

/** The editors the workbench brings back from the last session ({@link DocumentInputFactory}). */
public final class RestoredEditors {

	private RestoredEditors() {
	}

	/**
	 * At start-up, closes the editors of the last session that cannot open again, rather than show an error in
	 * their place (unsaved changes of an open editor are dropped: call it before any is made):
	 * a document or curation whose project is no longer open or no longer has the document, and the empty tabs
	 * the workbench leaves for editors it could not keep when Assay was killed.
	 */
	public static void closeUnrestorable(IWorkbenchPage page) {
		if (page == null) {
			return;
		}
		java.util.List<IEditorReference> gone = new java.util.ArrayList<>();
		for (IEditorReference ref : page.getEditorReferences()) {
			boolean restorable;
			try {
				restorable = (DocumentEditor.ID.equals(ref.getId())
						|| org.assay.ui.internal.team.CurationEditor.ID.equals(ref.getId())) && ref.getEditorInput() != null;
			} catch (PartInitException | RuntimeException e) {
				restorable = false;
			}
			if (!restorable) {
				gone.add(ref);
			}
		}
		if (!gone.isEmpty()) {
			page.closeEditors(gone.toArray(IEditorReference[]::new), false);
		}
	}

	/**
	 * At start-up, gives the keyboard to the editor the workbench shows again, so that an annotator goes on where
	 * the last session stopped (the workbench itself activates a view then). Does nothing without one.
	 */
	public static void activateShown(IWorkbenchPage page) {
		if (page == null) {
			return;
		}
		for (IEditorReference ref : page.getEditorReferences()) {
			IEditorPart part = ref.getEditor(false);
			if (part != null && page.isPartVisible(part)) {
				page.activate(part);
				return;
			}
		}
	}
}
