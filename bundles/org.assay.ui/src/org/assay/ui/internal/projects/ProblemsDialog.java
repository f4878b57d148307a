/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.internal.projects;

import java.util.List;
import java.util.stream.Collectors;

import org.assay.store.StoreException;
import org.assay.ui.internal.Messages;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

/** Tells the user which project files could not be read, each with its file and line. */
public final class ProblemsDialog {

	private ProblemsDialog() {
	}

	/** Shows and logs the problems met while opening projects, if any. */
	public static void showPending(Shell shell) {
		List<StoreException> problems = OpenProjects.get().takeProblems();
		if (problems.isEmpty()) {
			return;
		}
		for (StoreException e : problems) {
			ILog.of(ProblemsDialog.class).log(Status.warning(e.getMessage(), e));
		}
		String list = problems.stream().map(StoreException::getMessage).collect(Collectors.joining("\n"));
		MessageDialog.openWarning(shell, Messages.openProject_title, NLS.bind(Messages.openProject_problems, list));
	}
}
