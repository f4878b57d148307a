/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.internal.team;

import java.util.List;

import org.assay.store.ProjectFolder;
import org.assay.ui.internal.projects.ModelWatcher;
import org.assay.ui.internal.projects.OpenProjects;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;

/**
 * A combo of the open projects that follows them as they open and close, for the team views; optionally it
 * follows the chosen project's model too, calling back once per burst of changes.
 */
final class ProjectChooser {

	private final Combo combo;
	private final Runnable chosen;
	private final boolean followModel;
	private final OpenProjects.Listener listener;
	private ProjectFolder watched;
	private ModelWatcher watcher;

	ProjectChooser(Composite parent, Runnable chosen) {
		this(parent, chosen, false);
	}

	/** With {@code followModel}, {@code chosen} runs again whenever the chosen project's model changes. */
	ProjectChooser(Composite parent, Runnable chosen, boolean followModel) {
		this.chosen = chosen;
		this.followModel = followModel;
		combo = new Combo(parent, SWT.READ_ONLY);
		combo.addListener(SWT.Selection, e -> changed());
		listener = () -> combo.getDisplay().asyncExec(this::fill);
		OpenProjects.get().addListener(listener);
		combo.addListener(SWT.Dispose, e -> {
			OpenProjects.get().removeListener(listener);
			follow(null);
		});
		fill();
	}

	private void changed() {
		if (followModel) {
			follow(project());
		}
		chosen.run();
	}

	private void follow(ProjectFolder folder) {
		if (folder == watched) {
			return;
		}
		if (watched != null) {
			watched.project().eAdapters().remove(watcher);
		}
		watched = folder;
		if (folder != null) {
			watcher = new ModelWatcher(combo.getDisplay(), documents -> {
				if (!combo.isDisposed()) {
					chosen.run();
				}
			});
			folder.project().eAdapters().add(watcher);
		}
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
		changed();
	}

	/** The chosen project, or null. */
	ProjectFolder project() {
		int i = combo.getSelectionIndex();
		List<ProjectFolder> open = OpenProjects.get().projects();
		return i < 0 || i >= open.size() ? null : open.get(i);
	}

	void choose(ProjectFolder folder) {
		combo.select(OpenProjects.get().projects().indexOf(folder));
		changed();
	}
}
