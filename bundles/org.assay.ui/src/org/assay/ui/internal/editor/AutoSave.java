/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.internal.editor;

import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Display;

/**
 * Saves an editor by itself once the work pauses: a number of seconds after the last change (the preference,
 * {@link Annotators#autoSaveSeconds()}; 0 turns it off), so that a crash, a kill or a power cut loses at most
 * those seconds of decisions, and no save lands between two keys in a run of them. Runs on the UI thread, as
 * the editor's own save does.
 */
public final class AutoSave {

	private final Display display;
	private final BooleanSupplier dirty;
	private final Runnable save;
	private final Runnable tick = this::tick;

	/** @param save saves the editor without asking anything (a change on disk or a failure only noted) */
	public AutoSave(Display display, BooleanSupplier dirty, Runnable save) {
		this.display = display;
		this.dirty = dirty;
		this.save = save;
	}

	/** The editor changed: the save waits for a pause again. */
	public void changed() {
		display.timerExec(-1, tick);
		int seconds = Annotators.autoSaveSeconds();
		if (seconds > 0 && dirty.getAsBoolean()) {
			display.timerExec(seconds * 1000, tick);
		}
	}

	/** The editor closes: nothing more is saved by itself. */
	public void stop() {
		if (!display.isDisposed()) {
			display.timerExec(-1, tick);
		}
	}

	private void tick() {
		if (dirty.getAsBoolean()) {
			save.run();
		}
	}
}
