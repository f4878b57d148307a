/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.assay.cli.Cli;
import org.assay.cli.Options;
import org.assay.cli.UsageException;
import org.assay.cli.internal.VerbRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An option given twice is an error, unless the verb declares it repeatable: no value is dropped silently. */
class RepeatedOptionTest {

	@TempDir
	Path dir;

	@Test
	void anOptionGivenTwiceExitsWithTwo() {
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		Cli cli = new Cli(VerbRegistry.verbs(), new PrintStream(new ByteArrayOutputStream()),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		Path p = dir.resolve("p");
		assertEquals(0, cli.run("new", p.toString()));
		assertEquals(2, cli.run("export", "jsonl", "--project", p.toString(), "--out", "a.jsonl", "--out", "b.jsonl"));
		String e = err.toString(StandardCharsets.UTF_8);
		assertEquals(1, e.lines().count(), e);
		assertTrue(e.startsWith("assay export: --out given twice"), e);
		err.reset();
		assertEquals(2, cli.run("import", "jsonl", "x", "--project", p.toString(), "--replace", "--replace=true"));
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("--replace given twice"), err.toString());
	}

	@Test
	void aRepeatableOptionKeepsEveryValue() throws Exception {
		Options o = Options.parse("annotate", List.of("--engine", "entities", "--engine=claims", "--into", "ana"),
				Set.of("engine", "into"), Set.of(), Set.of("engine"));
		assertEquals(List.of("entities", "claims"), o.values("engine"));
		assertEquals("ana", o.value("into"));
		UsageException e = assertThrows(UsageException.class, () -> Options.parse("annotate",
				List.of("--into", "ana", "--into", "bob"), Set.of("engine", "into"), Set.of(), Set.of("engine")));
		assertEquals("--into given twice (see assay annotate --help)", e.getMessage());
	}
}
