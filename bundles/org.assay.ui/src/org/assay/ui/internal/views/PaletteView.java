/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.internal.views;

import java.util.function.Function;

import org.assay.model.Label;
import org.assay.model.LabelSchema;
import org.assay.model.Layer;
import org.assay.model.LayerKind;
import org.assay.ui.internal.Messages;
import org.assay.store.ProjectFolder;
import org.assay.ui.internal.guidelines.GuidelinesView;
import org.assay.ui.internal.projects.OpenProjects;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.osgi.util.NLS;
import org.assay.ui.internal.editor.DocumentEditor;
import org.assay.ui.internal.editor.SetTally;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TreeColumnLayout;
import org.eclipse.jface.viewers.AbstractTreeViewer;
import org.eclipse.jface.viewers.ColumnPixelData;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.ui.part.ViewPart;

/**
 * The schema's span labels by layer, each with its colour, its key and how many of it the editor's set holds
 * (proposed and decided), so that an annotator sees the keys and the work left without opening the key
 * overview. Double-click or Enter applies a label as its key does in the editor: relabels the current
 * annotation, or marks the selected text.
 */
public final class PaletteView extends ViewPart {

	public static final String ID = "org.assay.ui.views.palette";

	private TreeViewer viewer;
	private Swatches swatches;
	private EditorFollower follower;
	private SetTally counts = SetTally.of(null, 0);

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().applyTo(parent);
		swatches = new Swatches(parent.getDisplay());
		Composite holder = new Composite(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(holder);
		TreeColumnLayout columns = new TreeColumnLayout();
		holder.setLayout(columns);
		viewer = new TreeViewer(holder, SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
		viewer.getTree().setHeaderVisible(true);
		viewer.setContentProvider(new Content());
		viewer.setAutoExpandLevel(AbstractTreeViewer.ALL_LEVELS);
		columns.setColumnData(column(Messages.palette_label, null, SWT.LEFT, PaletteView::name), new ColumnWeightData(1, 100));
		columns.setColumnData(column(Messages.palette_key, null, SWT.CENTER,
				e -> e instanceof Label l && l.getKey() != null ? l.getKey() : ""), new ColumnPixelData(30));
		columns.setColumnData(column(Messages.palette_proposed, Messages.palette_proposedTip, SWT.RIGHT,
				e -> String.valueOf(counts.proposed(e))), new ColumnPixelData(48));
		columns.setColumnData(column(Messages.palette_decided, Messages.palette_decidedTip, SWT.RIGHT,
				e -> String.valueOf(counts.decided(e))), new ColumnPixelData(64));
		ColumnViewerToolTipSupport.enableFor(viewer);
		viewer.addOpenListener(e -> {
			if (((IStructuredSelection) e.getSelection()).getFirstElement() instanceof Label label) {
				apply(label);
			}
		});
		follower = new EditorFollower(getSite().getPage(), this::refresh, s -> {
		});
		getSite().setSelectionProvider(viewer);
		MenuManager menu = new MenuManager();
		menu.setRemoveAllWhenShown(true);
		menu.addMenuListener(m -> {
			if (viewer.getStructuredSelection().getFirstElement() instanceof Label label) {
				m.add(new Action(NLS.bind(Messages.palette_guidelines, label.getName())) {
					@Override
					public void run() {
						showGuidelines(label);
					}
				});
			}
		});
		viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
	}

	/** Opens the guidelines of the followed editor's project at the label's section. */
	public GuidelinesView showGuidelines(Label label) {
		DocumentEditor editor = follower.editor();
		ProjectFolder folder = editor == null ? null : OpenProjects.get().folderOf(editor.document());
		if (folder == null && !OpenProjects.get().projects().isEmpty()) {
			folder = OpenProjects.get().projects().get(0);
		}
		return folder == null ? null : GuidelinesView.open(getSite().getPage(), folder, label.getName());
	}

	private static String name(Object labelOrLayer) {
		if (labelOrLayer instanceof Label l) {
			return l.getName();
		}
		Layer layer = (Layer) labelOrLayer;
		return layer.getTitle() == null ? layer.getName() : layer.getTitle();
	}

	private TreeColumn column(String title, String tip, int align, Function<Object, String> text) {
		TreeViewerColumn c = new TreeViewerColumn(viewer, align);
		c.getColumn().setText(title);
		c.getColumn().setToolTipText(tip);
		c.getColumn().setAlignment(align);
		boolean first = viewer.getTree().getColumnCount() == 1;
		c.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply(element);
			}

			@Override
			public Image getImage(Object element) {
				return first && element instanceof Label l ? swatches.of(l) : null;
			}

			@Override
			public String getToolTipText(Object element) {
				return element instanceof Label l ? l.getDescription() : ((Layer) element).getDescription();
			}
		});
		return c.getColumn();
	}

	/** Applies the label in the followed editor, then gives the editor the keyboard back. */
	public boolean apply(Label label) {
		DocumentEditor editor = follower.editor();
		if (editor == null || !editor.applyLabel(label)) {
			return false;
		}
		getSite().getPage().activate(editor);
		return true;
	}

	private void refresh() {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		DocumentEditor editor = follower.editor();
		counts = editor == null ? SetTally.of(null, 0) : editor.tally();
		LabelSchema schema = editor == null ? null : editor.schema();
		if (viewer.getInput() != schema) {
			viewer.setInput(schema);
		} else {
			viewer.refresh();
		}
	}

	/** The tree, for tests. */
	public TreeViewer viewer() {
		return viewer;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		follower.dispose();
		swatches.dispose();
		super.dispose();
	}

	/** The schema's layers (span layers, then document labels), and their labels. */
	private static final class Content implements ITreeContentProvider {

		@Override
		public Object[] getElements(Object input) {
			return input instanceof LabelSchema s ? s.getLayers().stream()
					.filter(l -> l.getKind() == LayerKind.SPAN || l.getKind() == LayerKind.DOCUMENT).toArray()
					: new Object[0];
		}

		@Override
		public Object[] getChildren(Object element) {
			return element instanceof Layer l ? l.getLabels().toArray() : new Object[0];
		}

		@Override
		public Object getParent(Object element) {
			return element instanceof Label l ? l.getLayer() : null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return element instanceof Layer l && !l.getLabels().isEmpty();
		}
	}
}
