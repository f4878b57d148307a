/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.assay.model.AnnotationSet;
import org.assay.model.Document;
import org.assay.model.Label;
import org.assay.model.Span;
import org.assay.model.support.Schemas;
import org.assay.model.support.SetNames;
import org.assay.model.support.Spans;
import org.assay.store.ProjectFolder;
import org.assay.store.ProjectLock;
import org.assay.store.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two writers on one project never lose an update silently. */
class ConcurrentWritersTest {

	@TempDir
	Path dir;

	private static void addDate(ProjectFolder folder, AnnotationSet set, int begin, int end) {
		set.getAnnotations().add(Spans.create(Schemas.label(folder.project().getSchema(), "entity", "DATE"), begin, end));
	}

	@Test
	void theSecondSaveOfASetChangedByAnotherWriterIsRefusedAndTheFirstIsKept() throws Exception {
		Fixtures.rich(dir);
		ProjectFolder first = ProjectFolder.open(dir);
		ProjectFolder second = ProjectFolder.open(dir);
		Document d1 = first.project().getDocuments().get(0);
		Document d2 = second.project().getDocuments().get(0);
		AnnotationSet gold1 = SetNames.find(d1, "gold");
		AnnotationSet gold2 = SetNames.find(d2, "gold");
		int before = gold1.getAnnotations().size();
		addDate(first, gold1, 0, 3);
		first.save(gold1);
		addDate(second, gold2, 4, 12);
		StoreException e = assertThrows(StoreException.class, () -> second.save(gold2));
		assertEquals(first.setFile(d1, "gold"), e.file());
		assertTrue(e.reason().contains("changed on disk since Assay read it"), e.getMessage());
		assertTrue(e.reason().contains("reopen the project and redo"), e.getMessage());

		AnnotationSet onDisk = SetNames.find(ProjectFolder.open(dir).project().getDocuments().get(0), "gold");
		assertEquals(before + 1, onDisk.getAnnotations().size(), "the first writer's annotation is there");
		assertTrue(onDisk.getAnnotations().stream()
				.anyMatch(a -> a instanceof Span s && Spans.begin(s) == 0 && Spans.end(s) == 3));

		first.save(gold1); // the writer whose read is current keeps saving
		ProjectFolder reopened = ProjectFolder.open(dir);
		AnnotationSet again = SetNames.find(reopened.project().getDocuments().get(0), "gold");
		addDate(reopened, again, 4, 12);
		reopened.save(again); // and redoing the change after reopening works
	}

	@Test
	void aSetCreatedByAnotherWriterIsNotOverwritten() throws Exception {
		Fixtures.rich(dir);
		ProjectFolder first = ProjectFolder.open(dir);
		ProjectFolder second = ProjectFolder.open(dir);
		AnnotationSet ana1 = SetNames.findOrCreate(first.project().getDocuments().get(0), "ana");
		addDate(first, ana1, 0, 3);
		first.save(ana1);
		AnnotationSet ana2 = SetNames.findOrCreate(second.project().getDocuments().get(0), "ana");
		StoreException e = assertThrows(StoreException.class, () -> second.save(ana2));
		assertTrue(e.reason().contains("was created on disk since this project was opened"), e.getMessage());
		assertEquals(1, SetNames.find(ProjectFolder.open(dir).project().getDocuments().get(0), "ana").getAnnotations().size());
	}

	@Test
	void twoWritersAddingLabelsToTheSchemaDoNotLoseOne() throws Exception {
		Fixtures.rich(dir);
		ProjectFolder first = ProjectFolder.open(dir);
		ProjectFolder second = ProjectFolder.open(dir);
		Schemas.layer(first.project().getSchema(), "entity").getLabels().add(label("FOO"));
		first.saveSchema();
		Schemas.layer(second.project().getSchema(), "entity").getLabels().add(label("BAR"));
		StoreException e = assertThrows(StoreException.class, second::saveSchema);
		assertEquals(dir.resolve(ProjectFolder.SCHEMA_FILE), e.file());
		String schema = Files.readString(dir.resolve(ProjectFolder.SCHEMA_FILE));
		assertTrue(schema.contains("\"FOO\""), schema);
		assertFalse(schema.contains("\"BAR\""), schema);
	}

