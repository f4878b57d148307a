/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.internal.search;

import java.util.List;
import java.util.function.Function;

import org.assay.model.support.SetNames;
import org.assay.store.ProjectFolder;
import org.assay.ui.internal.Messages;
import org.assay.ui.internal.editor.DocumentEditor;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;

/** The hits of a search as a table; Enter or a double-click opens a hit's document with the match selected. */
public final class HitsTable {

	private static final int CONTEXT = 40;

	private final TableViewer viewer;
	private final IWorkbenchWindow window;
	private ProjectFolder folder;

	HitsTable(Composite parent, IWorkbenchWindow window) {
		this.window = window;
		viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		column(Messages.find_document, 130, SWT.LEFT, h -> h.document().getId());
		column(Messages.find_offset, 60, SWT.RIGHT, h -> String.valueOf(h.begin()));
		column(Messages.find_context, 330, SWT.LEFT, HitsTable::context);
		column(Messages.find_inLabel, 90, SWT.LEFT, h -> h.label() == null ? "" : h.label().getName());
		column(Messages.find_set, 70, SWT.LEFT, Hit::setName);
		// Enter opens the hit rather than pressing the dialog's default button
		viewer.getTable().addListener(SWT.Traverse, e -> {
			if (e.detail == SWT.TRAVERSE_RETURN) {
				e.doit = false;
			}
		});
		viewer.addOpenListener(e -> {
			if (((IStructuredSelection) e.getSelection()).getFirstElement() instanceof Hit hit) {
				open(hit);
			}
		});
	}

	private void column(String title, int width, int align, Function<Hit, String> text) {
		TableViewerColumn c = new TableViewerColumn(viewer, align);
		c.getColumn().setText(title);
		c.getColumn().setWidth(width);
		c.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Hit) element);
			}
		});
	}

	private static String oneLine(String s) {
		String line = s.replaceAll("\\s+", " ");
		return line.length() > 80 ? line.substring(0, 80) + " \u2026" : line;
	}

	/** The match in brackets with the words around it on its line: "… the port [expansion] was approved …". */
	static String context(Hit h) {
		String text = h.document().getText();
		int from = Math.max(0, h.begin() - CONTEXT);
		int to = Math.min(text.length(), h.end() + CONTEXT);
		int lineStart = text.lastIndexOf('\n', h.begin() - 1) + 1;
		int lineEnd = text.indexOf('\n', h.end());
		from = Math.max(from, lineStart);
		to = Math.min(to, lineEnd < 0 ? text.length() : lineEnd);
		while (from > lineStart && from < h.begin() && !Character.isWhitespace(text.charAt(from - 1))) {
			from++; // start at a word
		}
		while (to < text.length() && to > h.end() && !Character.isWhitespace(text.charAt(to))) {
			to--; // end at a word
		}
		return (from > lineStart ? "\u2026" : "") + oneLine(text.substring(from, h.begin())).stripLeading() + "["
				+ oneLine(h.text()) + "]" + oneLine(text.substring(h.end(), to)).stripTrailing()
				+ (to < (lineEnd < 0 ? text.length() : lineEnd) ? "\u2026" : "");
	}

	void show(ProjectFolder folder, List<Hit> hits) {
		this.folder = folder;
		viewer.setInput(hits);
	}

	/** Opens the hit's document (showing the set its label came from) and selects the match. */
	DocumentEditor open(Hit hit) {
		IWorkbenchPage page = window.getActivePage();
		DocumentEditor open = null;
		for (IEditorReference ref : page.getEditorReferences()) {
			if (ref.getEditor(false) instanceof DocumentEditor e && e.document() == hit.document()) {
				open = e;
			}
		}
		boolean showsSet = open != null && open.shownSet() != null && open.shownSet().getName().equals(hit.setName());
		String set = showsSet || SetNames.find(hit.document(), hit.setName()) == null ? null : hit.setName();
		DocumentEditor editor = DocumentEditor.open(page, folder, hit.document(), set);
		if (editor != null) {
			editor.showRange(hit.begin(), hit.end());
		}
		return editor;
	}

	public TableViewer viewer() {
		return viewer;
	}

	Control control() {
		return viewer.getControl();
	}
}
