/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.internal.editor;

import java.util.Objects;

import org.assay.model.Document;
import org.assay.store.ProjectFolder;
import org.assay.ui.internal.Images;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/** A document of an open project; two inputs are equal when they name the same document of the same folder. */
public final class DocumentEditorInput implements IEditorInput {

	private final ProjectFolder folder;
	private final Document document;
	private final String initialSet;

	public DocumentEditorInput(ProjectFolder folder, Document document, String initialSet) {
		this.folder = Objects.requireNonNull(folder);
		this.document = Objects.requireNonNull(document);
		this.initialSet = initialSet;
	}

	public ProjectFolder folder() {
		return folder;
	}

	public Document document() {
		return document;
	}

	/** The set to show first, or null for the default (gold if there is one). */
	public String initialSet() {
		return initialSet;
	}

	@Override
	public boolean exists() {
		return true;
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return Images.descriptor(Images.DOCUMENT);
	}

	@Override
	public String getName() {
		String title = document.getTitle();
		return title == null || title.isBlank() ? document.getId() : title;
	}

	@Override
	public IPersistableElement getPersistable() {
		return DocumentInputFactory.persistable(this);
	}

	@Override
	public String getToolTipText() {
		return folder.project().getName() + " / " + document.getId();
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return adapter.isInstance(document) ? adapter.cast(document) : null;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof DocumentEditorInput other && other.folder.dir().equals(folder.dir())
				&& other.document.getId().equals(document.getId());
	}

	@Override
	public int hashCode() {
		return Objects.hash(folder.dir(), document.getId());
	}
}
