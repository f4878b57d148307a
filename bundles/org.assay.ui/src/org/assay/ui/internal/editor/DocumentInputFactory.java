/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.internal.editor;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.assay.model.Document;
import org.assay.store.ProjectFolder;
import org.assay.ui.internal.projects.OpenProjects;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.ui.IElementFactory;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IPersistableElement;

/**
 * Keeps a document editor's input in the workbench's saved state and makes it again on the next start, so that
 * the editors open when Assay closed (or was killed) open again, on the projects of the last session. Nothing is
 * made when the project is no longer open or no longer has the document: the editor is then not restored.
 */
public final class DocumentInputFactory implements IElementFactory {

	public static final String ID = "org.assay.ui.editors.documentInputFactory";
	private static final String PROJECT = "project";
	private static final String DOCUMENT = "document";
	private static final String SET = "set";

	@Override
	public IAdaptable createElement(IMemento memento) {
		String dir = memento.getString(PROJECT);
		String id = memento.getString(DOCUMENT);
		if (dir == null || id == null) {
			return null;
		}
		ProjectFolder folder;
		try {
			folder = OpenProjects.get().find(Path.of(dir));
		} catch (InvalidPathException e) {
			return null;
		}
		Document document = folder == null ? null : folder.document(id);
		return document == null ? null : new DocumentEditorInput(folder, document, memento.getString(SET));
	}

	/** What the workbench keeps of an input. */
	static IPersistableElement persistable(DocumentEditorInput input) {
		return new IPersistableElement() {
			@Override
			public String getFactoryId() {
				return ID;
			}

			@Override
			public void saveState(IMemento memento) {
				memento.putString(PROJECT, input.folder().dir().toAbsolutePath().toString());
				memento.putString(DOCUMENT, input.document().getId());
				if (input.initialSet() != null) {
					memento.putString(SET, input.initialSet());
				}
			}
		};
	}
}
