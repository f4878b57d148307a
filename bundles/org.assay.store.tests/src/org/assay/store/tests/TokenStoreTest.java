/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.assay.model.AnnotationSet;
import org.assay.model.Document;
import org.assay.model.support.Schemas;
import org.assay.model.support.SetNames;
import org.assay.model.support.Spans;
import org.assay.model.support.StandardSchema;
import org.assay.model.support.TokenTable;
import org.assay.store.ProjectFolder;
import org.assay.store.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A document's tokens are kept compactly in its metadata file, one line per sentence, and read back exactly;
 * a damaged tokens line is an error naming the file and line.
 */
class TokenStoreTest {

	// "Acme ,Inc." has a token right after another (gap 0) and a second space (gap 2) before "said"
	static final String TEXT = "Acme,Inc.  said it.\nPrices  rose 5%.";

	@TempDir
	Path dir;

	static TokenTable tokens() {
		return TokenTable.builder("pos", "chunk")
				.add(0, 4, "NNP", "B-NP").add(4, 5, ",", "O").add(5, 9, "NNP", "B-NP").add(11, 15, "VBD", "B-VP")
				.add(16, 18, "PRP", "B-NP").add(18, 19, ".", "O").endSentence()
				.add(20, 26, "NNS", "B-NP").add(28, 32, "VBD", "B-VP").add(33, 34, "CD", "B-NP").add(34, 35, "NN", "I-NP")
				.add(35, 36, ".", "O").build();
	}

	private ProjectFolder withTokens() throws Exception {
		ProjectFolder folder = ProjectFolder.create(dir.resolve("p"), "p", StandardSchema.create());
		folder.addDocument("d", "d", TEXT, Map.of("source", "test"), tokens());
		return folder;
	}

	private Path meta() {
		return dir.resolve("p/documents/d.json");
	}

	@Test
	void tokensSentencesAndColumnsComeBackExactly() throws Exception {
		withTokens();
		Document d = ProjectFolder.open(dir.resolve("p")).document("d");
		assertEquals(tokens(), d.getTokens());
		assertEquals(11, d.getTokens().size());
		assertEquals(2, d.getTokens().sentenceCount());
		assertEquals(6, d.getTokens().sentenceStart(1));
		assertEquals("Inc.", TEXT.substring(d.getTokens().begin(2), d.getTokens().end(2)));
		assertEquals("VBD", d.getTokens().value("pos", 7));
		assertEquals(List.of("pos", "chunk"), List.copyOf(d.getTokens().columnNames()));
		assertEquals("test", d.getProperties().get("source"));
	}

	@Test
	void theFileHoldsOneLinePerSentenceWithLengthsAndGaps() throws Exception {
		withTokens();
		String file = Files.readString(meta());
		assertTrue(file.startsWith("{\n\"format\":\"assay-document\",\n\"version\":2,\n"), file);
		assertTrue(file.contains("\"tokenColumns\":[\n\"pos\",\n\"chunk\"\n],\n\"sentences\":[\n"
				+ "[\"4 0:1 0:4 2:4 2 0:1\",\"NNP , NNP VBD PRP .\",\"B-NP O B-NP B-VP B-NP O\"],\n"
				+ "[\"6 2:4 1 0:1 0:1\",\"NNS VBD CD NN .\",\"B-NP B-VP B-NP I-NP O\"]\n]"), file);
	}

	@Test
	void aDocumentWithoutTokensKeepsTheOldVersionAndHasNone() throws Exception {
		ProjectFolder folder = ProjectFolder.create(dir.resolve("p"), "p", StandardSchema.create());
		folder.addDocument("d", "d", TEXT);
		assertTrue(Files.readString(meta()).contains("\"version\":1,"), "readable by an Assay before tokens");
		assertNull(ProjectFolder.open(dir.resolve("p")).document("d").getTokens());
	}

	@Test
	void tokensWithoutColumnsAndTheFirstAfterSomeSpaceAreKept() throws Exception {
		ProjectFolder folder = ProjectFolder.create(dir.resolve("p"), "p", StandardSchema.create());
		TokenTable bare = TokenTable.of(new int[] { 2, 7 }, new int[] { 6, 9 }, new int[] { 0 }, new LinkedHashMap<>());
		folder.addDocument("d", "d", "  Acme is", Map.of(), bare);
		assertTrue(Files.readString(meta()).contains("\"tokenColumns\":[],\n\"sentences\":[\n[\"3:4 2\"]\n]"),
				Files.readString(meta()));
		assertEquals(bare, ProjectFolder.open(dir.resolve("p")).document("d").getTokens());
	}

