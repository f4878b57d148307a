/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.internal.projects;

import java.nio.file.Path;

import org.assay.store.ProjectFolder;
import org.assay.store.StoreException;
import org.assay.ui.internal.Messages;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * File &gt; Open Project...: opens a project folder, reports files it could not read, and shows the project with the
 * annotator's next document.
 */
public final class OpenProjectHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		DirectoryDialog dialog = new DirectoryDialog(shell);
		dialog.setText(Messages.openProject_title);
		dialog.setMessage(Messages.openProject_message);
		String chosen = dialog.open();
		if (chosen == null) {
			return null;
		}
		Path dir = Path.of(chosen);
		if (!ProjectFolder.isProject(dir)) {
			MessageDialog.openError(shell, Messages.openProject_title, NLS.bind(Messages.openProject_notAProject, dir));
			return null;
		}
		try {
			ProjectFolder folder = OpenProjects.get().open(dir);
			ProblemsDialog.showPending(shell);
			StartProject.show(HandlerUtil.getActiveWorkbenchWindow(event).getActivePage(), folder);
		} catch (StoreException e) {
			MessageDialog.openError(shell, Messages.openProject_title, Messages.openProject_failed + "\n\n" + e.getMessage());
		}
		return null;
	}
}
