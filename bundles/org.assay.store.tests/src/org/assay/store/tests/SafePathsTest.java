/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.store.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.assay.model.AnnotationSet;
import org.assay.model.Document;
import org.assay.model.support.SetNames;
import org.assay.model.support.StandardSchema;
import org.assay.store.ProjectFolder;
import org.assay.store.SafePaths;
import org.assay.store.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Names from data never lead outside their folder, and a project's symbolic links never lead out of it. */
class SafePathsTest {

	@TempDir
	Path dir;

	@Test
	void aNameResolvesInsideItsFolder() throws Exception {
		Path out = Files.createDirectories(dir.resolve("out"));
		assertEquals(out.resolve("doc.ann"), SafePaths.resolve(out, "doc.ann"));
		assertEquals(out.resolve("a/b.ann"), SafePaths.resolve(out, "a/b.ann"));
		assertEquals(out.resolve("a..b.ann"), SafePaths.resolve(out, "a..b.ann"), "two dots inside a name are fine");
	}

	@Test
	void hostileNamesAreRefusedNamingThem() throws Exception {
		Path out = Files.createDirectories(dir.resolve("out"));
		for (String name : new String[] { "../x", "../../x.ann", "a/../../x", "/tmp/pwned.ann", "..", "", "a/./../../b" }) {
			IOException e = assertThrows(IOException.class, () -> SafePaths.resolve(out, name), name);
			assertTrue(e.getMessage().contains("'" + name + "'"), e.getMessage());
			assertTrue(e.getMessage().contains(out.toString()), e.getMessage());
		}
	}

	@Test
	void aSymbolicLinkOutOfTheFolderIsNotFollowed() throws Exception {
		Path out = Files.createDirectories(dir.resolve("out"));
		Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
		Files.createSymbolicLink(out.resolve("link"), elsewhere);
		IOException e = assertThrows(IOException.class, () -> SafePaths.resolve(out, "link/x.ann"));
		assertTrue(e.getMessage().contains("symbolic link"), e.getMessage());
		assertThrows(IOException.class, () -> SafePaths.resolve(out, "link/deeper/x.ann"));
		Files.createSymbolicLink(out.resolve("inner"), Files.createDirectories(out.resolve("real")));
		assertEquals(out.resolve("inner/x.ann"), SafePaths.resolve(out, "inner/x.ann"), "a link within the folder is fine");
	}

	@Test
	void aTextLinkedToAFileOutsideTheProjectIsNotRead() throws Exception {
		ProjectFolder folder = Fixtures.rich(dir.resolve("p"));
		Path secret = Files.writeString(dir.resolve("secret.txt"), "root:x:0:0");
		Document d = folder.project().getDocuments().get(0);
		Path text = folder.textFile(d.getId());
		Files.delete(text);
		Files.createSymbolicLink(text, secret);
		StoreException e = assertThrows(StoreException.class, () -> ProjectFolder.open(dir.resolve("p")));
		assertEquals(text, e.file());
		assertTrue(e.reason().contains("outside the project"), e.getMessage());
		ProjectFolder lenient = ProjectFolder.openLenient(dir.resolve("p"));
		assertNull(lenient.document(d.getId()), "the document is not loaded");
		assertFalse(lenient.project().getDocuments().stream().anyMatch(x -> x.getText().contains("root:x")));
	}

	@Test
	void aSetFileLinkedOutsideTheProjectIsNotRead() throws Exception {
		ProjectFolder folder = Fixtures.rich(dir.resolve("p"));
		Document d = folder.project().getDocuments().get(0);
		Path gold = folder.setFile(d, "gold");
		Path copy = Files.copy(gold, dir.resolve("outside-gold.json"));
		Files.delete(gold);
		Files.createSymbolicLink(gold, copy);
		StoreException e = assertThrows(StoreException.class, () -> ProjectFolder.open(dir.resolve("p")));
		assertEquals(gold, e.file());
		assertTrue(e.reason().contains("outside the project"), e.getMessage());
	}

