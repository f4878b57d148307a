/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.internal.projects;

import org.assay.model.AnnotationSet;
import org.assay.model.WorkState;
import org.assay.model.support.SetNames;
import org.assay.model.support.WorkStates;
import org.assay.ui.internal.editor.Annotators;
import org.assay.model.Document;
import org.assay.store.ProjectFolder;
import org.assay.ui.internal.Images;
import org.assay.ui.internal.Messages;
import org.assay.ui.internal.WorkStateNames;
import org.assay.ui.internal.editor.SetTally;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Image;

/** Names and icons in the project navigator: a document by its title, a set with its size and state. */
final class NavigatorLabels extends LabelProvider {

	private final NavigatorContent content;

	NavigatorLabels(NavigatorContent content) {
		this.content = content;
	}

	@Override
	public String getText(Object element) {
		if (element instanceof ProjectFolder p) {
			String annotator = Annotators.current();
			java.util.Set<String> mine = content.mine(p);
			// the annotator's own documents when the project assigns them any, else all
			java.util.List<Document> counted = mine.isEmpty() ? p.project().getDocuments()
					: p.project().getDocuments().stream().filter(d -> mine.contains(d.getId())).toList();
			long done = counted.stream().filter(d -> WorkStates.doneIn(d, java.util.List.of(annotator))).count();
			return NLS.bind(mine.isEmpty() ? Messages.navigator_projectLabel : Messages.navigator_projectLabelAssigned,
					new Object[] { p.project().getName(), done, counted.size(), annotator })
					+ (p.problems().isEmpty() ? "" : "  \u26a0 " + p.problems().size());
		}
		if (element instanceof Document d) {
			String title = d.getTitle() == null || d.getTitle().isBlank() ? d.getId() : d.getTitle();
			return NLS.bind(Messages.navigator_documentLabel, new Object[] { title, d.getId(),
					WorkStateNames.of(state(d, Annotators.current())) });
		}
		if (element instanceof AnnotationSet s) {
			// counted as the editor's status line and the palette count them: spans and document labels, not links
			SetTally tally = SetTally.of(s, 0);
			return NLS.bind(Messages.navigator_setLabel,
					new Object[] { s.getName(), tally.annotations(), WorkStateNames.of(WorkStates.of(s)), tally.proposed() });
		}
		return super.getText(element);
	}

	/** The annotator's work state on a document: that of their set, new when they have none. */
	static WorkState state(Document d, String annotator) {
		return WorkStates.of(SetNames.find(d, annotator));
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
