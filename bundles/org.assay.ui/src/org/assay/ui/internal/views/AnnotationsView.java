/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.internal.views;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.assay.model.Annotation;
import org.assay.model.AnnotationSet;
import org.assay.model.Provenance;
import org.assay.model.Span;
import org.assay.model.support.Spans;
import org.assay.ui.internal.Messages;
import org.assay.ui.internal.editor.DocumentEditor;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;

/**
 * The annotations of the active document editor's set as a table: label, text, status, engine, confidence,
 * who decided. Filtered by a text that matches layer, label, status, covered text, engine or who decided; sorted by a click on a
 * column; selecting a row makes it the editor's current annotation, and the editor's moves select the row.
 */
public final class AnnotationsView extends ViewPart {

	public static final String ID = "org.assay.ui.views.annotations";

	private TableViewer viewer;
	private Text filter;
	private EditorFollower follower;
	private boolean syncing;

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().applyTo(parent);
		filter = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		filter.setMessage(Messages.annotations_filter);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
		// virtual: a document may have 100,000 annotations, and only the visible rows are ever made
		viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL | SWT.VIRTUAL);
		viewer.setUseHashlookup(true);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		column(Messages.annotations_label, 140, a -> a.getLabel() == null ? "" : a.getLabel().getName());
		column(Messages.annotations_text, 260, this::covered);
		column(Messages.annotations_status, 90, a -> a.getStatus().getLiteral());
		column(Messages.annotations_engine, 90, a -> a.getProvenance() == null || a.getProvenance().getEngineId() == null
				? "" : a.getProvenance().getEngineId());
		column(Messages.annotations_confidence, 80, a -> a.getProvenance() != null && a.getProvenance().isSetConfidence()
				? String.format(Locale.ROOT, "%.2f", a.getProvenance().getConfidence()) : "");
		column(Messages.annotations_decidedBy, 90, a -> {
			Provenance p = a.getProvenance();
			return p == null || p.getDecidedBy() == null ? "" : p.getDecidedBy();
		});
		viewer.addFilter(new ViewerFilter() {
			private String f = ""; // the filter's words, read once a refresh rather than once a row

			@Override
			public Object[] filter(Viewer v, Object parent, Object[] elements) {
				f = filter.getText().strip().toLowerCase(Locale.ROOT);
				return f.isEmpty() ? elements : super.filter(v, parent, elements);
			}

			@Override
			public boolean select(Viewer v, Object parentElement, Object element) {
				if (f.isEmpty()) {
					return true;
				}
				Annotation a = (Annotation) element;
				Provenance p = a.getProvenance();
				return a.getLabel() != null && (a.getLabel().getName().toLowerCase(Locale.ROOT).contains(f)
						|| a.getLabel().getLayer().getName().toLowerCase(Locale.ROOT).contains(f))
						|| a.getStatus().getLiteral().contains(f) || covered(a).toLowerCase(Locale.ROOT).contains(f)
						|| p != null && (contains(p.getEngineId(), f) || contains(p.getDecidedBy(), f));
			}
		});
		filter.addListener(SWT.Modify, e -> viewer.refresh());
		viewer.addSelectionChangedListener(e -> {
			DocumentEditor editor = follower == null ? null : follower.editor();
			if (!syncing && editor != null && e.getStructuredSelection().getFirstElement() instanceof Span s) {
				syncing = true;
				editor.setCurrent(s);
				syncing = false;
			}
		});
		getSite().setSelectionProvider(viewer);
		follower = new EditorFollower(getSite().getPage(), this::refresh, selection -> {
			if (!syncing && !viewer.getControl().isDisposed()) {
				syncing = true;
				viewer.setSelection(selection, true);
				syncing = false;
			}
		});
	}

	private void column(String title, int width, Function<Annotation, String> text) {
		TableViewerColumn c = new TableViewerColumn(viewer, SWT.NONE);
		c.getColumn().setText(title);
		c.getColumn().setWidth(width);
		c.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Annotation) element);
			}
		});
		c.getColumn().addListener(SWT.Selection, e -> {
			boolean up = viewer.getTable().getSortColumn() != c.getColumn() || viewer.getTable().getSortDirection() == SWT.DOWN;
			viewer.getTable().setSortColumn(c.getColumn());
			viewer.getTable().setSortDirection(up ? SWT.UP : SWT.DOWN);
			Comparator<Annotation> order = Comparator.comparing(text);
			viewer.setComparator(new ViewerComparator() {
				@Override
				public int compare(Viewer v, Object a, Object b) {
					int c = order.compare((Annotation) a, (Annotation) b);
					return up ? c : -c;
				}
			});
		});
	}

	private String covered(Annotation a) {
		DocumentEditor editor = follower == null ? null : follower.editor();
		return a instanceof Span s && editor != null ? Spans.coveredText(s, editor.document().getText()) : "";
	}

	/** Shows the followed editor's set anew (called once per burst of changes). */
	private void refresh() {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		DocumentEditor editor = follower.editor();
		AnnotationSet set = editor == null ? null : editor.shownSet();
		List<Annotation> all = set == null ? List.of() : set.getAnnotations();
		List<Annotation> rows = new ArrayList<>(all.size());
		for (int i = 0, size = all.size(); i < size; i++) {
			if (!(all.get(i) instanceof org.assay.model.Link)) {
				rows.add(all.get(i));
			}
		}
		if (sameRows(rows, viewer.getInput())) {
			// the same annotations (a decision changed what they say, not which they are): the virtual table asks
			// again for the rows it shows, and its element-to-row table of up to 100,000 entries is kept, not remade
			viewer.refresh();
		} else {
			viewer.setInput(rows);
		}
		if (editor != null && editor.currentAnnotation() != null) {
			syncing = true;
			viewer.setSelection(new StructuredSelection(editor.currentAnnotation()), true);
			syncing = false;
		}
	}


	/** Whether the table already shows these very annotations, in this order. */
	private static boolean sameRows(List<Annotation> rows, Object input) {
		if (!(input instanceof List<?> shown) || shown.size() != rows.size()) {
			return false;
		}
		for (int i = 0, n = rows.size(); i < n; i++) {
			if (shown.get(i) != rows.get(i)) {
				return false;
			}
		}
		return true;
	}

	/** The table, for tests. */
	public TableViewer viewer() {
		return viewer;
	}

	private static boolean contains(String value, String lowerCaseWords) {
		return value != null && value.toLowerCase(Locale.ROOT).contains(lowerCaseWords);
	}

	/** The filter field, for tests. */
	public Text filter() {
		return filter;
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
