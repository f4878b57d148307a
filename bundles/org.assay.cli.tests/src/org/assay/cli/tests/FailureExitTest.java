/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;

import org.assay.cli.Cli;
import org.assay.cli.Options;
import org.assay.cli.Verb;
import org.junit.jupiter.api.Test;

/** Every failure of a verb, a Java {@link Error} included, exits non-zero with one line on standard error. */
class FailureExitTest {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	/** A verb that throws what it is given. */
	private static Verb throwing(Supplier<Throwable> problem) {
		return new Verb() {
			@Override
			public String name() {
				return "boom";
			}

			@Override
			public String synopsis() {
				return "fails";
			}

			@Override
			public String help() {
				return "Usage: assay boom";
			}

			@Override
			public int run(Options options, PrintStream o) {
				Throwable t = problem.get();
				if (t instanceof Error e) {
					throw e;
				}
				throw (RuntimeException) t;
			}
		};
	}

	private int run(Verb verb) {
		Cli cli = new Cli(List.of(verb), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		return cli.run("boom");
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	@Test
	void anErrorExitsNonZeroWithOneLine() {
		int code = run(throwing(() -> new StackOverflowError()));
		assertEquals(70, code);
		assertEquals(1, err().lines().count(), err());
		assertTrue(err().startsWith("assay boom: internal error: java.lang.StackOverflowError"), err());
	}

	@Test
	void runningOutOfMemorySaysHowToGiveMore() {
		int code = run(throwing(() -> new OutOfMemoryError("Java heap space")));
		assertEquals(70, code);
		assertEquals(1, err().lines().count(), err());
		assertTrue(err().startsWith("assay boom: out of memory (Java heap space"), err());
		assertTrue(err().contains("ASSAY_VMARGS=-Xmx"), err());
	}

	@Test
	void anOutOfMemoryErrorWrappedByAWorkerThreadIsRecognised() {
		int code = run(throwing(() -> new IllegalStateException("a worker failed", new OutOfMemoryError("Java heap space"))));
		assertEquals(70, code);
		assertEquals(1, err().lines().count(), err());
		assertTrue(err().contains("out of memory"), err());
	}

	@Test
	void aRuntimeExceptionIsAnInternalErrorOnOneLine() {
		int code = run(throwing(() -> new IllegalArgumentException("first line\nsecond line")));
		assertEquals(70, code);
		assertEquals(1, err().lines().count(), err());
		assertTrue(err().contains("internal error: java.lang.IllegalArgumentException: first line"), err());
	}
}
