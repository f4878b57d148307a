/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.store.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.assay.model.AnnotationSet;
import org.assay.model.Document;
import org.assay.model.Label;
import org.assay.model.support.Schemas;
import org.assay.model.support.SetNames;
import org.assay.model.support.Spans;
import org.assay.store.ProjectFolder;
import org.assay.store.StoreException;
import org.assay.store.AtomicFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A save on a full disk is an error naming the file, and the last good file stays, on a real full file system. */
class FullDiskTest {

	@TempDir
	Path dir;

	@Test
	void aSaveOnAFullDiskNamesTheFileAndKeepsTheLastGoodOne() throws Exception {
		try (TinyDisk disk = TinyDisk.mount(dir.resolve("disk"), "128k")) {
			Path p = disk.root().resolve("p");
			Fixtures.rich(p);
			ProjectFolder folder = ProjectFolder.open(p);
			Document d = folder.project().getDocuments().get(0);
			Path file = folder.setFile(d, "gold");
			byte[] lastGood = Files.readAllBytes(file);
			AnnotationSet gold = SetNames.find(d, "gold");
			int before = gold.getAnnotations().size();
			Label date = Schemas.label(folder.project().getSchema(), "entity", "DATE");
			for (int i = 0; i < 3000; i++) { // about a megabyte of set file
				gold.getAnnotations().add(Spans.create(date, i % 20, i % 20 + 3));
			}
			StoreException e = assertThrows(StoreException.class, () -> folder.save(gold));
			assertEquals(file, e.file());
			assertTrue(e.getMessage().startsWith(file + ": cannot save: No space left on device"), e.getMessage());
			assertArrayEquals(lastGood, Files.readAllBytes(file), "the last good file is intact");
			try (Stream<Path> files = Files.list(file.getParent())) {
				assertTrue(files.noneMatch(f -> f.getFileName().toString().startsWith(AtomicFiles.TEMP_PREFIX)),
						"the temporary file is removed, giving the space back");
			}
			assertEquals(before, SetNames.find(ProjectFolder.open(p).project().getDocuments().get(0), "gold")
					.getAnnotations().size(), "the project still opens, with the last good set");
		}
	}

	@Test
	void aSaveOnAReadOnlyDiskNamesTheFileAndTheReason() throws Exception {
		try (TinyDisk disk = TinyDisk.mount(dir.resolve("disk"), "1m")) {
			Path p = disk.root().resolve("p");
			Fixtures.rich(p);
			ProjectFolder folder = ProjectFolder.open(p);
			Document d = folder.project().getDocuments().get(0);
			Path file = folder.setFile(d, "gold");
			byte[] lastGood = Files.readAllBytes(file);
			AnnotationSet gold = SetNames.find(d, "gold");
			gold.getAnnotations().add(Spans.create(Schemas.label(folder.project().getSchema(), "entity", "DATE"), 0, 3));
			disk.readOnly();
			StoreException e = assertThrows(StoreException.class, () -> folder.save(gold));
			assertEquals(file, e.file());
			assertEquals(file + ": cannot save: Read-only file system", e.getMessage());
			assertArrayEquals(lastGood, Files.readAllBytes(file));
			ProjectFolder.open(p); // and it still opens
		}
	}

	/**
	 * A unit's staged files are written by a thread of their own: a write that fails there (the disk full half-way
	 * through an import) still fails the unit whole, named, and leaves the project as it was, with no staging
	 * folder left behind.
	 */
	@Test
	void aUnitThatFillsTheDiskFailsWholeAndLeavesTheProjectAsItWas() throws Exception {
		try (TinyDisk disk = TinyDisk.mount(dir.resolve("disk"), "256k")) {
			Path p = disk.root().resolve("p");
			Fixtures.rich(p);
			ProjectFolder folder = ProjectFolder.open(p);
			int before = folder.project().getDocuments().size();
			String text = "word ".repeat(4000); // 20 KB a document: the disk is full long before the last
			StoreException e = assertThrows(StoreException.class, () -> folder.unit(() -> {
				for (int i = 0; i < 40; i++) {
					folder.addDocument("full-" + i, null, text);
				}
				return null;
			}));
			assertTrue(e.getMessage().contains("No space left on device"), e.getMessage());
			assertFalse(Files.exists(p.resolve(".assay-staging")), "the staged files are removed");
			ProjectFolder again = ProjectFolder.open(p);
			assertEquals(before, again.project().getDocuments().size(), "nothing of the unit reached the project");
			assertTrue(again.project().getDocuments().stream().noneMatch(d -> d.getId().startsWith("full-")));
		}
	}
}
