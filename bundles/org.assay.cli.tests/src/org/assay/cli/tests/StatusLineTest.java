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
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.assay.cli.internal.StatusLine;
import org.junit.jupiter.api.Test;

/** A long command's status on standard error: due lines printed with the time, others not even formed. */
class StatusLineTest {

	@Test
	void printsEachDueLineWithTheSecondsSinceTheStart() {
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		StatusLine status = new StatusLine(new PrintStream(err, true, StandardCharsets.UTF_8), Duration.ZERO);
		status.show(() -> "import: 1 document(s) read and staged");
		status.show(() -> "import: 2 document(s) read and staged");
		String[] lines = err.toString(StandardCharsets.UTF_8).split("\n");
		assertEquals(2, lines.length);
		assertEquals("import: 1 document(s) read and staged (0 s)", lines[0]);
		assertTrue(lines[1].startsWith("import: 2 document(s) read and staged ("), lines[1]);
		assertEquals(2, status.shown());
	}

	@Test
	void aShortCommandSaysNothingAndFormsNoLine() {
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		StatusLine status = new StatusLine(new PrintStream(err, true, StandardCharsets.UTF_8), Duration.ofHours(1));
		AtomicInteger formed = new AtomicInteger();
		for (int i = 0; i < 1000; i++) {
			status.show(() -> "annotate: " + formed.incrementAndGet());
		}
		assertEquals("", err.toString(StandardCharsets.UTF_8));
		assertEquals(0, formed.get());
		assertEquals(0, status.shown());
	}
}
