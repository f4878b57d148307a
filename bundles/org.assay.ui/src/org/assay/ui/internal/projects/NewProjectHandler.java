/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.internal.projects;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.handlers.HandlerUtil;

/** File &gt; New Project...: the one-page wizard. */
public final class NewProjectHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		new WizardDialog(HandlerUtil.getActiveShell(event), new NewProjectWizard()).open();
		return null;
	}
}
