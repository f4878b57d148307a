/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Stream;

import org.assay.model.Document;
import org.assay.store.ProjectFolder;
import org.assay.store.AtomicFiles;
import org.assay.store.IoReasons;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files as a teammate and the next run need them: readable as the umask says, no litter, causes named. */
class FileHygieneTest {

	@TempDir
	Path dir;

	@Test
	void projectFilesGetThePermissionsTheUmaskGives() throws Exception {
		Path reference = Files.createFile(dir.resolve("reference"));
		Set<PosixFilePermission> expected = Files.getPosixFilePermissions(reference);
		ProjectFolder folder = Fixtures.rich(dir.resolve("p"));
		Document d = folder.project().getDocuments().get(0);
		for (Path file : new Path[] { dir.resolve("p/assay-project.json"), dir.resolve("p/schema.json"),
				folder.textFile(d.getId()), folder.metadataFile(d.getId()), folder.setFile(d, "gold") }) {
			assertEquals(expected, Files.getPosixFilePermissions(file), file.toString());
		}
	}

	@Test
	void aFileSavedAgainKeepsItsPermissions() throws Exception {
		Path file = dir.resolve("shared.json");
		AtomicFiles.write(file, new byte[] { '1' });
		Set<PosixFilePermission> chosen = Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
				PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE);
		Files.setPosixFilePermissions(file, chosen);
		AtomicFiles.write(file, new byte[] { '2' });
		assertEquals(chosen, Files.getPosixFilePermissions(file));
	}

	@Test
	void temporaryFilesOfKilledSavesAreRemovedOnOpenOnceTheyAreOld() throws Exception {
		ProjectFolder folder = Fixtures.rich(dir);
		Document d = folder.project().getDocuments().get(0);
		Path sets = folder.setFile(d, "gold").getParent();
		Path old = Files.writeString(sets.resolve(AtomicFiles.TEMP_PREFIX + "gold.json-1.tmp"), "{\"format\":\"assay-ann");
		Path oldText = Files.writeString(dir.resolve("documents").resolve(AtomicFiles.TEMP_PREFIX + "x.txt-2.tmp"), "half");
		Path oldRoot = Files.writeString(dir.resolve(AtomicFiles.TEMP_PREFIX + "schema.json-3.tmp"), "half");
		for (Path p : new Path[] { old, oldText, oldRoot }) {
			Files.setLastModifiedTime(p, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
		}
		Path fresh = Files.writeString(sets.resolve(AtomicFiles.TEMP_PREFIX + "gold.json-4.tmp"), "being written");
		ProjectFolder.open(dir);
		assertFalse(Files.exists(old));
		assertFalse(Files.exists(oldText));
		assertFalse(Files.exists(oldRoot));
		assertTrue(Files.exists(fresh), "a fresh one may be another command's save in progress");
	}

	@Test
	void aFailedSaveNamesTheTargetNotTheTemporaryFile() throws Exception {
		Path target = Files.createDirectories(dir.resolve("gold.json"));
		Files.writeString(target.resolve("in-the-way"), "x"); // a folder in the way: the rename fails
		IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(target, new byte[] { '1' }));
		assertTrue(e.getMessage().startsWith(target + ": "), e.getMessage());
		assertFalse(e.getMessage().contains(AtomicFiles.TEMP_PREFIX), e.getMessage());
		try (Stream<Path> files = Files.list(dir)) {
			assertEquals(1, files.count(), "no temporary file is left");
		}
	}

	@Test
	void reasonsAreWordsNotJustAPath() {
		assertEquals("permission denied", IoReasons.of(new AccessDeniedException("/p/gold.json")));
		assertEquals("no such file or folder", IoReasons.of(new NoSuchFileException("/p/gold.json")));
		assertEquals("No space left on device", IoReasons.of(new IOException("No space left on device")));
	}
}
