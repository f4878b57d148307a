/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.internal;

import org.assay.ui.internal.guidelines.GuidelinesView;
import org.assay.ui.internal.projects.ProjectNavigator;
import org.assay.ui.internal.views.AnnotationsView;
import org.assay.ui.internal.views.ClaimsView;
import org.assay.ui.internal.views.PaletteView;
import org.assay.ui.internal.views.PropertiesView;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * Projects on the left with the label palette under them, documents in the editor area, the annotations and
 * claims tables below it (the properties of the current annotation and the guidelines beside them when shown): the palette shares
 * the navigator's column so that the editor keeps its width.
 */
public final class AnnotatePerspective implements IPerspectiveFactory {

	public static final String ID = "org.assay.ui.perspective.annotate";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		layout.setEditorAreaVisible(true);
		layout.addView(ProjectNavigator.ID, IPageLayout.LEFT, 0.24f, layout.getEditorArea());
		layout.getViewLayout(ProjectNavigator.ID).setCloseable(false);
		var bottom = layout.createFolder("org.assay.ui.perspective.bottom", IPageLayout.BOTTOM, 0.70f,
				layout.getEditorArea());
		layout.addView(PaletteView.ID, IPageLayout.BOTTOM, 0.50f, ProjectNavigator.ID);
		bottom.addView(AnnotationsView.ID);
		bottom.addView(ClaimsView.ID);
		bottom.addPlaceholder(org.assay.ui.internal.engines.EvaluationView.ID);
		bottom.addPlaceholder(org.assay.ui.internal.team.AgreementView.ID);
		bottom.addPlaceholder(org.assay.ui.internal.team.ProgressView.ID);
		bottom.addPlaceholder(org.assay.ui.internal.team.EngineReportView.ID);
		// beside the annotations and claims, not on top of them: the properties of what they list, and the guidelines
		var right = layout.createPlaceholderFolder("org.assay.ui.perspective.right", IPageLayout.RIGHT, 0.62f,
				"org.assay.ui.perspective.bottom");
		right.addPlaceholder(PropertiesView.ID);
		right.addPlaceholder(GuidelinesView.ID);
		layout.addShowViewShortcut(org.assay.ui.internal.engines.EvaluationView.ID);
		layout.addShowViewShortcut(ClaimsView.ID);
		layout.addShowViewShortcut(PaletteView.ID);
		layout.addShowViewShortcut(PropertiesView.ID);
		layout.addShowViewShortcut(GuidelinesView.ID);
	}
}
