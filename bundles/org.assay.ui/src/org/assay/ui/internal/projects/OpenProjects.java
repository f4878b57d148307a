/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.internal.projects;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.assay.model.Document;
import org.assay.sample.SampleProject;
import org.assay.store.ProjectFolder;
import org.assay.store.StoreException;
import org.assay.ui.internal.preferences.AssayPreferencePage;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.osgi.service.datalocation.Location;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The projects open in the workbench. Remembers them across restarts; on the very first start it creates
 * and opens the sample project in the workspace folder.
 */
public final class OpenProjects {

	/** Told when projects are opened or closed. */
	public interface Listener {
		void projectsChanged();
	}

	private static final String KEY_OPEN = "openProjects";
	private static final String KEY_STARTED = "startedBefore";
	private static final OpenProjects INSTANCE = new OpenProjects();

	private final List<ProjectFolder> projects = new CopyOnWriteArrayList<>();
	private final List<Listener> listeners = new CopyOnWriteArrayList<>();
	private final List<StoreException> problems = new ArrayList<>();
	private ProjectFolder createdSample;

	private OpenProjects() {
	}

	public static OpenProjects get() {
		return INSTANCE;
	}

	public List<ProjectFolder> projects() {
		return List.copyOf(projects);
	}

	public void addListener(Listener l) {
		listeners.add(l);
	}

	public void removeListener(Listener l) {
		listeners.remove(l);
	}

	/** Problems met while opening projects since they were last taken; the caller shows them. */
	public synchronized List<StoreException> takeProblems() {
		List<StoreException> taken = List.copyOf(problems);
		problems.clear();
		return taken;
	}

	/** The open project in that folder, or null. */
	public ProjectFolder find(Path dir) {
		Path normal = dir.toAbsolutePath().normalize();
		for (ProjectFolder p : projects) {
			if (p.dir().toAbsolutePath().normalize().equals(normal)) {
				return p;
			}
		}
		return null;
	}

	/** The open project a document belongs to, or null. */
	public ProjectFolder folderOf(Document d) {
		for (ProjectFolder p : projects) {
			if (p.project() == d.eContainer()) {
				return p;
			}
		}
		return null;
	}

	/** Opens a project leniently (unreadable files are set aside and reported), or returns it if open. */
	public ProjectFolder open(Path dir) throws StoreException {
		ProjectFolder open = find(dir);
		if (open != null) {
			return open;
		}
		ProjectFolder folder = ProjectFolder.openLenient(dir.toAbsolutePath().normalize());
		synchronized (this) {
			problems.addAll(folder.problems());
		}
		projects.add(folder);
		fire();
		return folder;
	}

	/** Adds a project created in this session. */
	public void add(ProjectFolder folder) {
		projects.add(folder);
		fire();
	}

	/** Tells the listeners that a project's content changed (documents or sets were added). */
	public void changed(ProjectFolder folder) {
		tellListeners();
	}

	public void close(ProjectFolder folder) {
		if (projects.remove(folder)) {
			fire();
		}
	}

	private void fire() {
		remember();
		tellListeners();
	}

	private void tellListeners() {
		for (Listener l : listeners) {
			l.projectsChanged();
		}
	}

	/** Reopens the projects of the last session; on the first start, the sample project. */
	public void restore() {
		IEclipsePreferences prefs = InstanceScope.INSTANCE.getNode(AssayPreferencePage.NODE);
		String open = prefs.get(KEY_OPEN, "");
		if (!prefs.getBoolean(KEY_STARTED, false)) {
			Path sample = sampleFolder();
			if (sample != null) {
				open = sample.toString();
			}
			prefs.putBoolean(KEY_STARTED, true);
		}
		for (String line : open.split("\n")) {
			if (!line.isBlank()) {
				openOrReport(Path.of(line));
			}
		}
		remember();
	}

	/** Opens a project as {@link #open} does; when it cannot, keeps the problem for the caller to show and returns null. */
	public ProjectFolder openOrReport(Path dir) {
		try {
			return open(dir);
		} catch (StoreException e) {
			synchronized (this) {
				problems.add(e);
			}
			return null;
		}
	}

	/** The sample project if this start created it (the very first start), else null. */
	public ProjectFolder createdSample() {
		return createdSample == null ? null : find(createdSample.dir());
	}

	/** Writes the list of open projects to the preferences. */
	public void remember() {
		IEclipsePreferences prefs = InstanceScope.INSTANCE.getNode(AssayPreferencePage.NODE);
		StringBuilder sb = new StringBuilder();
		for (ProjectFolder p : projects) {
			sb.append(p.dir()).append('\n');
		}
		prefs.put(KEY_OPEN, sb.toString());
		try {
			prefs.flush();
		} catch (BackingStoreException e) {
			ILog.of(OpenProjects.class).log(Status.warning("cannot remember the open projects", e));
		}
	}

	/** The sample project in the workspace folder, created if missing; null if it cannot be made. */
	private Path sampleFolder() {
		Location instance = Platform.getInstanceLocation();
		if (instance == null || instance.getURL() == null) {
			return null;
		}
		try {
			Path dir = Path.of(instance.getURL().getFile()).resolve(SampleProject.NAME); // Location URLs are not encoded
			if (!ProjectFolder.isProject(dir)) {
				if (Files.exists(dir) && !isEmptyDir(dir)) {
					return null;
				}
				createdSample = SampleProject.create(dir);
			}
			return dir;
		} catch (IllegalArgumentException | IOException e) {
			ILog.of(OpenProjects.class).log(Status.error("cannot locate the workspace for the sample project", e));
		} catch (StoreException e) {
			synchronized (this) {
				problems.add(e);
			}
		}
		return null;
	}

	private static boolean isEmptyDir(Path dir) throws IOException {
		try (var entries = Files.list(dir)) {
			return entries.findAny().isEmpty();
		}
	}
}
