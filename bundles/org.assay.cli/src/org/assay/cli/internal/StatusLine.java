/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.cli.internal;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * What a long command is doing, one line on standard error at most every two seconds once it has run for two:
 * a short command says nothing, and standard output keeps the result alone for scripts. Safe to call from the
 * threads of an engine run.
 */
public final class StatusLine {

	/** How often a line is printed, and how long a command runs before the first. */
	public static final Duration EVERY = Duration.ofSeconds(2);

	private final PrintStream err;
	private final long every;
	private final long started = System.nanoTime();
	private long next;
	private int shown;

	/** Prints to standard error every {@link #EVERY}. */
	public StatusLine() {
		this(System.err, EVERY);
	}

	public StatusLine(PrintStream err, Duration every) {
		this.err = err;
		this.every = every.toNanos();
		this.next = started + this.every;
	}

	/** Prints what {@code what} says, with the seconds since the command began, if a line is due. */
	public synchronized void show(Supplier<String> what) {
		long now = System.nanoTime();
		if (now - next < 0) {
			return;
		}
		next = now + every;
		shown++;
		err.printf(Locale.ROOT, "%s (%.0f s)%n", what.get(), (now - started) / 1e9);
		err.flush();
	}

	/** How many lines were printed. */
	public synchronized int shown() {
		return shown;
	}
}
