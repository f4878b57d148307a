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
import java.util.List;

import org.assay.model.Annotation;
import org.assay.model.AnnotationSet;
import org.assay.model.Document;
import org.assay.model.support.Schemas;
import org.assay.model.support.SetNames;
import org.assay.model.support.Spans;
import org.assay.model.support.StandardSchema;
import org.assay.store.ProjectFolder;
import org.assay.store.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An import or an engine run is one unit: all of its files reach the project, or none. */
class UnitTest {

	@TempDir
	Path dir;

	@Test
	void aUnitThatFailsHalfWayLeavesTheProjectAsItWas() throws Exception {
		ProjectFolder folder = ProjectFolder.create(dir.resolve("p"), "p", StandardSchema.create());
		Document first = folder.addDocument("first", "First", "Ann Lee met Bo Kim.");
		folder.save(SetNames.findOrCreate(first, "gold"));
		String before = Files.readString(folder.setFile(first, "gold"));

		StoreException failed = assertThrows(StoreException.class, () -> folder.unit(() -> {
			folder.addDocument("second", "Second", "Cy Day left.");
			AnnotationSet gold = SetNames.find(first, "gold");
			gold.getAnnotations().add(Spans.create(Schemas.label(folder.project().getSchema(), "entity", "PERSON"), 0, 7));
			folder.save(gold);
			throw new StoreException(dir, "the disk is full", null); // half-way through
		}));
		assertEquals("the disk is full", failed.reason());
		assertFalse(Files.exists(folder.textFile("second")), "nothing of the unit reached the project");
		assertEquals(before, Files.readString(folder.setFile(first, "gold")));
		assertFalse(Files.exists(folder.dir().resolve(".assay-staging")));
		assertEquals(1, ProjectFolder.open(folder.dir()).project().getDocuments().size());
	}

	@Test
	void aUnitThatFailsPutsTheDocumentsItChangedBackInTheModelAsTheFilesHoldThem() throws Exception {
		Fixtures.rich(dir);
		ProjectFolder folder = ProjectFolder.open(dir);
		ProjectFolder other = ProjectFolder.open(dir);
		Document d = folder.project().getDocuments().get(0);
		List<AnnotationSet> setsBefore = List.copyOf(d.getAnnotationSets());
		AnnotationSet gold = SetNames.find(d, "gold");
		List<Annotation> goldBefore = List.copyOf(gold.getAnnotations());
		Document untouched = folder.project().getDocuments().get(1);
		// another writer saves gold behind this one's back: this one's save of gold is refused, half-way
		AnnotationSet otherGold = SetNames.find(other.project().getDocuments().get(0), "gold");
		otherGold.getAnnotations().add(Spans.create(Schemas.label(other.project().getSchema(), "entity", "DATE"), 0, 3));
		other.save(otherGold);

		assertThrows(StoreException.class, () -> folder.unit(List.of(d), () -> {
			AnnotationSet engine = SetNames.findOrCreate(d, "engine:x"); // an engine's proposals, saved first
			engine.getAnnotations().add(Spans.create(Schemas.label(folder.project().getSchema(), "entity", "PERSON"), 0, 3));
			folder.save(engine);
			gold.getAnnotations().remove(goldBefore.get(1)); // offered proposals replacing one
			gold.getAnnotations().add(Spans.create(Schemas.label(folder.project().getSchema(), "entity", "PERSON"), 0, 3));
			SetNames.findOrCreate(untouched, "late"); // outside what the unit said it changes: stays
			folder.save(gold);
			return null;
		}));
		assertEquals(setsBefore, d.getAnnotationSets(), "the engine's new set is gone from the model");
		assertEquals(goldBefore, gold.getAnnotations(), "gold holds what it held, in order, the removed one back");
		assertFalse(Files.exists(folder.setFile(d, "engine:x")));
		assertTrue(SetNames.find(untouched, "late") != null, "only the documents named are put back");

		folder.unit(List.of(d), () -> { // and a unit that succeeds keeps what it did
			SetNames.findOrCreate(d, "engine:y");
			return null;
		});
		assertTrue(SetNames.find(d, "engine:y") != null);
	}