	@Test
	void aDocumentAddedByAnotherWriterIsNotAddedAgainUnderAnotherName() throws Exception {
		Fixtures.rich(dir);
		ProjectFolder first = ProjectFolder.open(dir);
		ProjectFolder second = ProjectFolder.open(dir);
		first.addDocument("news", "News", "Alice met Bob.");
		StoreException e = assertThrows(StoreException.class, () -> second.addDocument("news", "News", "Alice met Bob."));
		assertEquals(second.metadataFile("news"), e.file());
		assertTrue(e.reason().contains("was created on disk since this project was opened"), e.getMessage());
		assertFalse(Files.exists(second.metadataFile("news-2")), "no duplicate under another name");
		assertEquals(3, ProjectFolder.open(dir).project().getDocuments().size(), "the rich project's two and news");

		second.project().getDocuments().remove(second.document("mayor"));
		assertEquals("mayor-2", second.addDocument("mayor", "Again", "Text.").getId(),
				"a document this folder read keeps its name taken");
	}

	@Test
	void aSetDeletedByAnotherWriterIsNotWrittenBack() throws Exception {
		Fixtures.rich(dir);
		ProjectFolder folder = ProjectFolder.open(dir);
		Document d = folder.project().getDocuments().get(0);
		Files.delete(folder.setFile(d, "gold"));
		StoreException e = assertThrows(StoreException.class, () -> folder.save(SetNames.find(d, "gold")));
		assertTrue(e.reason().contains("was deleted on disk"), e.getMessage());
	}

	@Test
	void aSecondLockHolderIsRefusedNamingTheFirst() throws Exception {
		Fixtures.rich(dir);
		try (ProjectLock lock = ProjectLock.acquire(dir, "assay import")) {
			StoreException e = assertThrows(StoreException.class, () -> ProjectLock.acquire(dir, "assay annotate"));
			assertEquals(dir, e.file());
			assertTrue(e.reason().contains("is in use by 'assay import' (pid " + ProcessHandle.current().pid() + " on "),
					e.getMessage());
			assertEquals(dir.resolve(ProjectLock.FILE), lock.file());
		}
		try (ProjectLock again = ProjectLock.acquire(dir, "assay annotate")) {
			assertTrue(Files.readString(again.file()).contains("assay annotate"), "released, the lock can be taken again");
		}
		assertEquals("", Files.readString(dir.resolve(ProjectLock.FILE)), "a released lock names nobody");
		ProjectFolder.open(dir); // the lock file is no part of the project
	}

	@Test
	void aLockHeldByAnotherProcessIsRefusedNamingThatProcess() throws Exception {
		Fixtures.rich(dir);
		// another Java process takes the lock as ProjectLock does, says so, and holds it until its input ends
		Path holder = Files.writeString(dir.resolve("HoldLock.java"), """
				import java.nio.ByteBuffer;
				import java.nio.channels.FileChannel;
				import java.nio.file.Path;
				import java.nio.file.StandardOpenOption;
				public class HoldLock {
					public static void main(String[] args) throws Exception {
						try (FileChannel c = FileChannel.open(Path.of(args[0]), StandardOpenOption.CREATE,
								StandardOpenOption.READ, StandardOpenOption.WRITE)) {
							c.tryLock();
							c.write(ByteBuffer.wrap(("pid " + ProcessHandle.current().pid() + " on elsewhere since now: "
									+ "assay train --project p\\n").getBytes()), 0);
							System.out.println("locked");
							System.in.read();
						}
					}
				}
				""");
		String java = ProcessHandle.current().info().command().orElse("java");
		Process other = new ProcessBuilder(java, holder.toString(), dir.resolve(ProjectLock.FILE).toString())
				.redirectError(ProcessBuilder.Redirect.INHERIT).start();
		try (java.io.BufferedReader said = new java.io.BufferedReader(new java.io.InputStreamReader(other.getInputStream()))) {
			assertEquals("locked", said.readLine());
			StoreException e = assertThrows(StoreException.class, () -> ProjectLock.acquire(dir, "assay import"));
			assertTrue(e.reason().startsWith("is in use by 'assay train --project p' (pid " + other.pid() + " on elsewhere"),
					e.getMessage());
		} finally {
			other.getOutputStream().close();
			assertEquals(0, other.waitFor());
		}
		try (ProjectLock mine = ProjectLock.acquire(dir, "assay import")) {
			assertTrue(Files.readString(mine.file()).contains("assay import"), "the lock ends with its process");
		}
	}

	@Test
	void aNewProjectCanBeCreatedUnderItsOwnLock() throws Exception {
		Path p = Files.createDirectories(dir.resolve("p"));
		try (ProjectLock lock = ProjectLock.acquire(p, "assay new")) {
			ProjectFolder.create(p, "p", org.assay.model.support.StandardSchema.create());
		}
		assertTrue(ProjectFolder.isProject(p));
	}

	private static Label label(String name) {
		Label l = org.assay.model.AssayFactory.eINSTANCE.createLabel();
		l.setName(name);
		return l;
	}
}
