/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.internal.team;

import java.util.List;

import org.assay.store.ProjectFolder;
import org.assay.ui.internal.projects.OpenProjects;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;

/** A combo of the open projects that follows them as they open and close, for the team views. */
final class ProjectChooser {

	private final Combo combo;
	private final Runnable chosen;
	private final OpenProjects.Listener listener;

	ProjectChooser(Composite parent, Runnable chosen) {
		this.chosen = chosen;
		combo = new Combo(parent, SWT.READ_ONLY);
		combo.addListener(SWT.Selection, e -> chosen.run());
		listener = () -> combo.getDisplay().asyncExec(this::fill);
		OpenProjects.get().addListener(listener);
		combo.addListener(SWT.Dispose, e -> OpenProjects.get().removeListener(listener));
		fill();
	}

	Combo control() {
		return combo;
	}

	private void fill() {
		if (combo.isDisposed()) {
			return;
		}
		ProjectFolder before = project();
		combo.removeAll();
		List<ProjectFolder> open = OpenProjects.get().projects();
		for (ProjectFolder p : open) {
			combo.add(p.project().getName());
		}
		int keep = before == null ? -1 : open.indexOf(before);
		combo.select(keep >= 0 ? keep : open.isEmpty() ? -1 : 0);
		chosen.run();
	}

	/** The chosen project, or null. */
	ProjectFolder project() {
		int i = combo.getSelectionIndex();
		List<ProjectFolder> open = OpenProjects.get().projects();
		return i < 0 || i >= open.size() ? null : open.get(i);
	}

	void choose(ProjectFolder folder) {
		combo.select(OpenProjects.get().projects().indexOf(folder));
		chosen.run();
	}
}
