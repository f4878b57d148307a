/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.internal.editor;

import java.util.List;

import org.assay.model.AnnotationSet;
import org.assay.model.Document;
import org.assay.model.support.SetNames;
import org.assay.store.ProjectFolder;
import org.assay.ui.internal.Messages;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;

/**
 * Shows a document's text with the annotations of one of its sets highlighted in their labels' colours; a
 * combo switches between the sets, a legend counts the labels, hovering a span tells its label, status and
 * provenance.
 */
public final class DocumentEditor extends EditorPart {

	public static final String ID = "org.assay.ui.editors.document";

	private final Highlighter highlighter = new Highlighter();
	private StyledText text;
	private Combo sets;
	private Legend legend;
	private Label status;
	private AnnotationSet shown;

	/** Opens (or brings to front) the editor of a document, showing the named set or the default one. */
	public static DocumentEditor open(IWorkbenchPage page, ProjectFolder folder, Document document, String set) {
		try {
			DocumentEditor editor = (DocumentEditor) page.openEditor(new DocumentEditorInput(folder, document, set), ID);
			if (set != null) {
				editor.showSet(set);
			}
			return editor;
		} catch (PartInitException e) {
			ILog.of(DocumentEditor.class).log(Status.error("cannot open " + document.getId(), e));
			return null;
		}
	}

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof DocumentEditorInput)) {
			throw new PartInitException("not an Assay document: " + input);
		}
		setSite(site);
		setInput(input);
		setPartName(input.getName());
		setTitleToolTip(input.getToolTipText());
	}

	private DocumentEditorInput input() {
		return (DocumentEditorInput) getEditorInput();
	}

	public Document document() {
		return input().document();
	}

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(parent);
		Composite bar = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).margins(8, 4).applyTo(bar);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		new Label(bar, SWT.NONE).setText(Messages.editor_set);
		sets = new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN);
		legend = new Legend(bar);
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(legend.control());

		text = new StyledText(parent, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.MULTI);
		text.setMargins(16, 12, 16, 12);
		text.setLineSpacing(4);
		text.setText(document().getText());
		GridDataFactory.fillDefaults().grab(true, true).applyTo(text);
		new SpanHover(text, () -> shown);

		status = new Label(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).indent(8, 2).applyTo(status);

		List<AnnotationSet> all = document().getAnnotationSets();
		for (AnnotationSet s : all) {
			sets.add(s.getName());
		}
		sets.addListener(SWT.Selection, e -> showSet(sets.getText()));
		String first = input().initialSet();
		if (first == null) {
			first = SetNames.find(document(), SetNames.GOLD) != null ? SetNames.GOLD
					: all.isEmpty() ? null : all.get(0).getName();
		}
		if (first != null) {
			showSet(first);
		} else {
			status.setText(Messages.editor_noSets);
		}
	}

	/** Shows the annotations of the document's set of that name; does nothing if there is none. */
	public void showSet(String name) {
		AnnotationSet set = SetNames.find(document(), name);
		if (set == null || text == null) {
			return;
		}
		shown = set;
		sets.setText(name);
		StyleRange[] ranges = highlighter.styles(set.getAnnotations(), text.getCharCount());
		text.setStyleRanges(ranges);
		legend.show(set);
		status.setText(StatusText.of(set));
		status.getParent().layout(true, true);
	}

	/** The set whose annotations are shown, or null. */
	public AnnotationSet shownSet() {
		return shown;
	}

	/** The text widget, for tests. */
	public StyledText textWidget() {
		return text;
	}

	@Override
	public void setFocus() {
		text.setFocus();
	}

	@Override
	public boolean isDirty() {
		return false; // this editor only shows annotations; editing them comes with the annotator's workflow
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		// never dirty, so there is nothing to save
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	@Override
	public void doSaveAs() {
		// not allowed
	}
}
