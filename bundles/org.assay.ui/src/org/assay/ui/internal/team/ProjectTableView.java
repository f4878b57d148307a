/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.internal.team;

import org.assay.store.ProjectFolder;
import org.assay.ui.internal.Messages;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.part.ViewPart;

/**
 * A team view of one table read off a project's model: the project chosen above it (the chooser follows the
 * model, so the table follows the decisions as they are made), the table filled again on each change.
 */
abstract class ProjectTableView extends ViewPart {

	private ProjectChooser chooser;
	private Table table;

	/** The columns' titles; a column whose title {@link #numeric} says is a number is aligned right. */
	protected abstract String[] titles();

	protected boolean numeric(String title) {
		return false;
	}

	/** Fills the empty table from the chosen project. */
	protected abstract void fill(ProjectFolder folder, Table table);

	/** Below the table: nothing, unless a view adds something. */
	protected void createBelow(Composite parent) {
	}

	@Override
	public final void createPartControl(Composite parent) {
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(parent);
		new Label(parent, SWT.NONE).setText(Messages.team_project);
		chooser = new ProjectChooser(parent, this::refresh, true); // refreshes nothing until the table is there
		table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		for (String title : titles()) {
			new TableColumn(table, numeric(title) ? SWT.RIGHT : SWT.LEFT).setText(title);
		}
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).applyTo(table);
		createBelow(parent);
		refresh();
	}

	/** Reads the chosen project again. */
	public final void refresh() {
		if (table == null || table.isDisposed() || chooser == null) {
			return;
		}
		table.removeAll();
		ProjectFolder folder = chooser.project();
		if (folder == null) {
			return;
		}
		fill(folder, table);
		for (TableColumn c : table.getColumns()) {
			c.pack();
		}
	}

	/** A row of the table, in bold for a total. */
	protected final TableItem row(boolean bold, String... cells) {
		TableItem item = new TableItem(table, SWT.NONE);
		item.setText(cells);
		if (bold) {
			item.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
		}
		return item;
	}

	public final void choose(ProjectFolder folder) {
		chooser.choose(folder);
	}

	public final Table table() {
		return table;
	}

	@Override
	public void setFocus() {
		table.setFocus();
	}
}
