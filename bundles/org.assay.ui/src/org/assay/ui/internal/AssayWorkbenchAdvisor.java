/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.internal;

import org.assay.store.ProjectFolder;
import org.assay.ui.internal.editor.DocumentEditor;
import org.assay.ui.internal.editor.RestoredEditors;
import org.assay.ui.internal.preferences.ColourRepaint;
import org.assay.ui.internal.projects.OpenProjects;
import org.assay.ui.internal.projects.ProblemsDialog;
import org.assay.ui.internal.projects.StartProject;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** Opens the Annotate perspective and, on the first start, the sample project; shows a project the launch names. */
public final class AssayWorkbenchAdvisor extends WorkbenchAdvisor {

	/** The project the launch names ({@code assay PROJECT}), or null. */
	private ProjectFolder named;

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		configurer.setSaveAndRestore(true);
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return AnnotatePerspective.ID;
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new AssayWorkbenchWindowAdvisor(configurer);
	}

	@Override
	public void preStartup() {
		StartupTimes.mark("workbench made");
		OpenProjects.get().restore();
		named = StartProject.open();
		StartupTimes.mark("projects of the last session open (the first time: the sample made)");
	}

	@Override
	public void postStartup() {
		IWorkbenchWindow window = getWorkbenchConfigurer().getWorkbench().getActiveWorkbenchWindow();
		RestoredEditors.closeUnrestorable(window.getActivePage());
		ProblemsDialog.showPending(window.getShell());
		ColourRepaint.install(getWorkbenchConfigurer().getWorkbench());
		P2OnDemand.install(getWorkbenchConfigurer().getWorkbench());
		ProjectFolder sample = OpenProjects.get().createdSample();
		if (named != null) {
			StartProject.show(window.getActivePage(), named);
		} else if (sample != null && !sample.project().getDocuments().isEmpty()) {
			// the very first start: show an annotated article rather than an empty editor area
			DocumentEditor.open(window.getActivePage(), sample, sample.project().getDocuments().get(0), null);
		} else {
			RestoredEditors.activateShown(window.getActivePage());
		}
		StartupTimes.mark("workbench started");
		Display display = window.getShell().getDisplay();
		display.asyncExec(() -> {
			StartupTimes.mark("event loop running: the window answers");
			if (StartupTimes.report()) {
				getWorkbenchConfigurer().getWorkbench().close();
			}
		});
	}

	@Override
	public boolean preShutdown() {
		OpenProjects.get().remember();
		return true;
	}
}
