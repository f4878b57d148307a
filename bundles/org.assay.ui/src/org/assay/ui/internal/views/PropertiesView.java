/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.internal.views;

import java.util.List;

import org.assay.model.Span;
import org.assay.ui.internal.Messages;
import org.assay.ui.internal.editor.DocumentEditor;
import org.assay.ui.internal.editor.StackAction;
import org.assay.ui.internal.views.PropertyRows.Row;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.ViewPart;

/**
 * The current annotation of the active document editor as a table of properties: what it is, its layer's
 * features and its provenance, so that an annotator sees all of one annotation at once. Feature values are
 * edited in place (a click on the value, or Enter); each edit is an undoable command of the editor.
 */
public final class PropertiesView extends ViewPart {

	public static final String ID = "org.assay.ui.views.properties";

	private TableViewer viewer;
	private EditorFollower follower;
	private StackAction undo;
	private StackAction redo;
	private Span span;

	@Override
	public void createPartControl(Composite parent) {
		Composite holder = new Composite(parent, SWT.NONE);
		TableColumnLayout columns = new TableColumnLayout();
		holder.setLayout(columns);
		viewer = new TableViewer(holder, SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		TableViewerColumn name = column(Messages.properties_property, true);
		TableViewerColumn value = column(Messages.properties_value, false);
		columns.setColumnData(name.getColumn(), new ColumnWeightData(25, 110));
		columns.setColumnData(value.getColumn(), new ColumnWeightData(75, 200));
		ColumnViewerToolTipSupport.enableFor(viewer);
		value.setEditingSupport(new FeatureEditing(viewer, this::editor, () -> span, this::problem));
		TableViewerEditor.create(viewer, new ColumnViewerEditorActivationStrategy(viewer) {
			@Override
			protected boolean isEditorActivationEvent(ColumnViewerEditorActivationEvent e) {
				return e.eventType == ColumnViewerEditorActivationEvent.MOUSE_CLICK_SELECTION
						|| e.eventType == ColumnViewerEditorActivationEvent.PROGRAMMATIC
						|| e.eventType == ColumnViewerEditorActivationEvent.TRAVERSAL
						|| e.eventType == ColumnViewerEditorActivationEvent.KEY_PRESSED
								&& e.keyCode == SWT.CR;
			}
		}, ColumnViewerEditor.KEYBOARD_ACTIVATION | ColumnViewerEditor.TABBING_VERTICAL);
		undo = new StackAction(this::commandStack, true);
		redo = new StackAction(this::commandStack, false);
		IActionBars bars = getViewSite().getActionBars();
		bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
		bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
		follower = new EditorFollower(getSite().getPage(), this::refresh, this::follow);
	}

	private TableViewerColumn column(String title, boolean names) {
		TableViewerColumn c = new TableViewerColumn(viewer, SWT.NONE);
		c.getColumn().setText(title);
		Color grey = viewer.getControl().getDisplay().getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW);
		c.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				Row row = (Row) element;
				return names ? row.name() : row.value();
			}

			@Override
			public Font getFont(Object element) {
				return ((Row) element).kind() == Row.Kind.HEADING ? JFaceResources.getBannerFont() : null;
			}

			@Override
			public Color getForeground(Object element) {
				Row row = (Row) element;
				return !names && row.kind() == Row.Kind.FEATURE && !row.editable() ? grey : null;
			}

			@Override
			public String getToolTipText(Object element) {
				Row row = (Row) element;
				if (names) {
					return row.definition() == null ? null : row.definition().getDescription();
				}
				return row.value().length() > 40 ? row.value() : null;
			}
		});
		return c;
	}

	private DocumentEditor editor() {
		return follower == null ? null : follower.editor();
	}

	private CommandStack commandStack() {
		DocumentEditor e = editor();
		return e == null ? null : e.domain().getCommandStack();
	}

	/** The editor's current annotation changed: show it. */
	private void follow(ISelection selection) {
		Object first = selection instanceof IStructuredSelection s ? s.getFirstElement() : null;
		span = first instanceof Span s ? s : null;
		refresh();
	}

	/** Shows the current annotation anew (after a command, another set or another editor). */
	private void refresh() {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		DocumentEditor editor = editor();
		if (editor != null && (span == null || span.eContainer() != editor.shownSet())) {
			span = editor.currentAnnotation();
		}
		if (editor == null || span == null || span.eContainer() != editor.shownSet()) {
			span = null;
		}
		undo.update();
		redo.update();
		if (span == null) {
			viewer.setInput(new Object[0]);
			setContentDescription(editor == null ? Messages.properties_noEditor : Messages.properties_noAnnotation);
			return;
		}
		List<Row> rows = PropertyRows.of(span, editor.shownSet(), editor.document().getText());
		viewer.setInput(rows.toArray());
		problem(null);
	}

	/** Shows a value that cannot be stored (not a whole number), or with null what is shown. */
	private void problem(String message) {
		DocumentEditor editor = editor();
		if (message != null) {
			setContentDescription(message);
		} else if (span != null && editor != null) {
			setContentDescription(NLS.bind(Messages.properties_description,
					span.getLabel() == null ? "" : span.getLabel().getName(), editor.shownSet().getName()));
		}
	}

	/** The table, for tests. */
	public TableViewer viewer() {
		return viewer;
	}

	/** The annotation shown, or null, for tests. */
	public Span shown() {
		return span;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		follower.dispose();
		super.dispose();
	}
}
