/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.internal.team;

import java.util.List;
import java.util.Objects;

import org.assay.model.Document;
import org.assay.store.ProjectFolder;
import org.assay.ui.internal.Images;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/** What a curation editor curates: a document, the sets to curate from, and the set to curate into. */
public record CurationInput(ProjectFolder folder, Document document, List<String> sets, String into)
		implements IEditorInput {

	public CurationInput {
		Objects.requireNonNull(folder);
		Objects.requireNonNull(document);
		sets = List.copyOf(sets);
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
		return "Curate: " + document.getId();
	}

	@Override
	public IPersistableElement getPersistable() {
		return null;
	}

	@Override
	public String getToolTipText() {
		return folder.project().getName() + " / " + document.getId() + ": " + String.join(", ", sets) + " \u2192 " + into;
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return adapter.isInstance(document) ? adapter.cast(document) : null;
	}
}
