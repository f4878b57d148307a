/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.formats.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.assay.formats.FormatException;
import org.assay.formats.ImportOptions;
import org.assay.formats.ImportSummary;
import org.assay.formats.Importing;
import org.assay.formats.conll.Conll2003Format;
import org.assay.model.Document;
import org.assay.model.support.Schemas;
import org.assay.model.support.SetNames;
import org.assay.model.support.StandardSchema;
import org.assay.store.ProjectFolder;
import org.assay.store.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import stores each document while the reader goes on reading (a CoNLL folder is parsed on the other cores
 * meanwhile), and still imports all or nothing: a bad file found late throws away what was staged, and the
 * documents and labels the import had put into the model are taken out again.
 */
class StreamedImportTest {

	private static final String STAGING = ".assay-staging";

	@TempDir
	Path dir;
	final Conll2003Format conll = new Conll2003Format();

	/** A folder of {@code n} CoNLL files of two documents each, file i's second document naming {@code Zürich<i>}. */
	private Path corpus(int n) throws IOException {
		Path folder = Files.createDirectories(dir.resolve("corpus"));
		for (int i = 0; i < n; i++) {
			Files.writeString(file(folder, i), ConllTest.IOB1.replace("Zürich", "Zürich" + i), StandardCharsets.UTF_8);
		}
		return folder;
	}

	private static Path file(Path folder, int i) {
		return folder.resolve(String.format("f%03d.conll", i));
	}

