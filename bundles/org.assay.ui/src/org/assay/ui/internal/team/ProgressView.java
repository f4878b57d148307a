/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.internal.team;

import java.util.List;
import java.util.Locale;

import org.assay.store.Assignments;
import org.assay.store.ProjectFolder;
import org.assay.store.Progress;
import org.assay.store.StoreException;
import org.assay.ui.internal.Messages;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.part.ViewPart;

/**
 * Each annotator's progress on a project, as {@code assay info} prints it: documents assigned, done and in
 * progress, decisions made and decisions per hour of working time, read off the model; it follows the model
 * as decisions are made.
 */
public final class ProgressView extends ViewPart {

	public static final String ID = "org.assay.ui.views.progress";

	private ProjectChooser chooser;
	private Table table;
	private Label note;

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(parent);
		new Label(parent, SWT.NONE).setText(Messages.team_project);
		chooser = new ProjectChooser(parent, this::refresh, true); // refreshes nothing until the table is there
		table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		for (String title : new String[] { Messages.progress_annotator, Messages.progress_assigned, Messages.progress_done,
				Messages.progress_inProgress, Messages.progress_decisions, Messages.progress_perHour }) {
			new TableColumn(table, title.equals(Messages.progress_annotator) ? SWT.LEFT : SWT.RIGHT).setText(title);
		}
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).applyTo(table);
		note = new Label(parent, SWT.WRAP);
		note.setText(Messages.progress_note);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(300, SWT.DEFAULT).applyTo(note);
		refresh();
	}

	/** Reads the chosen project's progress again. */
	public void refresh() {
		if (table == null || table.isDisposed() || chooser == null) {
			return;
		}
		table.removeAll();
		ProjectFolder folder = chooser.project();
		if (folder == null) {
			return;
		}
		List<Progress> progress;
		try {
			progress = Progress.of(folder.project(), Assignments.read(folder.dir()));
		} catch (StoreException e) {
			note.setText(e.getMessage());
			return;
		}
		for (Progress p : progress) {
			Double rate = p.decisionsPerHour();
			new TableItem(table, SWT.NONE).setText(new String[] { p.annotator(), String.valueOf(p.assigned()),
					String.valueOf(p.done()), String.valueOf(p.inProgress()), String.valueOf(p.decisions()),
					rate == null ? "-" : String.format(Locale.ROOT, "%.0f", rate) });
		}
		for (TableColumn c : table.getColumns()) {
			c.pack();
		}
	}

	public void choose(ProjectFolder folder) {
		chooser.choose(folder);
	}

	public Table table() {
		return table;
	}

	@Override
	public void setFocus() {
		table.setFocus();
	}
}
