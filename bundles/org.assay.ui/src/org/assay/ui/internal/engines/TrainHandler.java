/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.internal.engines;

import org.assay.ui.internal.Messages;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/** Engines &gt; Train Learned Engine: trains on the gold of the active project, in the background. */
public final class TrainHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveWorkbenchWindow(event).getShell(); // outlives a dialog: the report comes later
		EngineTarget target = EngineTarget.of(HandlerUtil.getActivePart(event), HandlerUtil.getCurrentSelection(event));
		if (target == null) {
			MessageDialog.openInformation(shell, Messages.train_job, Messages.engines_noProject);
			return null;
		}
		new TrainJob(shell.getDisplay(), target.folder(), message -> {
			if (!shell.isDisposed()) {
				MessageDialog.openInformation(shell, Messages.train_job, message);
			}
		}).schedule();
		return null;
	}
}