	private static void spoil(Path file) {
		try { // line 6 ("call NN I-NP O") loses a column
			Files.writeString(file, Files.readString(file).replace("call NN I-NP O", "call NN O"));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static long filesIn(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			return 0;
		}
		try (Stream<Path> all = Files.walk(folder)) {
			return all.filter(Files::isRegularFile).count();
		}
	}

	@Test
	void aBadFileLateInAFolderImportsNothingAndLeavesNoStagedFile() throws Exception {
		Path corpus = corpus(300);
		spoil(file(corpus, 250));
		Path projectDir = dir.resolve("p");
		ProjectFolder folder = ProjectFolder.create(projectDir, "t", StandardSchema.create());
		int labels = folder.project().getSchema().getLayers().stream().mapToInt(l -> l.getLabels().size()).sum();
		AtomicInteger lastRead = new AtomicInteger();
		AtomicLong stagedWhileReading = new AtomicLong();
		FormatException e = assertThrows(FormatException.class, () -> Importing.apply(folder, conll.importer(), corpus,
				ImportOptions.defaults(), read -> {
					lastRead.set(read);
					if (read == 400) {
						try {
							stagedWhileReading.set(filesIn(projectDir.resolve(STAGING)));
						} catch (IOException x) {
							throw new UncheckedIOException(x);
						}
					}
				}));
		assertEquals(file(corpus, 250), e.file(), e.getMessage());
		assertEquals(6, e.line(), e.getMessage());
		// the documents before the bad file were stored (staged) while later files were still being parsed
		assertEquals(500, lastRead.get(), "every document before the bad file was taken, none after it");
		assertTrue(stagedWhileReading.get() > 0, "files were staged while the folder was still being read");
		// nothing of it on disk, nothing staged left behind
		assertFalse(Files.exists(projectDir.resolve(STAGING)), "the staged files are thrown away");
		assertEquals(0, filesIn(projectDir.resolve(ProjectFolder.DOCUMENTS)));
		assertEquals(0, filesIn(projectDir.resolve(ProjectFolder.ANNOTATIONS)));
		ProjectFolder reopened = ProjectFolder.open(projectDir);
		assertEquals(List.of(), reopened.project().getDocuments());
		assertNull(Schemas.label(Schemas.layer(reopened.project().getSchema(), "entity"), "MISC"));
		// nor in the model the import was given: its documents and new labels are taken out again
		assertEquals(List.of(), folder.project().getDocuments());
		assertNull(folder.document("f000-0001"));
		assertEquals(labels, folder.project().getSchema().getLayers().stream().mapToInt(l -> l.getLabels().size()).sum());
		// and the same folder, repaired, imports whole into the same model
		Files.writeString(file(corpus, 250), ConllTest.IOB1.replace("Zürich", "Zürich250"), StandardCharsets.UTF_8);
		ImportSummary summary = Importing.apply(folder, conll.importer(), corpus, ImportOptions.defaults(), null);
		assertEquals(600, summary.documentsAdded());
		assertEquals(600, ProjectFolder.open(projectDir).project().getDocuments().size());
		assertFalse(Files.exists(projectDir.resolve(STAGING)));
	}

	/**
	 * For the command line, which needs no model afterwards, each document's imported set leaves the model once
	 * staged: the project on disk is the one a plain import makes, and a bad file late still imports nothing.
	 */
	@Test
	void anImportReleasingItsSetsStoresTheSameProjectAndStillImportsAllOrNothing() throws Exception {
		Path corpus = corpus(100);
		ProjectFolder kept = Projects.empty(dir.resolve("kept"));
		ImportSummary keptSummary = Importing.apply(kept, conll.importer(), corpus, ImportOptions.defaults(), null);
		ProjectFolder released = Projects.empty(dir.resolve("released"));
		ImportSummary summary = Importing.applyReleasing(released, conll.importer(), corpus, ImportOptions.defaults(),
				null);
		assertEquals(keptSummary.documentsAdded(), summary.documentsAdded());
		assertEquals(200, summary.documentsAdded());
		assertEquals(keptSummary.spans(), summary.spans());
		assertNotNull(SetNames.find(kept.document("f042-0002"), "gold"), "a plain import keeps the set in the model");
		assertNull(SetNames.find(released.document("f042-0002"), "gold"), "released once staged");
		for (Document d : kept.project().getDocuments()) {
			Path keptFile = kept.setFile(d, "gold");
			Path releasedFile = released.setFile(released.document(d.getId()), "gold");
			assertEquals(Files.readString(keptFile).replaceAll("\"created\":\"[^\"]*\"", ""),
					Files.readString(releasedFile).replaceAll("\"created\":\"[^\"]*\"", ""), d.getId());
		}
		ProjectFolder reopened = ProjectFolder.open(dir.resolve("released"));
		assertEquals(200, reopened.project().getDocuments().size());
		assertEquals(SetNames.find(kept.document("f042-0002"), "gold").getAnnotations().size(),
				SetNames.find(reopened.document("f042-0002"), "gold").getAnnotations().size());

		spoil(file(corpus, 80));
		ProjectFolder another = Projects.empty(dir.resolve("another"));
		FormatException e = assertThrows(FormatException.class, () -> Importing.applyReleasing(another,
				conll.importer(), corpus, ImportOptions.defaults(), null));
		assertEquals(file(corpus, 80), e.file(), e.getMessage());
		assertEquals(List.of(), another.project().getDocuments());
		assertEquals(List.of(), ProjectFolder.open(dir.resolve("another")).project().getDocuments());
		assertEquals(0, filesIn(dir.resolve("another").resolve(ProjectFolder.ANNOTATIONS)));
	}

	/**
	 * The first documents are stored before the last file is parsed: a file spoilt once the import has taken its
	 * first document is found, and stops the import (a reader that read all first would have imported the file
	 * as it was).
	 */
	@Test
	void documentsAreStoredBeforeTheLastFilesAreRead() throws Exception {
		Path corpus = corpus(300);
		ProjectFolder folder = Projects.empty(dir.resolve("p"));
		FormatException e = assertThrows(FormatException.class, () -> Importing.apply(folder, conll.importer(), corpus,
				ImportOptions.defaults(), read -> {
					if (read == 1) {
						spoil(file(corpus, 299));
					}
				}));
		assertEquals(file(corpus, 299), e.file(), e.getMessage());
		assertEquals(List.of(), ProjectFolder.open(dir.resolve("p")).project().getDocuments());
	}

	/**
	 * Documents the project already has are changed only once the whole source is checked: a bad file after the
	 * one that replaces their set leaves them as they were, in the model and on disk.
	 */
	@Test
	void theProjectsOwnDocumentsAreChangedOnlyAfterTheWholeSourceIsChecked() throws Exception {
		Path corpus = Files.createDirectories(dir.resolve("corpus"));
		Path tiny = corpus.resolve("tiny.conll");
		Files.writeString(tiny, ConllTest.IOB1, StandardCharsets.UTF_8);
		ProjectFolder folder = Projects.imported(conll, tiny, dir.resolve("p"), ImportOptions.defaults());
		Document first = folder.document("tiny-0001");
		assertNotNull(first);
		int gold = SetNames.find(first, "gold").getAnnotations().size();
		assertEquals(4, gold);
		// the same documents with no entities, replacing gold; then a new document; then a bad file
		Files.writeString(tiny, ConllTest.IOB1.replaceAll("[BI]-(ORG|MISC|PER|LOC)", "O"), StandardCharsets.UTF_8);
		Files.writeString(corpus.resolve("u.conll"), ConllTest.IOB1.replace("EU", "UN"), StandardCharsets.UTF_8);
		Files.writeString(corpus.resolve("v.conll"), ConllTest.IOB1.replace("call NN I-NP O", "call NN O"),
				StandardCharsets.UTF_8);
		ImportOptions replace = new ImportOptions("gold", "entity", Map.of(), true);
		FormatException e = assertThrows(FormatException.class,
				() -> Importing.apply(folder, conll.importer(), corpus, replace, null));
		assertEquals(corpus.resolve("v.conll"), e.file(), e.getMessage());
		assertEquals(gold, SetNames.find(first, "gold").getAnnotations().size(), "the model's set is as it was");
		assertEquals(2, folder.project().getDocuments().size(), "u.conll's documents are taken out again");
		ProjectFolder reopened = ProjectFolder.open(dir.resolve("p"));
		assertEquals(2, reopened.project().getDocuments().size());
		assertEquals(gold, SetNames.find(reopened.document("tiny-0001"), "gold").getAnnotations().size());
		// without the bad file: the project's documents replaced, the new ones added, in one go
		Files.delete(corpus.resolve("v.conll"));
		ImportSummary summary = Importing.apply(folder, conll.importer(), corpus, replace, null);
		assertEquals(2, summary.documentsAdded());
		assertEquals(2, summary.documentsReused());
		reopened = ProjectFolder.open(dir.resolve("p"));
		assertEquals(0, SetNames.find(reopened.document("tiny-0001"), "gold").getAnnotations().size());
		assertEquals(4, SetNames.find(reopened.document("u-0001"), "gold").getAnnotations().size());
	}

	/**
	 * When the store fails while the project's own documents are being changed (here a set file another writer saved
	 * in the meantime), those documents go back in the model as they were, as the files still hold them.
	 */
	@Test
	void aStoreFailureWhileTheProjectsDocumentsChangePutsThemBackInTheModel() throws Exception {
		Path corpus = Files.createDirectories(dir.resolve("corpus"));
		Path tiny = corpus.resolve("tiny.conll");
		Files.writeString(tiny, ConllTest.IOB1, StandardCharsets.UTF_8);
		ProjectFolder folder = Projects.imported(conll, tiny, dir.resolve("p"), ImportOptions.defaults());
		List<org.assay.model.Annotation> first = List.copyOf(SetNames.find(folder.document("tiny-0001"), "gold")
				.getAnnotations());
		assertEquals(4, first.size());
		ProjectFolder other = ProjectFolder.open(dir.resolve("p")); // saves the second document's gold meanwhile
		other.save(SetNames.find(other.document("tiny-0002"), "gold"));
		Files.writeString(tiny, ConllTest.IOB1.replaceAll("[BI]-(ORG|MISC|PER|LOC)", "O"), StandardCharsets.UTF_8);
		StoreException e = assertThrows(StoreException.class, () -> Importing.apply(folder, conll.importer(), corpus,
				new ImportOptions("gold", "entity", Map.of(), true), null));
		assertTrue(e.getMessage().contains("changed on disk"), e.getMessage());
		assertTrue(first.equals(SetNames.find(folder.document("tiny-0001"), "gold").getAnnotations()),
				"the first document's gold, emptied before the second failed, holds its spans again");
		assertEquals(4, SetNames.find(ProjectFolder.open(dir.resolve("p")).document("tiny-0001"), "gold")
				.getAnnotations().size(), "as the file does");
	}
}