	@Test
	void aUnitWhoseCommitFailsOnAFullDiskPutsTheDocumentsBack() throws Exception {
		try (TinyDisk disk = TinyDisk.mount(dir.resolve("disk"), "256k")) {
			Path p = disk.root().resolve("p");
			Fixtures.rich(p);
			ProjectFolder folder = ProjectFolder.open(p);
			Document d = folder.project().getDocuments().get(0);
			AnnotationSet gold = SetNames.find(d, "gold");
			List<Annotation> before = List.copyOf(gold.getAnnotations());
			org.assay.model.Label date = Schemas.label(folder.project().getSchema(), "entity", "DATE");
			StoreException e = assertThrows(StoreException.class, () -> folder.unit(List.of(d), () -> {
				for (int i = 0; i < 6000; i++) { // about two megabytes of set file
					gold.getAnnotations().add(Spans.create(date, i % 20, i % 20 + 3));
				}
				folder.save(gold);
				return null;
			}));
			assertTrue(e.getMessage().contains("No space left on device"), e.getMessage());
			assertEquals(before.size(), gold.getAnnotations().size(), "the 6,000 spans are gone from the model");
			assertTrue(before.equals(gold.getAnnotations()), "the spans it held, in order");
			assertEquals(before.size(), SetNames.find(ProjectFolder.open(p).project().getDocuments().get(0), "gold")
					.getAnnotations().size(), "the files hold what the model holds");
		}
	}

	@Test
	void aUnitThatSucceedsCommitsEveryFileAndLaterSavesStillWork() throws Exception {
		ProjectFolder folder = ProjectFolder.create(dir.resolve("p"), "p", StandardSchema.create());
		int added = folder.unit(() -> {
			for (int i = 0; i < 5; i++) {
				Document d = folder.addDocument("d" + i, "D" + i, "Ann Lee met Bo Kim " + i + " times.");
				AnnotationSet gold = SetNames.findOrCreate(d, "gold");
				gold.getAnnotations().add(Spans.create(Schemas.label(folder.project().getSchema(), "entity", "PERSON"), 0, 7));
				folder.save(gold);
				folder.save(gold); // saved twice in one unit
			}
			return 5;
		});
		assertEquals(5, added);
		ProjectFolder reopened = ProjectFolder.open(folder.dir());
		assertEquals(5, reopened.project().getDocuments().size());
		assertEquals(1, SetNames.find(reopened.document("d3"), "gold").getAnnotations().size());
		folder.save(SetNames.find(folder.document("d3"), "gold")); // the stamps know the committed files
	}

	/** In the form an older Assay staged in (each file under its own path, a list without a header): still settled. */
	@Test
	void anInterruptedUnitIsCompletedOnTheNextOpenOnceItHadStartedToCommitAndUndoneBefore() throws Exception {
		ProjectFolder folder = ProjectFolder.create(dir.resolve("p"), "p", StandardSchema.create());
		Document d = folder.addDocument("d", "D", "Ann Lee met Bo Kim.");
		folder.save(SetNames.findOrCreate(d, "gold"));
		Path staging = folder.dir().resolve(".assay-staging");
		// killed before its list was written: undone
		Files.createDirectories(staging.resolve("annotations/d"));
		Files.writeString(staging.resolve("annotations/d/gold.json"), "half a file");
		ProjectFolder.open(folder.dir());
		assertFalse(Files.exists(staging), "rolled back");
		assertTrue(Files.readString(folder.setFile(d, "gold")).startsWith("{"), "the set file as it was");

		// killed while moving: its list says what the unit holds, the next open completes it
		ProjectFolder writer = ProjectFolder.open(folder.dir());
		writer.save(SetNames.findOrCreate(writer.document("d"), "ana"));
		Files.createDirectories(staging.resolve("annotations/d"));
		Files.move(writer.setFile(writer.document("d"), "ana"), staging.resolve("annotations/d/ana.json"));
		Files.writeString(staging.resolve("COMMIT"), "annotations/d/gold.json\nannotations/d/ana.json"); // gold moved already
		ProjectFolder reopened = ProjectFolder.open(folder.dir());
		assertFalse(Files.exists(staging), "settled");
		assertTrue(Files.exists(folder.dir().resolve("annotations/d/ana.json")), "the rest of the unit moved in");
		assertTrue(SetNames.find(reopened.document("d"), "ana") != null);
	}

