/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.internal.team;

import java.util.List;

import org.assay.model.support.SetNames;
import org.assay.store.Assignments;
import org.assay.store.ProjectFolder;
import org.assay.store.Progress;
import org.assay.store.StoreException;
import org.assay.ui.internal.Messages;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;

/**
 * Each annotator's progress on a project, as {@code assay info} prints it: documents assigned, done and in
 * progress, decisions made and decisions per hour of working time, read off the model; it follows the model
 * as decisions are made.
 */
public final class ProgressView extends ProjectTableView {

	public static final String ID = "org.assay.ui.views.progress";

	private Label note;

	@Override
	protected String[] titles() {
		return new String[] { Messages.progress_annotator, Messages.progress_assigned, Messages.progress_done,
				Messages.progress_inProgress, Messages.progress_decisions, Messages.progress_perHour };
	}

	@Override
	protected boolean numeric(String title) {
		return !title.equals(Messages.progress_annotator);
	}

	/** The line below the table; for tests. */
	public String note() {
		return note.getText();
	}

	@Override
	protected void createBelow(Composite parent) {
		note = new Label(parent, SWT.WRAP);
		note.setText(Messages.progress_note);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(300, SWT.DEFAULT).applyTo(note);
	}

	@Override
	protected void fill(ProjectFolder folder, Table table) {
		List<Progress> progress;
		List<String> ready;
		try {
			Assignments assignments = Assignments.read(folder.dir());
			progress = Progress.of(folder.project(), assignments);
			ready = Progress.readyToCurate(folder.project(), assignments, SetNames.GOLD);
		} catch (StoreException e) {
			note.setText(e.getMessage());
			return;
		}
		note.setText(ready.isEmpty() ? Messages.progress_note
				: Messages.progress_note + " " + NLS.bind(Messages.progress_readyToCurate, ready.size(),
						Progress.firstIds(ready, "\u2026")));
		for (Progress p : progress) {
			row(false, p.annotator(), String.valueOf(p.assigned()), String.valueOf(p.done()),
					String.valueOf(p.inProgress()), String.valueOf(p.decisions()), p.decisionsPerHourText());
		}
	}
}
