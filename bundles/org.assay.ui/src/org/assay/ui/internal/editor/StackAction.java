/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.internal.editor;

import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.jface.action.Action;

/**
 * Edit &gt; Undo or Redo on a command stack, named after the command it would undo or redo. The stack is
 * looked up on each use, so a view can follow whichever editor is active (none: disabled).
 */
public final class StackAction extends Action {

	private final Supplier<CommandStack> stack;
	private final boolean undo;

	/** Undo or redo on one editor's own stack. */
	public StackAction(CommandStack stack, boolean undo) {
		this(() -> stack, undo);
	}

	/** Undo or redo on the stack the supplier gives at the time, or disabled when it gives none. */
	public StackAction(Supplier<CommandStack> stack, boolean undo) {
		this.stack = stack;
		this.undo = undo;
		update();
	}

	public void update() {
		CommandStack s = stack.get();
		Command c = s == null ? null : undo ? s.getUndoCommand() : s.getRedoCommand();
		setEnabled(s != null && (undo ? s.canUndo() : s.canRedo()));
		String what = c == null || c.getLabel() == null ? "" : " " + c.getLabel();
		setText((undo ? "&Undo" : "&Redo") + what);
	}

	@Override
	public void run() {
		CommandStack s = stack.get();
		if (s == null) {
			return;
		}
		if (undo) {
			s.undo();
		} else {
			s.redo();
		}
	}
}
