/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.internal;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ILog;

/**
 * Milestones of the workbench's start, in milliseconds since the Java VM started, for the start-up benchmark
 * ({@code releng/scripts/benchmark startup}): with {@code -Dassay.startupReport=FILE} they are written to the
 * file once the event loop runs, and with {@code -Dassay.startupExit=true} the workbench then closes.
 */
public final class StartupTimes {

	private static final List<String> MARKS = new ArrayList<>();

	private StartupTimes() {
	}

	/** Notes a milestone. */
	public static synchronized void mark(String what) {
		if (System.getProperty("assay.startupReport") == null) {
			return;
		}
		long since = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
		MARKS.add(String.format("%6d ms  %s", since, what));
	}

	/** Writes the milestones to the report file, if one was asked for; whether the workbench should close. */
	static synchronized boolean report() {
		String file = System.getProperty("assay.startupReport");
		if (file == null) {
			return false;
		}
		try {
			Files.write(Path.of(file), MARKS, StandardCharsets.UTF_8);
		} catch (IOException e) {
			ILog.of(StartupTimes.class).error("cannot write the start-up report " + file, e);
		}
		return Boolean.getBoolean("assay.startupExit");
	}
}