	@Test
	void tokensThatDoNotFitTheTextAreRefusedBeforeAnythingIsWritten() throws Exception {
		ProjectFolder folder = ProjectFolder.create(dir.resolve("p"), "p", StandardSchema.create());
		TokenTable tooLong = TokenTable.builder().add(0, 50).build();
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> folder.addDocument("d", "d", "short", Map.of(), tooLong));
		assertTrue(e.getMessage().contains("outside the text (length 5)"), e.getMessage());
		assertEquals(0, folder.project().getDocuments().size());
		assertTrue(!Files.exists(meta()));
	}

	@Test
	void aTableRefusesOverlapsEmptySentencesAndValuesWithSpaces() {
		assertThrows(IllegalArgumentException.class, () -> TokenTable.builder().add(0, 4).add(3, 6).build());
		assertThrows(IllegalArgumentException.class,
				() -> TokenTable.of(new int[] { 0, 5 }, new int[] { 4, 6 }, new int[] { 0, 2 }, Map.of()));
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> TokenTable.builder("pos").add(0, 4, "N N").build());
		assertTrue(e.getMessage().contains("white space"), e.getMessage());
	}

	@Test
	void damagedTokenLinesAreErrorsNamingFileAndLine() throws Exception {
		withTokens();
		String good = Files.readString(meta());
		String first = "[\"4 0:1 0:4 2:4 2 0:1\",\"NNP , NNP VBD PRP .\",\"B-NP O B-NP B-VP B-NP O\"]";
		String[][] cases = {
				{ first.replace("0:4 2:4", "0:4 x:4"), "bad token extent 'x:4'" },
				{ first.replace("NNP , NNP", "NNP ,"), "the sentence has 6 tokens but 5 values in the column 'pos'" },
				{ first.replace("\"4 0:1", "\"4 -1:1"), "token 2 [3, 4) is empty, overlaps the one before" },
				{ first.replace("2 0:1\"", "2 0:100\""), "lies outside the text (length 36)" },
				{ first.replace("\"NNP , NNP", "\"NNP  NNP"), "has an empty value in the column 'pos'" },
				{ first.replace(",\"B-NP O B-NP B-VP B-NP O\"", ""), "a sentence lacks the values of the column 'chunk'" },
				{ first.replace("O\"]", "O\",\"extra\"]"), "a sentence holds the extents and 2 column(s), no more" }, };
		for (String[] c : cases) {
			Files.writeString(meta(), good.replace(first, c[0]));
			StoreException e = assertThrows(StoreException.class, () -> ProjectFolder.open(dir.resolve("p")), c[1]);
			assertEquals(meta(), e.file());
			assertEquals(Fixtures.lineOf(meta(), c[0]), e.line(), e.getMessage());
			assertTrue(e.reason().contains(c[1]), e.getMessage());
		}
		Files.writeString(meta(), good.replace("\"tokenColumns\":[\n\"pos\",\n\"chunk\"\n],\n", ""));
		StoreException e = assertThrows(StoreException.class, () -> ProjectFolder.open(dir.resolve("p")));
		assertTrue(e.reason().contains("\"sentences\" must follow \"tokenColumns\""), e.getMessage());
		Files.writeString(meta(), good.replace("\"version\":2", "\"version\":3"));
		e = assertThrows(StoreException.class, () -> ProjectFolder.open(dir.resolve("p")));
		assertTrue(e.reason().contains("written by a newer version of Assay"), e.getMessage());
	}

	@Test
	void aLenientOpenSkipsTheDocumentWithDamagedTokensAndNeverWritesOverIt() throws Exception {
		ProjectFolder folder = withTokens();
		folder.addDocument("other", "other", "Fine text.");
		String damaged = Files.readString(meta()).replace("\"6 2:4 1", "\"6 2:4 1 9");
		Files.writeString(meta(), damaged);
		ProjectFolder lenient = ProjectFolder.openLenient(dir.resolve("p"));
		assertEquals(1, lenient.problems().size());
		assertEquals(meta(), lenient.problems().get(0).file());
		assertEquals(List.of("other"), lenient.project().getDocuments().stream().map(Document::getId).toList());
		assertEquals(damaged, Files.readString(meta()));
	}

	@Test
	void annotationsBesideTokensAreSavedAsBefore() throws Exception {
		ProjectFolder folder = withTokens();
		Document d = folder.document("d");
		AnnotationSet gold = SetNames.findOrCreate(d, SetNames.GOLD);
		gold.getAnnotations().add(Spans.create(Schemas.label(folder.project().getSchema(), "entity", "ORGANIZATION"), 0, 9));
		folder.save(gold);
		Document back = ProjectFolder.open(dir.resolve("p")).document("d");
		assertEquals(1, SetNames.find(back, SetNames.GOLD).getAnnotations().size());
		assertEquals(tokens(), back.getTokens());
	}
}
