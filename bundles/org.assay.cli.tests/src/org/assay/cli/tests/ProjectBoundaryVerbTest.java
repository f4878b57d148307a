/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.assay.cli.Cli;
import org.assay.cli.internal.VerbRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the command line writes for a project stays in the project, and what it exports stays in --out. */
class ProjectBoundaryVerbTest {

	@TempDir
	Path dir;

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) {
		err.reset();
		return new Cli(VerbRegistry.verbs(), new PrintStream(new ByteArrayOutputStream()),
				new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	private static boolean isEmpty(Path folder) throws Exception {
		try (Stream<Path> files = Files.list(folder)) {
			return files.findAny().isEmpty();
		}
	}

	@Test
	void trainDoesNotWriteItsModelThroughALinkOutOfTheProject() throws Exception {
		Path p = dir.resolve("p");
		assertEquals(0, run("new", p.toString(), "--sample"), err());
		Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
		Files.createSymbolicLink(p.resolve("models"), elsewhere);
		assertEquals(1, run("train", "--project", p.toString(), "--layers", "entity", "--iterations", "2"));
		assertEquals(1, err().lines().count(), err());
		assertTrue(err().contains("cannot write the model: "), err());
		assertTrue(err().contains("leads outside the folder through a symbolic link"), err());
		assertTrue(isEmpty(elsewhere), "nothing written through the link");
	}

	@Test
	void aHostileBratFileNameFromAnImportIsRefusedByTheExport() throws Exception {
		Path p = dir.resolve("p");
		assertEquals(0, run("new", p.toString()), err());
		Path pwned = dir.resolve("pwned");
		Path in = Files.writeString(dir.resolve("in.jsonl"), """
				{"document":"a","text":"Alice met Bob.","properties":{"brat.file.gold":"%s"},"spans":[{"begin":0,"end":5,"layer":"entity","label":"PERSON"}]}
				""".formatted(pwned));
		assertEquals(0, run("import", "jsonl", in.toString(), "--project", p.toString()), err());
		assertEquals(1, run("export", "brat", "--project", p.toString(), "--out", dir.resolve("out").toString()));
		assertEquals(1, err().lines().count(), err());
		assertTrue(err().contains("'" + pwned + ".ann' is not a relative file name"), err());
		assertFalse(Files.exists(dir.resolve("pwned.ann")));
	}
}
