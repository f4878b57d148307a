/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.internal.editor;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.assay.model.Document;
import org.assay.store.ProjectFolder;
import org.assay.ui.internal.projects.OpenProjects;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IPersistableElement;

/**
 * What the editors' inputs keep in the workbench's saved state, and find again: the project's folder and the
 * document's id, then what each kind of editor adds ({@link DocumentInputFactory}, the curation's factory).
 */
public final class KeptInputs {

	private static final String PROJECT = "project";
	private static final String DOCUMENT = "document";

	/** A document of an open project, as a kept input names it. */
	public record Kept(ProjectFolder folder, Document document) {
	}

	private KeptInputs() {
	}

	/** The document the memento names, in a project open now; null when the project is not open or lacks it. */
	public static Kept find(IMemento memento) {
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
		return document == null ? null : new Kept(folder, document);
	}

	/** Keeps the project and the document, then what {@code more} writes, for the factory of that id. */
	public static IPersistableElement persistable(String factoryId, ProjectFolder folder, Document document,
			Consumer<IMemento> more) {
		return new IPersistableElement() {
			@Override
			public String getFactoryId() {
				return factoryId;
			}

			@Override
			public void saveState(IMemento memento) {
				memento.putString(PROJECT, folder.dir().toAbsolutePath().toString());
				memento.putString(DOCUMENT, document.getId());
				more.accept(memento);
			}
		};
	}
}