	/**
	 * A unit stages its files side by side, numbered (not a folder per document); killed while moving, its list
	 * (first line the header, then the project file of staged file n on line n + 1) is completed on the next open.
	 */
	@Test
	void aUnitStagesItsFilesNumberedAndAKilledCommitOfThatFormIsCompleted() throws Exception {
		ProjectFolder folder = ProjectFolder.create(dir.resolve("p"), "p", StandardSchema.create());
		Path staging = folder.dir().resolve(".assay-staging");
		java.util.List<String> seen = new java.util.ArrayList<>();
		folder.unit(() -> {
			for (int i = 0; i < 3; i++) {
				Document d = folder.addDocument("d" + i, "D" + i, "Ann Lee met Bo Kim " + i + " times.");
				folder.save(SetNames.findOrCreate(d, "gold"));
			}
			folder.save(SetNames.find(folder.document("d0"), "gold")); // again: the same staged file
			long until = System.nanoTime() + 30_000_000_000L; // the unit's writer thread creates them: poll
			do {
				seen.clear();
				try (java.util.stream.Stream<Path> files = Files.list(staging)) {
					files.forEach(f -> seen.add(f.getFileName().toString() + (Files.isDirectory(f) ? "/" : "")));
				}
				Thread.onSpinWait();
			} while (seen.size() < 9 && System.nanoTime() < until);
			return null;
		});
		java.util.Collections.sort(seen);
		assertEquals(java.util.List.of("1", "2", "3", "4", "5", "6", "7", "8", "9"), seen,
				"three files for each of three documents, no folders");
		assertFalse(Files.exists(staging));
		assertEquals(3, ProjectFolder.open(folder.dir()).project().getDocuments().size());

		// killed while moving: staged file 1 was moved already, 2 and 3 not
		Document d = folder.addDocument("e", "E", "Cy Day left.");
		folder.save(SetNames.findOrCreate(d, "gold"));
		Files.createDirectories(staging);
		Files.move(folder.setFile(d, "gold"), staging.resolve("3"));
		Files.move(folder.metadataFile("e"), staging.resolve("2"));
		Files.writeString(staging.resolve("COMMIT"),
				"/assay-staging/numbered\ndocuments/e.txt\ndocuments/e.json\nannotations/e/gold.json");
		ProjectFolder reopened = ProjectFolder.open(folder.dir());
		assertFalse(Files.exists(staging), "settled");
		assertTrue(Files.exists(folder.metadataFile("e")) && Files.exists(folder.setFile(d, "gold")), "moved in");
		assertTrue(SetNames.find(reopened.document("e"), "gold") != null);

		// killed before the list: the numbered files are thrown away
		Files.createDirectories(staging);
		Files.writeString(staging.resolve("1"), "half a file");
		ProjectFolder.open(folder.dir());
		assertFalse(Files.exists(staging), "rolled back");
	}

	@Test
	void aDamagedNumberedListNamesTheLineOfTheFileAndNothingIsMoved() throws Exception {
		ProjectFolder folder = ProjectFolder.create(dir.resolve("p"), "p", StandardSchema.create());
		folder.addDocument("d", "D", "Ann Lee met Bo Kim.");
		Path staging = folder.dir().resolve(".assay-staging");
		Files.createDirectories(staging);
		Files.writeString(staging.resolve("1"), "{}");
		Files.writeString(staging.resolve("COMMIT"), "/assay-staging/numbered\ndocuments/d.json\n../outside.json");
		StoreException e = assertThrows(StoreException.class, () -> ProjectFolder.open(folder.dir()));
		assertEquals(staging.resolve("COMMIT"), e.file(), e.getMessage());
		assertEquals(3, e.line(), e.getMessage());
		assertEquals("{}", Files.readString(staging.resolve("1")), "nothing moved");
		assertTrue(Files.readString(folder.metadataFile("d")).contains("\"id\""), "the document's file as it was");
	}

	/** Found by fuzzing (releng/org.assay.fuzz): a damaged list threw InvalidPathException, or led outside. */
	@Test
	void aDamagedCommitListIsRefusedNamingItsLineAndNothingIsMoved() throws Exception {
		ProjectFolder folder = ProjectFolder.create(dir.resolve("p"), "p", StandardSchema.create());
		folder.addDocument("d", "D", "Ann Lee met Bo Kim.");
		Path staging = folder.dir().resolve(".assay-staging");
		Files.createDirectories(staging.resolve("documents"));
		Files.writeString(staging.resolve("documents/d.json"), "{}");
		Files.writeString(dir.resolve("outside.json"), "mine");
		Files.createDirectories(staging.resolve("x/y"));
		for (String bad : new String[] { "documents/d.json\nbad\u0000name", "documents/d.json\n../../outside.json",
				"/etc/passwd", "documents/../../outside.json", "" + ".assay-staging/COMMIT" }) {
			Files.writeString(staging.resolve("COMMIT"), bad);
			StoreException e = assertThrows(StoreException.class, () -> ProjectFolder.open(folder.dir()), bad);
			assertEquals(staging.resolve("COMMIT"), e.file(), e.getMessage());
			assertTrue(e.getMessage().contains(":" + (bad.contains("\n") ? 2 : 1) + ": "), e.getMessage());
			assertEquals("{}", Files.readString(staging.resolve("documents/d.json")), "nothing moved: " + bad);
			assertEquals("mine", Files.readString(dir.resolve("outside.json")));
		}
	}
}
