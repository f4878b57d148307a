/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.benchmarks.workbench;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/**
 * A workbench with nothing of Assay in it: one window, an empty perspective, saved and restored as Assay's is.
 * {@code releng/scripts/benchmark startup} starts it on the same Java, platform and options as Assay's workbench,
 * so that what a start costs before any of Assay's code runs is measured in the same run as Assay's start. It notes
 * the milestones Assay's workbench notes (StartupTimes in the UI bundle), under the same system
 * properties, and closes once its event loop runs.
 */
public final class BareApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		Milestones.mark("application started (OSGi framework up, UI bundle active)");
		Display display = PlatformUI.createDisplay();
		try {
			PlatformUI.createAndRunWorkbench(display, new Advisor());
			return EXIT_OK;
		} finally {
			display.dispose();
		}
	}

	@Override
	public void stop() {
		// the workbench closes itself once its event loop runs
	}

	private static final class Advisor extends WorkbenchAdvisor {

		@Override
		public void initialize(IWorkbenchConfigurer configurer) {
			configurer.setSaveAndRestore(true);
		}

		@Override
		public String getInitialWindowPerspectiveId() {
			return BarePerspective.ID;
		}

		@Override
		public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
			return new WorkbenchWindowAdvisor(configurer) {
				@Override
				public void postWindowOpen() {
					Milestones.mark("workbench window open");
				}
			};
		}

		@Override
		public void preStartup() {
			Milestones.mark("workbench made");
		}

		@Override
		public void postStartup() {
			Milestones.mark("workbench started");
			Display.getCurrent().asyncExec(() -> {
				Milestones.mark("event loop running: the window answers");
				Milestones.report();
				getWorkbenchConfigurer().getWorkbench().close();
			});
		}
	}
}
