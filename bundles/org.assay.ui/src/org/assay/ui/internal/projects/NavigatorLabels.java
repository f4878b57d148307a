/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.internal.projects;

import org.assay.model.AnnotationSet;
import org.assay.model.AnnotationStatus;
import org.assay.model.Document;
import org.assay.store.ProjectFolder;
import org.assay.ui.internal.Images;
import org.assay.ui.internal.Messages;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Image;

/** Names and icons in the project navigator: a document by its title, a set with its size and state. */
final class NavigatorLabels extends LabelProvider {

	@Override
	public String getText(Object element) {
		if (element instanceof ProjectFolder p) {
			return p.project().getName() + (p.problems().isEmpty() ? "" : "  \u26a0 " + p.problems().size());
		}
		if (element instanceof Document d) {
			String title = d.getTitle() == null || d.getTitle().isBlank() ? d.getId() : d.getTitle();
			return NLS.bind(Messages.navigator_documentLabel, title, d.getId());
		}
		if (element instanceof AnnotationSet s) {
			long open = s.getAnnotations().stream().filter(a -> a.getStatus() == AnnotationStatus.PROPOSED).count();
			return NLS.bind(Messages.navigator_setLabel,
					new Object[] { s.getName(), s.getAnnotations().size(), s.getState().getLiteral(), open });
		}
		return super.getText(element);
	}

	@Override
	public Image getImage(Object element) {
		if (element instanceof ProjectFolder) {
			return Images.get(Images.PROJECT);
		}
		if (element instanceof Document) {
			return Images.get(Images.DOCUMENT);
		}
		if (element instanceof AnnotationSet) {
			return Images.get(Images.SET);
		}
		return null;
	}
}
