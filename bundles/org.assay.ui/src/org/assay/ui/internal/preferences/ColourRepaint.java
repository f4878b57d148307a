/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.internal.preferences;

import java.util.concurrent.atomic.AtomicBoolean;

import org.assay.model.Span;
import org.assay.ui.internal.editor.DocumentEditor;
import org.assay.ui.internal.editor.LabelColours;
import org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;

/**
 * Repaints the open document editors when a label's colour is chosen or restored, so that the choice shows
 * at once: the editor shows its set anew (text, legend), which tells the views that follow it (the palette).
 * Changes are coalesced into one repaint on the UI thread.
 */
public final class ColourRepaint {

	private final IWorkbench workbench;
	private final AtomicBoolean pending = new AtomicBoolean();

	private ColourRepaint(IWorkbench workbench) {
		this.workbench = workbench;
	}

	/** Starts listening for colour choices for the life of the workbench. */
	public static void install(IWorkbench workbench) {
		ColourRepaint repaint = new ColourRepaint(workbench);
		IPreferenceChangeListener listener = e -> {
			if (LabelColours.isColourKey(e.getKey())) {
				repaint.later();
			}
		};
		LabelColours.node().addPreferenceChangeListener(listener);
	}

	private void later() {
		Display display = workbench.getDisplay();
		if (display.isDisposed() || !pending.compareAndSet(false, true)) {
			return;
		}
		display.asyncExec(() -> {
			pending.set(false);
			repaintAll();
		});
	}

	private void repaintAll() {
		for (IWorkbenchWindow window : workbench.getWorkbenchWindows()) {
			for (IWorkbenchPage page : window.getPages()) {
				for (IEditorReference ref : page.getEditorReferences()) {
					if (ref.getEditor(false) instanceof DocumentEditor editor) {
						repaint(editor);
					}
				}
			}
		}
	}

	/** Shows the editor's set anew, keeping its current annotation and where it is scrolled to. */
	private static void repaint(DocumentEditor editor) {
		StyledText text = editor.textWidget();
		if (editor.shownSet() == null || text == null || text.isDisposed()) {
			return;
		}
		Span current = editor.currentAnnotation();
		int top = text.getTopPixel();
		editor.showSet(editor.shownSet().getName());
		if (current != null) {
			editor.setCurrent(current);
		}
		text.setTopPixel(top);
	}
}
