/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.store.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.assay.model.AnnotationSet;
import org.assay.model.Document;
import org.assay.model.support.SetNames;
import org.assay.store.ProjectFolder;
import org.assay.store.StoreException;
import org.assay.store.Texts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DamagedFileTest {

	@TempDir
	Path dir;
	Path gold;

	@BeforeEach
	void project() throws Exception {
		Fixtures.rich(dir);
		gold = dir.resolve("annotations/mayor/gold.json");
	}

	@Test
	void aTruncatedSetFileIsReportedWithFileAndLine() throws Exception {
		byte[] all = Files.readAllBytes(gold);
		Files.write(gold, Arrays.copyOf(all, all.length / 2));
		StoreException e = assertThrows(StoreException.class, () -> ProjectFolder.open(dir));
		assertEquals(gold, e.file());
		assertTrue(e.line() > 1, "a line is named: " + e.getMessage());
		assertTrue(e.getMessage().startsWith(gold + ":" + e.line() + ": "), e.getMessage());
		assertTrue(e.reason().contains("truncated"), e.reason());
	}

	@Test
	void openedLenientlyTheRestLoadsAndTheDamagedFileIsNeverOverwritten() throws Exception {
		Files.writeString(gold, "{\"format\":\"assay-annotations\",\"version\":1,\n\"set\":\"gold\",\"annotations\":[\n{\"id\":");
		byte[] damaged = Files.readAllBytes(gold);
		ProjectFolder folder = ProjectFolder.openLenient(dir);
		assertEquals(1, folder.problems().size());
		assertEquals(gold, folder.problems().get(0).file());
		Document d = folder.project().getDocuments().get(0);
		assertNull(SetNames.find(d, "gold"), "the damaged set is not loaded half-way");
		assertNotNull(SetNames.find(d, "engine:entities"), "the other set of the document loads");
		assertEquals(2, folder.project().getDocuments().size(), "the other document loads");

		AnnotationSet replacement = SetNames.findOrCreate(d, "gold");
		StoreException e = assertThrows(StoreException.class, () -> folder.save(replacement));
		assertTrue(e.getMessage().contains("will not write over it"), e.getMessage());
		assertArrayEquals(damaged, Files.readAllBytes(gold));
	}

	@Test
	void aFileFromANewerVersionSaysSo() throws Exception {
		replace(gold, "\"version\":1", "\"version\":7");
		StoreException e = assertThrows(StoreException.class, () -> ProjectFolder.open(dir));
		assertEquals(3, e.line(), "the line of \"version\"");
		assertTrue(e.reason().contains("newer version of Assay"), e.reason());
		assertTrue(e.reason().contains("version 7"), e.reason());
	}

	@Test
	void anUnknownLabelNamesTheLineOfTheAnnotation() throws Exception {
		List<String> lines = Files.readAllLines(gold, StandardCharsets.UTF_8);
		int lineNo = 0;
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).contains("\"label\":\"LOCATION\"")) {
				lines.set(i, lines.get(i).replace("\"label\":\"LOCATION\"", "\"label\":\"PLANET\""));
				lineNo = i + 1;
				break;
			}
		}
		Files.write(gold, lines, StandardCharsets.UTF_8);
		StoreException e = assertThrows(StoreException.class, () -> ProjectFolder.open(dir));
		assertEquals(lineNo, e.line());
		assertTrue(e.reason().contains("unknown label 'PLANET'"), e.reason());
	}

	@Test
	void aSpanOutsideTheTextIsRefused() throws Exception {
		replace(gold, "\"spans\":[[0,12]]", "\"spans\":[[0,12000]]");
		StoreException e = assertThrows(StoreException.class, () -> ProjectFolder.open(dir));
		assertTrue(e.reason().contains("outside the text"), e.reason());
	}

	@Test
	void aLinkToAMissingAnnotationIsRefused() throws Exception {
		String s = Files.readString(gold);
		String from = s.substring(s.indexOf("\"from\":\""));
		from = from.substring(0, from.indexOf(',') + 1);
		Files.writeString(gold, s.replaceFirst(java.util.regex.Pattern.quote(from), "\"from\":\"nobody\","));
		StoreException e = assertThrows(StoreException.class, () -> ProjectFolder.open(dir));
		assertTrue(e.reason().contains("'nobody'"), e.reason());
	}

	@Test
	void aTextThatIsNotUtf8NamesItsLine() throws Exception {
		Path text = dir.resolve("documents/second.txt");
		Files.write(text, new byte[] { 'o', 'k', '\n', 'c', 'a', 'f', (byte) 0xE9, '\n' }); // Latin-1 é
		StoreException e = assertThrows(StoreException.class, () -> ProjectFolder.open(dir));
		assertEquals(text, e.file());
		assertEquals(2, e.line());
		assertTrue(e.reason().contains("not UTF-8"), e.reason());
	}

	/** Texts are decoded the fast way first; a replacement character is either the text's own or a bad byte. */
	@Test
	void aTextHoldingTheReplacementCharacterIsReadAndABadByteAfterOneIsStillNamed() throws Exception {
		Path text = dir.resolve("documents/second.txt");
		String own = Files.readString(text, StandardCharsets.UTF_8);
		String withMark = "\uFEFF" + own.substring(0, 2) + "\uFFFD" + own.substring(3);
		Files.writeString(text, withMark, StandardCharsets.UTF_8);
		assertEquals(withMark.substring(1), Texts.readUtf8(text), "a byte-order mark is dropped, U+FFFD kept");
		Files.write(text, new byte[] { 'a', (byte) 0xEF, (byte) 0xBF, (byte) 0xBD, '\n', 'b', '\n', 'c', (byte) 0xC3,
				'\n' }); // U+FFFD on line 1, half a character on line 3
		StoreException e = assertThrows(StoreException.class, () -> Texts.readUtf8(text));
		assertEquals(3, e.line(), e.getMessage());
		assertTrue(e.reason().contains("not UTF-8"), e.reason());
	}

	@Test
	void somethingElseThanJsonIsRefused() throws Exception {
		Files.writeString(gold, "<xml>this is not it</xml>\n");
		StoreException e = assertThrows(StoreException.class, () -> ProjectFolder.open(dir));
		assertEquals(1, e.line());
		assertTrue(e.reason().contains("not valid JSON"), e.reason());
	}

	@Test
	void aFolderThatIsNotAProjectSaysSo() throws Exception {
		Path empty = Files.createDirectories(dir.resolve("empty"));
		StoreException e = assertThrows(StoreException.class, () -> ProjectFolder.open(empty));
		assertTrue(e.getMessage().contains("not an Assay project"), e.getMessage());
		StoreException missing = assertThrows(StoreException.class, () -> ProjectFolder.open(dir.resolve("nope")));
		assertTrue(missing.getMessage().contains("no such project folder"), missing.getMessage());
	}

	@Test
	void aDamagedSchemaFailsTheOpenAndNamesTheSchema() throws Exception {
		replace(dir.resolve("schema.json"), "\"kind\":\"span\"", "\"kind\":\"spam\"");
		StoreException e = assertThrows(StoreException.class, () -> ProjectFolder.openLenient(dir));
		assertEquals(dir.resolve("schema.json"), e.file());
		assertTrue(e.reason().contains("unknown layer kind"), e.reason());
	}

	private static void replace(Path file, String from, String to) throws Exception {
		String s = Files.readString(file, StandardCharsets.UTF_8);
		assertTrue(s.contains(from), "fixture contains " + from);
		Files.writeString(file, s.replaceFirst(java.util.regex.Pattern.quote(from), to), StandardCharsets.UTF_8);
	}
}
