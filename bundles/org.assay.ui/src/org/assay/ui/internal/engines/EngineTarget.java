/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.internal.engines;

import java.util.ArrayList;
import java.util.List;

import org.assay.model.AnnotationSet;
import org.assay.model.Document;
import org.assay.store.ProjectFolder;
import org.assay.ui.internal.editor.DocumentEditor;
import org.assay.ui.internal.projects.OpenProjects;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;

/**
 * What an engine command works on: the document of the active editor, the documents or project selected in
 * the navigator, or else the first open project.
 *
 * @param folder     the project
 * @param documents  the documents selected (the editor's one, or those picked in the navigator); empty when a
 *                   whole project was chosen
 */
public record EngineTarget(ProjectFolder folder, List<Document> documents) {

	/** The target of the active part, or null when no project is open. */
	public static EngineTarget of(IWorkbenchPart part, Object selection) {
		if (part instanceof DocumentEditor editor) {
			ProjectFolder folder = OpenProjects.get().folderOf(editor.document());
			if (folder != null) {
				return new EngineTarget(folder, List.of(editor.document()));
			}
		}
		if (selection instanceof IStructuredSelection s && !s.isEmpty()) {
			List<Document> documents = new ArrayList<>();
			ProjectFolder folder = null;
			for (Object o : s.toList()) {
				if (o instanceof ProjectFolder p) {
					return new EngineTarget(p, List.of());
				}
				Document d = o instanceof Document doc ? doc
						: o instanceof AnnotationSet set && set.eContainer() instanceof Document doc ? doc : null;
				if (d != null && OpenProjects.get().folderOf(d) != null) {
					folder = OpenProjects.get().folderOf(d);
					documents.add(d);
				}
			}
			if (folder != null) {
				return new EngineTarget(folder, documents);
			}
		}
		List<ProjectFolder> open = OpenProjects.get().projects();
		return open.isEmpty() ? null : new EngineTarget(open.get(0), List.of());
	}

	/** The documents to work on: the chosen ones, or all of the project. */
	public List<Document> scope(boolean wholeProject) {
		return wholeProject || documents.isEmpty() ? folder.project().getDocuments() : documents;
	}

	/**
	 * As {@link #refresh}, after a turn of the learning loop: an editor whose set its annotator has begun keeps
	 * its undo history and current annotation (the loop only adds proposals there, and an annotator may have
	 * opened the document and begun while it ran); the others show the engine's proposals as after a run.
	 */
	public static void refreshAfterLoop(IWorkbenchPage page, ProjectFolder folder, List<Document> changed) {
		refresh(page, folder, changed, editor -> {
			if (org.assay.model.support.WorkStates.started(editor.shownSet())) {
				editor.offersAdded();
			} else {
				editor.setsChanged();
			}
		});
	}

	/** Tells the open editors of these documents that their sets changed, and the navigator. */
	public static void refresh(IWorkbenchPage page, ProjectFolder folder, List<Document> changed) {
		refresh(page, folder, changed, DocumentEditor::setsChanged);
	}

	private static void refresh(IWorkbenchPage page, ProjectFolder folder, List<Document> changed,
			java.util.function.Consumer<DocumentEditor> tell) {
		if (page != null) {
			for (var ref : page.getEditorReferences()) {
				IEditorPart part = ref.getEditor(false);
				if (part instanceof DocumentEditor editor && changed.contains(editor.document())) {
					tell.accept(editor);
				}
			}
		}
		OpenProjects.get().changed(folder);
	}
}
