/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.internal.editor;

import java.util.Date;
import java.util.List;

import org.assay.model.AnnotationSet;
import org.assay.model.Document;
import org.assay.model.Span;
import org.assay.model.edit.decisions.Decisions;
import org.assay.model.provider.AssayItemProviderAdapterFactory;
import org.assay.model.support.Spans;
import org.assay.model.support.SetNames;
import org.assay.store.ProjectFolder;
import org.assay.store.StoreException;
import org.assay.ui.internal.Messages;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.part.EditorPart;

/**
 * Shows a document's text with the annotations of one of its sets highlighted in their labels' colours; a
 * combo switches between the sets, a legend counts the labels, hovering a span tells its label, status and
 * provenance.
 */
public final class DocumentEditor extends EditorPart {

	public static final String ID = "org.assay.ui.editors.document";

	/** The context of the editor's key bindings. */
	public static final String CONTEXT = "org.assay.ui.contexts.documentEditor";

	private final Highlighter highlighter = new Highlighter();
	private final AnnotationCursor cursor = new AnnotationCursor();
	private AdapterFactoryEditingDomain domain;
	private StackAction undo;
	private StackAction redo;
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
		domain = new AdapterFactoryEditingDomain(new AssayItemProviderAdapterFactory(), new BasicCommandStack());
		domain.getCommandStack().addCommandStackListener(e -> site.getShell().getDisplay().asyncExec(this::stackChanged));
		undo = new StackAction(domain.getCommandStack(), true);
		redo = new StackAction(domain.getCommandStack(), false);
		site.getActionBars().setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
		site.getActionBars().setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
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
		text.addListener(SWT.KeyDown, this::labelKey);
		getSite().getService(IContextService.class).activateContext(CONTEXT);

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
		cursor.set(null);
		sets.setText(name);
		StyleRange[] ranges = highlighter.styles(set.getAnnotations(), text.getCharCount());
		text.setStyleRanges(ranges);
		legend.show(set);
		status.setText(StatusText.of(set));
		status.getParent().layout(true, true);
	}

	private void stackChanged() {
		if (text == null || text.isDisposed()) {
			return;
		}
		undo.update();
		redo.update();
		if (shown != null) {
			text.setStyleRanges(highlighter.styles(shown.getAnnotations(), text.getCharCount()));
			legend.show(shown);
			status.setText(StatusText.of(shown));
			reveal(cursor.current());
		}
		firePropertyChange(PROP_DIRTY);
	}

	/** Selects the next (or previous) proposal in the text and scrolls to it. */
	public void moveToProposal(boolean forward) {
		if (shown != null) {
			reveal(cursor.move(shown, forward));
		}
	}

	private void reveal(Span span) {
		if (span != null && span.eContainer() == shown) {
			text.setSelection(Spans.begin(span), Spans.end(span));
			text.showSelection();
		}
	}

	/** The annotation the keyboard works on, or null. */
	public Span currentAnnotation() {
		return cursor.current();
	}

	public void accept() {
		decide(a -> Decisions.accept(domain, a, Annotators.current(), new Date()));
	}

	public void reject() {
		decide(a -> Decisions.reject(domain, a, Annotators.current(), new Date()));
	}

	/** A key that is a label's key relabels the current annotation, within its layer. */
	private void labelKey(Event e) {
		Span current = cursor.current();
		if (current == null || e.character == 0 || (e.stateMask & SWT.MODIFIER_MASK) != 0) {
			return;
		}
		for (org.assay.model.Label label : current.getLabel().getLayer().getLabels()) {
			if (label.getKey() != null && label.getKey().equals(String.valueOf(e.character)) && label != current.getLabel()) {
				decide(a -> Decisions.relabel(domain, a, label, Annotators.current(), new Date()));
				e.doit = false;
				return;
			}
		}
	}

	private void decide(java.util.function.Function<Span, Command> decision) {
		Span current = cursor.current();
		if (current != null && current.eContainer() == shown) {
			domain.getCommandStack().execute(decision.apply(current));
		}
	}

	/** The editing domain, whose command stack holds the editor's undo history. */
	public AdapterFactoryEditingDomain domain() {
		return domain;
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
		return ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded();
	}

	/** Saves the document's sets; the undo history stays, so that a save can be undone too. */
	@Override
	public void doSave(IProgressMonitor monitor) {
		ProjectFolder folder = input().folder();
		try {
			for (AnnotationSet set : document().getAnnotationSets()) {
				folder.save(set);
			}
			((BasicCommandStack) domain.getCommandStack()).saveIsDone();
			firePropertyChange(PROP_DIRTY);
		} catch (StoreException e) {
			ILog.of(DocumentEditor.class).log(Status.error(e.getMessage(), e));
			MessageDialog.openError(getSite().getShell(), getPartName(), e.getMessage());
			if (monitor != null) {
				monitor.setCanceled(true);
			}
		}
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
