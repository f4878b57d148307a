/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.cli.internal;

import org.assay.cli.Cli;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/**
 * The headless application, {@code org.assay.cli.headless}: runs one command line and exits with its code. The
 * code is returned as an Integer, which Equinox passes to {@code System.exit}; nothing may escape as a
 * throwable, which Equinox would only log, exiting 0.
 */
public final class HeadlessApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		int code;
		try {
			String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
			context.applicationRunning();
			code = new Cli(VerbRegistry.verbs(), System.out, System.err).run(args == null ? new String[0] : args);
		} catch (Throwable t) {
			System.err.println("assay: internal error: " + t);
			code = Cli.INTERNAL_ERROR;
		}
		System.out.flush();
		System.err.flush();
		return Integer.valueOf(code);
	}

	@Override
	public void stop() {
		// a verb runs to its end; nothing to interrupt
	}
}
