/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.cli.tests;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.assay.cli.Cli;
import org.assay.cli.internal.VerbRegistry;

/** Runs command lines as a user types them, with the contributed verbs, keeping what each printed. */
final class CliHarness {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	/** Runs one command line; returns its exit code. */
	int run(String... args) {
		out.reset();
		err.reset();
		return new Cli(VerbRegistry.verbs(), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
	}

	/** What the last command printed on standard output. */
	String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	/** What the last command printed on standard error. */
	String err() {
		return err.toString(StandardCharsets.UTF_8);
	}
}