	@Test
	void aSymlinkedFolderInsideAProjectIsNeitherReadNorWrittenThrough() throws Exception {
		ProjectFolder folder = Fixtures.rich(dir.resolve("p"));
		Document d = folder.project().getDocuments().get(0);
		Path sets = folder.setFile(d, "gold").getParent();
		Path moved = dir.resolve("moved-sets");
		Files.move(sets, moved);
		Files.createSymbolicLink(sets, moved);
		byte[] before = Files.readAllBytes(moved.resolve("gold.json"));

		ProjectFolder lenient = ProjectFolder.openLenient(dir.resolve("p"));
		assertFalse(lenient.problems().isEmpty());
		assertTrue(lenient.problems().get(0).reason().contains("outside the project"), lenient.problems().get(0).getMessage());
		Document reopened = lenient.document(d.getId());
		AnnotationSet ana = SetNames.findOrCreate(reopened, "ana");
		StoreException e = assertThrows(StoreException.class, () -> lenient.save(ana));
		assertTrue(e.reason().contains("outside the project"), e.getMessage());
		assertFalse(Files.exists(moved.resolve("ana.json")), "nothing is written through the link");
		assertArrayEquals(before, Files.readAllBytes(moved.resolve("gold.json")));
	}

	/** A unit checks each target folder once, just before its moves: one linked outside stops the commit. */
	@Test
	void aUnitDoesNotMoveAFileThroughAFolderLinkedOutside() throws Exception {
		ProjectFolder folder = Fixtures.rich(dir.resolve("p"));
		Document d = folder.project().getDocuments().get(0);
		Path sets = folder.setFile(d, "gold").getParent();
		Path moved = dir.resolve("moved-sets");
		ProjectFolder opened = ProjectFolder.open(dir.resolve("p"));
		StoreException e = assertThrows(StoreException.class, () -> opened.unit(() -> {
			opened.save(SetNames.findOrCreate(opened.document(d.getId()), "ana"));
			Files.move(sets, moved); // the folder becomes a link out while the unit works
			Files.createSymbolicLink(sets, moved);
			return null;
		}));
		assertTrue(e.getMessage().contains("outside"), e.getMessage());
		assertFalse(Files.exists(moved.resolve("ana.json")), "nothing is moved through the link");
	}

	/**
	 * A unit over many documents has their folders made ahead of the moves, on a thread of its own: one linked
	 * outside still stops the commit there, with nothing moved through it, and the moves before it done.
	 */
	@Test
	void aUnitOverManyDocumentsDoesNotMoveAFileThroughAFolderLinkedOutside() throws Exception {
		ProjectFolder folder = ProjectFolder.create(dir.resolve("p"), "p", StandardSchema.create());
		folder.unit(() -> {
			for (int i = 0; i < 100; i++) {
				Document d = folder.addDocument(String.format("d%03d", i), "D" + i, "Ann Lee met Bo Kim.");
				folder.save(SetNames.findOrCreate(d, "gold"));
			}
			return null;
		});
		Path sets = folder.setFile(folder.document("d070"), "gold").getParent();
		Path moved = dir.resolve("moved-sets");
		StoreException e = assertThrows(StoreException.class, () -> folder.unit(() -> {
			for (Document d : folder.project().getDocuments()) {
				folder.save(SetNames.findOrCreate(d, "ana"));
			}
			Files.move(sets, moved); // the 71st folder becomes a link out while the unit works
			Files.createSymbolicLink(sets, moved);
			return null;
		}));
		assertTrue(e.getMessage().contains("outside"), e.getMessage());
		assertFalse(Files.exists(moved.resolve("ana.json")), "nothing is moved through the link");
		assertTrue(Files.exists(folder.setFile(folder.document("d069"), "ana")), "the moves before it are done");
	}
}
