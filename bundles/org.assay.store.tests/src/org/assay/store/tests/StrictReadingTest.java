/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import java.util.stream.Stream;
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

/** The project's own files are read strictly, and whatever Assay writes it reads back, however large. */
class StrictReadingTest {

	@TempDir
	Path dir;

	private Path schema() throws Exception {
		Fixtures.rich(dir);
		return dir.resolve(ProjectFolder.SCHEMA_FILE);
	}

	@Test
	void aDuplicateJsonKeyInTheSchemaIsAnErrorNamingFileAndLine() throws Exception {
		Path schema = schema();
		String text = Files.readString(schema);
		Files.writeString(schema, text.replaceFirst("\"kind\":\"span\"", "\"kind\":\"span\",\"kind\":\"document\""));
		int line = Fixtures.lineOf(schema, "\"kind\":\"span\",\"kind\":\"document\"");
		StoreException e = assertThrows(StoreException.class, () -> ProjectFolder.open(dir));
		assertEquals(schema, e.file());
		assertEquals(line, e.line(), e.getMessage());
		assertTrue(e.reason().contains("Duplicate field 'kind'"), e.getMessage());
	}

	@Test
	void aDocumentFileWithoutItsIdIsAnErrorNamingTheFile() throws Exception { // found by the fuzzer: it was an NPE
		Fixtures.rich(dir);
		Path meta;
		try (Stream<Path> files = Files.list(dir.resolve("documents"))) {
			meta = files.filter(p -> p.toString().endsWith(".json")).sorted().findFirst().orElseThrow();
		}
		String text = Files.readString(meta);
		String without = text.replaceFirst("\"id\":\"[^\"]*\",\n", "");
		assertNotEquals(text, without);
		Files.writeString(meta, without);
		StoreException e = assertThrows(StoreException.class, () -> ProjectFolder.open(dir));
		assertEquals(meta, e.file());
		assertTrue(e.reason().contains("needs its \"id\""), e.getMessage());
	}

	@Test
	void twoLabelsWithOneKeyAreAnErrorNamingBoth() throws Exception {
		Path schema = schema();
		Files.writeString(schema, Files.readString(schema).replace("\"key\":\"o\"", "\"key\":\"p\""));
		StoreException e = assertThrows(StoreException.class, () -> ProjectFolder.open(dir));
		assertEquals(schema, e.file());
		assertEquals(Fixtures.lineOf(schema, "\"ORGANIZATION\""), e.line(), e.getMessage());
		assertTrue(e.reason().contains("the key 'p' is given to both 'PERSON' and 'ORGANIZATION'"), e.getMessage());
	}

	@Test
	void theStandardSchemaHasNoKeyTwice() throws Exception {
		ProjectFolder.create(dir.resolve("p"), "p", StandardSchema.create());
		ProjectFolder.open(dir.resolve("p"));
	}

	@Test
	void aSpanOverMoreThanTwentyMillionCharactersIsReadBack() throws Exception {
		ProjectFolder folder = ProjectFolder.create(dir, "big", StandardSchema.create());
		String text = "x".repeat(20_000_100);
		Document d = folder.addDocument("big", "Big", text);
		AnnotationSet gold = SetNames.findOrCreate(d, SetNames.GOLD);
		gold.getAnnotations().add(Spans.create(Schemas.label(folder.project().getSchema(), "entity", "DATE"), 0, text.length()));
		folder.save(gold); // the set file holds the span's text: one JSON string of 20,000,100 characters
		AnnotationSet read = SetNames.find(ProjectFolder.open(dir).document("big"), SetNames.GOLD);
		assertEquals(1, read.getAnnotations().size());
	}
}
