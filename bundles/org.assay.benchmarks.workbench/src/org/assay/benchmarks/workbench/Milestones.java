/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.benchmarks.workbench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The bare workbench's milestones in milliseconds since the Java VM started, written to the file that
 * {@code -Dassay.startupReport} names, in the format of Assay's own (StartupTimes in the UI bundle):
 * this bundle must not need Assay's, so it keeps its own few lines.
 */
final class Milestones {

	private static final List<String> MARKS = new ArrayList<>();

	private Milestones() {
	}

	static synchronized void mark(String what) {
		long since = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
		MARKS.add(String.format("%6d ms  %s", since, what));
	}

	static synchronized void report() {
		String file = System.getProperty("assay.startupReport");
		if (file == null) {
			return;
		}
		try {
			Files.write(Path.of(file), MARKS, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException("cannot write the start-up report " + file, e);
		}
	}
}
