/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.assay.store.ProjectFolder;
import org.assay.store.ProjectLock;
import org.assay.store.tests.support.TinyDisk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Commands that change a project hold its lock; a second one is refused with the holder named. */
class ProjectLockVerbTest {

	@TempDir
	Path dir;

	private final CliHarness cli = new CliHarness();

	private int run(String... args) {
		return cli.run(args);
	}

	private String err() {
		return cli.err();
	}

	@Test
	void aSecondWriterIsRefusedNamingTheHolderAndReadersRunBeside() throws Exception {
		Path p = dir.resolve("p");
		assertEquals(0, run("new", p.toString(), "--sample"), err());
		Path in = Files.writeString(dir.resolve("in.jsonl"), "{\"document\":\"extra\",\"text\":\"Alice met Bob.\",\"spans\":[]}\n");
		try (ProjectLock held = ProjectLock.acquire(p, "assay annotate --engine entities")) {
			assertEquals(1, run("import", "jsonl", in.toString(), "--project", p.toString()));
			assertEquals(1, err().lines().count(), err());
			assertTrue(err().startsWith("assay import: " + p + ": is in use by 'assay annotate --engine entities' (pid "
					+ ProcessHandle.current().pid() + " on "), err());
			assertEquals(0, run("info", "--project", p.toString()), "a reader runs beside: " + err());
		}
		assertEquals(6, ProjectFolder.open(p).project().getDocuments().size(), "the refused import changed nothing");
		assertEquals(0, run("import", "jsonl", in.toString(), "--project", p.toString()), err());
		assertEquals(7, ProjectFolder.open(p).project().getDocuments().size());
		assertEquals("", Files.readString(p.resolve(ProjectLock.FILE)), "the import released its lock");
	}

	@Test
	void aFailedNewLeavesNothingThatBlocksARetry() throws Exception {
		Path texts = Files.createDirectories(dir.resolve("texts"));
		Files.writeString(texts.resolve("big.txt"), "A long article.\n".repeat(20_000)); // 320 KB
		try (TinyDisk disk = TinyDisk.mount(dir.resolve("disk"), "64k")) {
			Path p = disk.root().resolve("p");
			assertEquals(1, run("new", p.toString(), "--from", texts.toString()));
			assertEquals(1, err().lines().count(), err());
			assertTrue(err().contains("big.txt: cannot save: No space left on device"), err());
			assertFalse(Files.exists(p), "the folder new made is removed");
			Files.delete(texts.resolve("big.txt"));
			Files.writeString(texts.resolve("small.txt"), "A short article.\n");
			assertEquals(0, run("new", p.toString(), "--from", texts.toString()), err());
			assertTrue(ProjectFolder.isProject(p));

			Files.writeString(texts.resolve("big.txt"), "A long article.\n".repeat(20_000));
			Path empty = Files.createDirectories(disk.root().resolve("empty"));
			assertEquals(1, run("new", empty.toString(), "--from", texts.toString()));
			assertTrue(Files.isDirectory(empty), "a folder that was there stays");
			try (Stream<Path> left = Files.list(empty)) {
				assertEquals(0, left.count(), "and is empty again");
			}
		}
	}

	@Test
	void newIntoAFolderWithFilesTouchesNothing() throws Exception {
		Path full = Files.createDirectories(dir.resolve("full"));
		Files.writeString(full.resolve("keep.txt"), "mine");
		assertEquals(1, run("new", full.toString()));
		try (Stream<Path> left = Files.list(full)) {
			assertEquals(1, left.count(), "no lock file is left in someone's folder");
		}
	}
}
