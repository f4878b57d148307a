/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.internal.projects;

import java.nio.file.Path;
import java.util.function.Predicate;

import org.assay.model.AnnotationSet;
import org.assay.model.Document;
import org.assay.model.WorkState;
import org.assay.model.support.SetNames;
import org.assay.store.ProjectFolder;
import org.assay.ui.internal.editor.Annotators;
import org.assay.ui.internal.editor.DocumentEditor;
import org.assay.ui.internal.editor.DocumentEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

/**
 * The project a launch names, {@code assay PROJECT} (the launcher passes it as the {@code assay.open} system
 * property): opened beside the projects of the last session, selected in the navigator, and with the
 * annotator's next document open unless one of its documents already is.
 */
public final class StartProject {

	/** The system property the launcher sets to the project's folder. */
	public static final String PROPERTY = "assay.open";

	private StartProject() {
	}

	/** Opens the project the launch names; null when it names none or the project cannot be opened (a problem to show). */
	public static ProjectFolder open() {
		String dir = System.getProperty(PROPERTY, "");
		return dir.isBlank() ? null : OpenProjects.get().openOrReport(Path.of(dir));
	}

	/**
	 * Selects the project in the navigator and activates the editor that shows one of its documents, or opens the
	 * annotator's next one.
	 */
	public static void show(IWorkbenchPage page, ProjectFolder folder) {
		try {
			ProjectNavigator navigator = (ProjectNavigator) page.showView(ProjectNavigator.ID, null,
					IWorkbenchPage.VIEW_VISIBLE);
			navigator.show(folder);
		} catch (PartInitException e) {
			// no navigator: the editor below still shows the project
		}
		for (IEditorReference ref : page.getEditorReferences()) {
			try {
				if (ref.getEditorInput() instanceof DocumentEditorInput input && input.folder() == folder) {
					IEditorPart shown = ref.getEditor(true);
					if (shown != null) {
						page.activate(shown); // the keys go to the document, not to the navigator
					}
					return;
				}
			} catch (PartInitException e) {
				// an editor that cannot be restored shows nothing of the project
			}
		}
		Document next = next(folder);
		if (next != null) {
			DocumentEditor.open(page, folder, next, null);
		}
	}

	/**
	 * The annotator's next document: the first of theirs (all, when the project assigns them none) that their set
	 * has not marked done; the first of theirs when all are done; null for a project without documents.
	 */
	static Document next(ProjectFolder folder) {
		Predicate<String> mine = Annotators.mineOrAll(folder);
		String me = Annotators.current();
		Document first = null;
		for (Document d : folder.project().getDocuments()) {
			if (!mine.test(d.getId())) {
				continue;
			}
			AnnotationSet set = SetNames.find(d, me);
			if (set == null || set.getState() != WorkState.DONE) {
				return d;
			}
			first = first == null ? d : first;
		}
		return first != null || folder.project().getDocuments().isEmpty() ? first : folder.project().getDocuments().get(0);
	}
}
