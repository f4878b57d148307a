/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.internal.editor;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;

/** The keyboard commands of the document editor: next and previous proposal, accept, reject. */
public final class EditorCommandHandler extends AbstractHandler {

	public static final String NEXT = "org.assay.ui.commands.nextProposal";
	public static final String PREVIOUS = "org.assay.ui.commands.previousProposal";
	public static final String ACCEPT = "org.assay.ui.commands.accept";
	public static final String REJECT = "org.assay.ui.commands.reject";

	@Override
	public Object execute(ExecutionEvent event) {
		IEditorPart part = HandlerUtil.getActiveEditor(event);
		if (part instanceof DocumentEditor editor) {
			switch (event.getCommand().getId()) {
			case NEXT -> editor.moveToProposal(true);
			case PREVIOUS -> editor.moveToProposal(false);
			case ACCEPT -> editor.accept();
			case REJECT -> editor.reject();
			default -> throw new IllegalArgumentException(event.getCommand().getId());
			}
		}
		return null;
	}
}
