/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.internal.engines;

import org.assay.uima.spi.EngineTrainer;
import org.eclipse.core.runtime.IProgressMonitor;

/** A training's progress shown in a job's monitor (its task and ticks), and the job's Cancel passed on. */
final class JobProgress implements EngineTrainer.Progress {

	private final IProgressMonitor monitor;
	private final int ticks;
	private int reported;

	/** {@code ticks} 0: the task only, for a job that shows no bar. */
	JobProgress(IProgressMonitor monitor, int ticks) {
		this.monitor = monitor;
		this.ticks = ticks;
	}

	@Override
	public void progress(String task, double fractionDone) {
		monitor.subTask(task);
		int done = (int) (fractionDone * ticks);
		if (done > reported) {
			monitor.worked(done - reported);
			reported = done;
		}
	}

	@Override
	public boolean isCanceled() {
		return monitor.isCanceled();
	}
}
