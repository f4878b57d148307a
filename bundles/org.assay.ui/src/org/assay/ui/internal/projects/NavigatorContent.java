/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.internal.projects;

import org.assay.model.AnnotationSet;
import org.assay.model.Document;
import org.assay.store.ProjectFolder;
import org.eclipse.jface.viewers.ITreeContentProvider;

/** Projects, their documents, and each document's annotation sets. */
final class NavigatorContent implements ITreeContentProvider {

	@Override
	public Object[] getElements(Object input) {
		return input instanceof OpenProjects open ? open.projects().toArray() : new Object[0];
	}

	@Override
	public Object[] getChildren(Object parent) {
		if (parent instanceof ProjectFolder p) {
			return p.project().getDocuments().toArray();
		}
		if (parent instanceof Document d) {
			return d.getAnnotationSets().toArray();
		}
		return new Object[0];
	}

	@Override
	public Object getParent(Object element) {
		if (element instanceof AnnotationSet s) {
			return s.eContainer();
		}
		return element instanceof Document d ? OpenProjects.get().folderOf(d) : null;
	}

	@Override
	public boolean hasChildren(Object element) {
		if (element instanceof ProjectFolder p) {
			return !p.project().getDocuments().isEmpty();
		}
		return element instanceof Document d && !d.getAnnotationSets().isEmpty();
	}
}
