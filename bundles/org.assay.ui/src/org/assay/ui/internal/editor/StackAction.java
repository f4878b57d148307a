/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.internal.editor;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.jface.action.Action;

/** Edit &gt; Undo or Redo for an editor's command stack, named after the command it would undo or redo. */
public final class StackAction extends Action {

	private final CommandStack stack;
	private final boolean undo;

	public StackAction(CommandStack stack, boolean undo) {
		this.stack = stack;
		this.undo = undo;
		update();
	}

	public void update() {
		Command c = undo ? stack.getUndoCommand() : stack.getRedoCommand();
		setEnabled(undo ? stack.canUndo() : stack.canRedo());
		String what = c == null || c.getLabel() == null ? "" : " " + c.getLabel();
		setText((undo ? "&Undo" : "&Redo") + what);
	}

	@Override
	public void run() {
		if (undo) {
			stack.undo();
		} else {
			stack.redo();
		}
	}
}
