/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.store.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.assay.model.AnnotationSet;
import org.assay.model.Document;
import org.assay.model.Span;
import org.assay.model.support.SetNames;
import org.assay.model.support.Spans;
import org.assay.store.ProjectFolder;
import org.assay.store.StoreException;
import org.assay.store.AtomicFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicSaveTest {

	@TempDir
	Path dir;

	@Test
	void aWriteThatFailsHalfWayLeavesTheOldFileIntact() throws Exception {
		Path target = dir.resolve("file.json");
		Files.writeString(target, "the last good content");
		IOException crash = assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> {
			out.write("half of the new con".getBytes(StandardCharsets.UTF_8));
			out.flush();
			throw new IOException("disk full");
		}));
		assertEquals("disk full", crash.getMessage());
		assertEquals("the last good content", Files.readString(target));
		assertEquals(0, temporaryFiles(dir), "no temporary file is left behind");
	}

	@Test
	void aSaveThatFailsWhileSerialisingLeavesTheSetFileIntact() throws Exception {
		ProjectFolder folder = Fixtures.rich(dir);
		Document d = folder.project().getDocuments().get(0);
		Path file = folder.setFile(d, "gold");
		byte[] before = Files.readAllBytes(file);
		AnnotationSet gold = SetNames.find(d, "gold");
		// a link to an annotation of another set cannot be written: the writer fails after the header
		Span elsewhere = (Span) SetNames.find(d, "engine:entities").getAnnotations().get(0);
		gold.getAnnotations().add(Fixtures.link("claimant", (Span) gold.getAnnotations().get(2), elsewhere));
		StoreException e = assertThrows(StoreException.class, () -> folder.save(gold));
		assertTrue(e.getMessage().contains("gold.json"), e.getMessage());
		assertArrayEquals(before, Files.readAllBytes(file));
		assertEquals(0, temporaryFiles(file.getParent()));
	}

	@Test
	void duplicateIdsAreRefusedRatherThanWritten() throws Exception {
		ProjectFolder folder = Fixtures.rich(dir);
		Document d = folder.project().getDocuments().get(0);
		byte[] before = Files.readAllBytes(folder.setFile(d, "gold"));
		AnnotationSet gold = SetNames.find(d, "gold");
		gold.getAnnotations().get(1).setId(gold.getAnnotations().get(0).getId());
		StoreException e = assertThrows(StoreException.class, () -> folder.save(gold));
		assertTrue(e.getMessage().contains("used twice"), e.getMessage());
		assertArrayEquals(before, Files.readAllBytes(folder.setFile(d, "gold")));
	}

	@Test
	void aTemporaryFileLeftByAKilledSaveIsIgnoredOnOpen() throws Exception {
		ProjectFolder folder = Fixtures.rich(dir);
		Document d = folder.project().getDocuments().get(0);
		Path file = folder.setFile(d, "gold");
		Files.writeString(file.resolveSibling(AtomicFiles.TEMP_PREFIX + "gold.json-123.tmp"), "{\"format\":\"assay-ann");
		ProjectFolder reopened = ProjectFolder.open(dir);
		assertEquals(2, reopened.project().getDocuments().get(0).getAnnotationSets().size());
		assertTrue(reopened.problems().isEmpty());
	}

	@Test
	void addedSpanSurvivesSaveAndReopen() throws Exception {
		ProjectFolder folder = Fixtures.rich(dir);
		Document d = folder.project().getDocuments().get(1);
		AnnotationSet alice = SetNames.findOrCreate(d, "alice");
		alice.getAnnotations().add(Spans.create(
				org.assay.model.support.Schemas.label(folder.project().getSchema(), "entity", "DATE"), 0, 7));
		folder.save(alice);
		AnnotationSet read = SetNames.find(ProjectFolder.open(dir).project().getDocuments().get(1), "alice");
		assertEquals("Nothing", Spans.coveredText((Span) read.getAnnotations().get(0), d.getText()));
		assertEquals(org.assay.model.SetKind.ANNOTATOR, read.getKind());
	}

	private static long temporaryFiles(Path dir) throws IOException {
		try (Stream<Path> files = Files.list(dir)) {
			return files.filter(p -> p.getFileName().toString().startsWith(AtomicFiles.TEMP_PREFIX)).count();
		}
	}
}
