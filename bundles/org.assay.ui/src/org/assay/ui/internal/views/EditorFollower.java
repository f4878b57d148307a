/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.internal.views;

import java.util.function.Consumer;

import org.assay.ui.internal.editor.DocumentEditor;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IPropertyListener;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;

/**
 * Keeps a view on the active document editor, as the annotations view does: which editor, its decisions (the
 * command stack), the set it shows, and its current annotation. Changes are coalesced into one refresh on the
 * UI thread, so that a burst of commands (accept all) rebuilds a view once.
 */
final class EditorFollower {

	private final IWorkbenchPage page;
	private final Display display;
	private final Runnable changed;
	private final Consumer<ISelection> selected;
	private DocumentEditor editor;
	private boolean pending;
	private boolean disposed;

	private final CommandStackListener stack = e -> changedLater();
	private final IPropertyListener shownSet = (source, property) -> {
		if (property == DocumentEditor.PROP_SHOWN_SET) {
			changedLater();
		}
	};
	private final ISelectionChangedListener selection = e -> selectedInEditor(e.getSelection());
	private final IPartListener2 parts = new IPartListener2() {
		@Override
		public void partActivated(IWorkbenchPartReference ref) {
			if (ref.getPart(false) instanceof DocumentEditor e) {
				track(e);
			}
		}

		/**
		 * A document editor shown while the view follows none: the editor the workbench opens again at start-up
		 * is shown without being activated (a view is the active part then).
		 */
		@Override
		public void partVisible(IWorkbenchPartReference ref) {
			if (editor == null && ref.getPart(false) instanceof DocumentEditor e) {
				track(e);
			}
		}

		@Override
		public void partClosed(IWorkbenchPartReference ref) {
			if (ref.getPart(false) == editor) {
				track(null);
			}
		}
	};

	/** Follows the page's document editors; {@code changed} rebuilds the view, {@code selected} follows the editor's current annotation. */
	EditorFollower(IWorkbenchPage page, Runnable changed, Consumer<ISelection> selected) {
		this.page = page;
		this.display = page.getWorkbenchWindow().getShell().getDisplay();
		this.changed = changed;
		this.selected = selected;
		page.addPartListener(parts);
		if (page.getActiveEditor() instanceof DocumentEditor e) {
			track(e);
		} else {
			for (IEditorReference ref : page.getEditorReferences()) {
				if (ref.getPart(false) instanceof DocumentEditor e && page.isPartVisible(e)) {
					track(e);
					break;
				}
			}
		}
	}

	/** The followed editor, or null. */
	DocumentEditor editor() {
		return editor;
	}

	private void selectedInEditor(ISelection s) {
		if (!disposed) {
			selected.accept(s);
		}
	}

	private void track(DocumentEditor next) {
		if (editor == next) {
			return;
		}
		if (editor != null) {
			editor.domain().getCommandStack().removeCommandStackListener(stack);
			editor.getSite().getSelectionProvider().removeSelectionChangedListener(selection);
			editor.removePropertyListener(shownSet);
		}
		editor = next;
		if (editor != null) {
			editor.domain().getCommandStack().addCommandStackListener(stack);
			editor.getSite().getSelectionProvider().addSelectionChangedListener(selection);
			editor.addPropertyListener(shownSet);
		}
		changedLater();
	}

	private void changedLater() {
		if (pending || disposed) {
			return;
		}
		pending = true;
		display.asyncExec(() -> {
			pending = false;
			if (!disposed) {
				changed.run();
			}
		});
	}

	void dispose() {
		page.removePartListener(parts);
		track(null);
		disposed = true;
	}
}
