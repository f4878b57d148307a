/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.internal;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.assay.plugins.P2Start;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.IExecutionListener;
import org.eclipse.core.commands.NotHandledException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.commands.ICommandService;

/**
 * Starts p2 (see {@link P2Start}) just before a command that shows it runs: Help > Install New Software and
 * Check for Updates (p2's own commands), About (its Installation Details are p2's pages) and Preferences (p2's
 * Install/Update pages). The workbench starts without p2; the first such command waits for it (about a second),
 * with the event loop running and a busy cursor.
 */
final class P2OnDemand implements IExecutionListener {

	private final Display display;

	private P2OnDemand(Display display) {
		this.display = display;
	}

	static void install(IWorkbench workbench) {
		workbench.getService(ICommandService.class).addExecutionListener(new P2OnDemand(workbench.getDisplay()));
	}

	/** Whether the command shows p2's wizards, dialogs or pages. */
	static boolean needsP2(String commandId) {
		return commandId != null && (commandId.startsWith("org.eclipse.equinox.p2.")
				|| commandId.equals(IWorkbenchCommandConstants.HELP_ABOUT)
				|| commandId.equals(IWorkbenchCommandConstants.WINDOW_PREFERENCES));
	}

	@Override
	public void preExecute(String commandId, ExecutionEvent event) {
		if (!needsP2(commandId) || P2Start.started()) {
			return;
		}
		// p2's activators may need the UI thread: start it on another thread and keep the event loop running
		AtomicReference<Throwable> failed = new AtomicReference<>();
		AtomicBoolean done = new AtomicBoolean();
		BusyIndicator.showWhile(display, () -> {
			Thread starter = new Thread(() -> {
				try {
					P2Start.ensureStarted();
				} catch (RuntimeException e) {
					failed.set(e);
				} finally {
					done.set(true);
					display.wake();
				}
			}, "assay-p2-start");
			starter.setDaemon(true);
			starter.start();
			while (!done.get()) {
				if (!display.readAndDispatch()) {
					display.sleep();
				}
			}
		});
		if (failed.get() != null) {
			ILog.of(P2OnDemand.class).log(Status.error("cannot start p2 for " + commandId, failed.get()));
		}
	}

	@Override
	public void notHandled(String commandId, NotHandledException exception) {
	}

	@Override
	public void postExecuteFailure(String commandId, ExecutionException exception) {
	}

	@Override
	public void postExecuteSuccess(String commandId, Object returnValue) {
	}
}
