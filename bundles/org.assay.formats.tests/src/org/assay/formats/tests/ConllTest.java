/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.formats.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.assay.formats.ExportReport;
import org.assay.formats.FormatException;
import org.assay.formats.ImportData;
import org.assay.formats.ImportOptions;
import org.assay.formats.ImportedDocument;
import org.assay.formats.Importing;
import org.assay.formats.conll.Conll2003Format;
import org.assay.model.AnnotationSet;
import org.assay.model.AssayFactory;
import org.assay.model.Link;
import org.assay.model.Document;
import org.assay.model.Span;
import org.assay.model.support.Schemas;
import org.assay.model.support.SetNames;
import org.assay.model.support.Spans;
import org.assay.store.ProjectFolder;
import org.assay.text.Segmentation;
import org.assay.text.Segmenter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ConllTest {

	static final String IOB1 = """
			-DOCSTART- -X- O O

			EU NNP I-NP I-ORG
			rejects VBZ I-VP O
			German JJ I-NP I-MISC
			call NN I-NP O
			. . O O

			Peter NNP I-NP I-PER
			Blackburn NNP I-NP I-PER
			Paul NNP I-NP B-PER
			Smith NNP I-NP I-PER

			-DOCSTART- -X- O O

			In IN I-PP O
			Zürich NNP I-NP I-LOC
			. . O O

			""";

	@TempDir
	Path dir;
	final Conll2003Format conll = new Conll2003Format();

	private Path write(String name, String content) throws Exception {
		Path file = dir.resolve(name);
		Files.writeString(file, content, StandardCharsets.UTF_8);
		return file;
	}

	@Test
	void readsDocumentsTokensAndIob1Entities() throws Exception {
		ImportData data = conll.importer().read(write("tiny.conll", IOB1), ImportOptions.defaults());
		assertEquals(2, data.documents().size());
		ImportedDocument first = data.documents().get(0);
		assertEquals("EU rejects German call .\nPeter Blackburn Paul Smith", first.text());
		List<String> entities = first.spans().stream().filter(s -> s.layer() == null)
				.map(s -> s.label() + ":" + first.text().substring(s.fragments().get(0)[0], s.fragments().get(0)[1]))
				.toList();
		assertEquals(List.of("ORG:EU", "MISC:German", "PER:Peter Blackburn", "PER:Paul Smith"), entities);
		assertEquals(4, first.spans().size(), "the entities only: tokens are the document's, not annotations");
		assertEquals(9, first.tokens().size());
		assertEquals(2, first.tokens().sentenceCount());
		assertEquals(5, first.tokens().sentenceStart(1));
		assertEquals("Blackburn", first.text().substring(first.tokens().begin(6), first.tokens().end(6)));
		assertEquals("VBZ", first.tokens().value(Conll2003Format.POS, 1));
		assertEquals("I-VP", first.tokens().value(Conll2003Format.CHUNK, 1));
	}

	@Test
	void anImportStoresTokensWithTheDocumentAndNoTokenLayer() throws Exception {
		ProjectFolder folder = Projects.imported(conll, write("tiny.conll", IOB1), dir.resolve("p"),
				ImportOptions.defaults());
		assertEquals(null, Schemas.layer(folder.project().getSchema(), "token"));
		Document first = ProjectFolder.open(dir.resolve("p")).document("tiny-0001");
		assertEquals(9, first.getTokens().size());
		assertEquals(4, SetNames.find(first, "gold").getAnnotations().size());
		// the labels the import adds have keys beside the standard schema's (PERSON has p, ORGANIZATION o, ...)
		var entity = Schemas.layer(ProjectFolder.open(dir.resolve("p")).project().getSchema(), "entity");
		assertEquals(List.of("ORG=r", "MISC=i", "PER=e", "LOC=b"), entity.getLabels().stream()
				.skip(8).map(l -> l.getName() + "=" + l.getKey()).toList());
		String meta = Files.readString(dir.resolve("p/documents/tiny-0001.json"));
		assertTrue(meta.contains("\"sentences\":[\n[\"2 7 6 4 1\",\"NNP VBZ JJ NN .\",\"I-NP I-VP I-NP I-NP O\"],\n"
				+ "[\"5 9 4 5\",\"NNP NNP NNP NNP\",\"I-NP I-NP I-NP I-NP\"]\n]"), meta);
	}

	@Test
	void aTagWithWhiteSpaceInsideIsAnErrorWithItsLine() throws Exception {
		Path file = write("odd.conll", IOB1.replace("call NN I-NP O", "call N\u000BN I-NP O"));
		FormatException e = assertThrows(FormatException.class, () -> conll.importer().read(file, ImportOptions.defaults()));
		assertEquals(6, e.line(), e.getMessage());
		assertTrue(e.reason().contains("holds white space"), e.getMessage());
	}

	@Test
	void importThenExportGivesTheSameFileBack() throws Exception {
		Path source = write("tiny.conll", IOB1);
		ProjectFolder folder = Projects.imported(conll, source, dir.resolve("p"), ImportOptions.defaults());
		Path out = dir.resolve("out.conll");
		ExportReport report = Projects.export(conll, folder, "gold", out, "iob1");
		assertEquals(IOB1, Files.readString(out));
		assertTrue(report.isLossless(), () -> report.entries().get(0).what());
		// and from the saved project, too
		Projects.export(conll, ProjectFolder.open(dir.resolve("p")), "gold", out, "iob1");
		assertEquals(IOB1, Files.readString(out));
	}

	@ParameterizedTest(name = "a file ending in {0} blank lines")
	@ValueSource(ints = { 0, 2, 3 })
	void aFileEndingInOtherThanOneBlankLineComesBackAsItWas(int blankLines) throws Exception {
		String content = IOB1.substring(0, IOB1.length() - 1) + "\n".repeat(blankLines);
		Path source = write("ends.conll", content);
		Projects.imported(conll, source, dir.resolve("p" + blankLines), ImportOptions.defaults());
		Path out = dir.resolve("ends.out.conll");
		ExportReport report = Projects.export(conll, ProjectFolder.open(dir.resolve("p" + blankLines)), "gold", out,
				"iob1");
		assertEquals(content, Files.readString(out));
		assertTrue(report.isLossless());
	}

	@Test
	void exportsIob2AndBioesAndReadsThemBackToTheSameEntities() throws Exception {
		ProjectFolder folder = Projects.imported(conll, write("tiny.conll", IOB1), dir.resolve("p"),
				ImportOptions.defaults());
		Path bio = Files.createDirectories(dir.resolve("bio")).resolve("tiny.conll");
		Projects.export(conll, folder, "gold", bio, "iob2");
		String bioText = Files.readString(bio);
		assertTrue(bioText.contains("EU NNP I-NP B-ORG\n"), bioText);
		assertTrue(bioText.contains("Blackburn NNP I-NP I-PER\nPaul NNP I-NP B-PER\n"), bioText);
		Path bioes = Files.createDirectories(dir.resolve("bioes")).resolve("tiny.conll");
		Projects.export(conll, folder, "gold", bioes, "bioes");
		String bioesText = Files.readString(bioes);
		assertTrue(bioesText.contains("EU NNP I-NP S-ORG\n"), bioesText);
		assertTrue(bioesText.contains("Peter NNP I-NP B-PER\nBlackburn NNP I-NP E-PER\n"), bioesText);
		List<String> original = Projects.describe(folder, "gold", true);
		for (Path p : List.of(bio, bioes)) {
			ProjectFolder again = Projects.imported(conll, p, dir.resolve("again-" + p.getParent().getFileName()),
					ImportOptions.defaults());
			assertEquals(original, Projects.describe(again, "gold", true), p.toString());
		}
	}

	@Test
	void whatOneTagColumnCannotHoldIsCounted() throws Exception {
		ProjectFolder folder = Projects.empty(dir.resolve("p"));
		Document d = folder.addDocument("d", "d", "Acme Corp chief Jane Doe said the U.S. economy grew.");
		AnnotationSet gold = SetNames.findOrCreate(d, "gold");
		var schema = folder.project().getSchema();
		Span org = Spans.create(Schemas.label(schema, "entity", "ORGANIZATION"), 0, 9);
		Span acme = Spans.create(Schemas.label(schema, "entity", "ORGANIZATION"), 0, 4); // nested
		Span jane = Spans.create(Schemas.label(schema, "entity", "PERSON"), 16, 24);
		Span inside = Spans.create(Schemas.label(schema, "entity", "LOCATION"), 34, 36); // "U." inside "U.S"
		Span claim = Spans.create(Schemas.label(schema, "claim", "CLAIM"), 30, 51);
		gold.getAnnotations().addAll(List.of(org, acme, jane, inside, claim));
		Link link = AssayFactory.eINSTANCE.createLink();
		link.setRole("claimant");
		link.setSource(claim);
		link.setTarget(jane);
		gold.getAnnotations().add(link);
		Path out = dir.resolve("out.conll");
		ExportReport report = Projects.export(conll, folder, "gold", out, "iob1");
		assertEquals(1, report.count("overlapping or nested spans (CoNLL tags each token once)"));
		assertEquals(1, report.count("links (CoNLL has no relations)"));
		assertEquals(1, report.count("spans of layers other than 'entity' (CoNLL has one tag column)"));
		assertEquals(1, report.count("span boundaries inside a token (widened to whole tokens)"));
		String text = Files.readString(out);
		assertTrue(text.contains("Acme _ _ I-ORGANIZATION\nCorp _ _ I-ORGANIZATION\n"), text);
		assertTrue(text.contains("U.S. _ _ I-LOCATION\neconomy _ _ O\n"), text);
	}

	@Test
	void aDocumentWithoutTokensIsSplitAsTheEnginesSplitIt() throws Exception {
		ProjectFolder folder = Projects.empty(dir.resolve("p"));
		String body = "Former President Richard M. Nixon visited the U.S. Senate on Jan. 5. He left.";
		Document d = folder.addDocument("d", "d", body);
		AnnotationSet gold = SetNames.findOrCreate(d, "gold");
		gold.getAnnotations().add(Spans.create(Schemas.label(folder.project().getSchema(), "entity", "PERSON"), 17, 33));
		Path out = dir.resolve("out.conll");
		Projects.export(conll, folder, "gold", out, "iob2");
		String text = Files.readString(out);
		assertTrue(text.contains("Richard _ _ B-PERSON\nM. _ _ I-PERSON\nNixon _ _ I-PERSON\n"), text);
		assertTrue(text.contains("\nU.S. _ _ O\nSenate"), text);
		Segmentation engines = Segmenter.get().segment(body);
		String[] blocks = text.substring(text.indexOf("\n\n") + 2).strip().split("\n\n");
		assertEquals(engines.sentenceCount(), blocks.length, text);
		assertEquals(2, blocks.length, "no break after the initial, nor after Jan.");
		int token = 0;
		for (String block : blocks) {
			for (String line : block.split("\n")) {
				assertEquals(engines.token(token++), line.substring(0, line.indexOf(' ')));
			}
		}
		assertEquals(engines.tokenCount(), token);
	}

	@Test
	void badInputNamesFileAndLineAndImportsNothing() throws Exception {
		ProjectFolder folder = Projects.empty(dir.resolve("p"));
		String good = IOB1;
		String[][] cases = {
				{ good.replace("call NN I-NP O", "call NN O"), "6", "expected 4 columns" },
				{ good.replace("Zürich NNP I-NP I-LOC", "Zürich NNP I-NP X-LOC"), "17", "unknown tag 'X-LOC'" },
				{ good.substring(0, good.indexOf("Smith NNP") + 9), "12", "is the file truncated?" }, };
		for (String[] c : cases) {
			Path file = write("bad.conll", c[0]);
			FormatException e = assertThrows(FormatException.class,
					() -> conll.importer().read(file, ImportOptions.defaults()));
			assertEquals(file, e.file());
			assertEquals(Integer.parseInt(c[1]), e.line(), e.getMessage());
			assertTrue(e.reason().contains(c[2]), e.getMessage());
		}
		byte[] latin1 = good.replace("Zürich", "Z\u00fcrich").getBytes(StandardCharsets.ISO_8859_1);
		Path file = dir.resolve("latin1.conll");
		Files.write(file, latin1);
		FormatException e = assertThrows(FormatException.class, () -> conll.importer().read(file, ImportOptions.defaults()));
		assertEquals(17, e.line());
		assertTrue(e.reason().contains("not UTF-8"), e.reason());
		assertEquals(0, folder.project().getDocuments().size());
		assertEquals(0, Projects.countFiles(dir.resolve("p/documents")), "nothing was imported");
	}

	/** A folder's files are parsed on every core; the error reported is still the first in name order. */
	@Test
	void aFolderWithSeveralBadFilesNamesTheFirstInNameOrder() throws Exception {
		Path folder = Files.createDirectories(dir.resolve("corpus"));
		for (int i = 0; i < 200; i++) {
			String content = IOB1;
			if (i == 57) {
				content = IOB1.replace("call NN I-NP O", "call NN O");
			} else if (i == 58 || i == 120 || i == 199) {
				content = IOB1.replace("Zürich NNP I-NP I-LOC", "Zürich NNP I-NP X-LOC");
			}
			Files.writeString(folder.resolve(String.format("f%03d.conll", i)), content, StandardCharsets.UTF_8);
		}
		for (int round = 0; round < 5; round++) { // whichever thread finds which failure first
			FormatException e = assertThrows(FormatException.class,
					() -> conll.importer().read(folder, ImportOptions.defaults()));
			assertEquals(folder.resolve("f057.conll"), e.file(), e.getMessage());
			assertEquals(6, e.line(), e.getMessage());
		}
		Files.writeString(folder.resolve("f057.conll"), IOB1, StandardCharsets.UTF_8);
		FormatException e = assertThrows(FormatException.class, () -> conll.importer().read(folder, ImportOptions.defaults()));
		assertEquals(folder.resolve("f058.conll"), e.file(), e.getMessage());
		assertEquals(17, e.line(), e.getMessage());
	}

	@Test
	void aFolderIsReadInNameOrderWhateverTheThreads() throws Exception {
		Path folder = Files.createDirectories(dir.resolve("corpus"));
		for (int i = 0; i < 300; i++) {
			Files.writeString(folder.resolve(String.format("f%03d.conll", i)), IOB1.replace("Zürich", "Zürich" + i),
					StandardCharsets.UTF_8);
		}
		List<ImportedDocument> documents = conll.importer().read(folder, ImportOptions.defaults()).documents();
		assertEquals(600, documents.size());
		for (int i = 0; i < 300; i++) {
			assertEquals(String.format("f%03d-0002", i), documents.get(2 * i + 1).id());
			assertTrue(documents.get(2 * i + 1).text().contains("Zürich" + i + " ."), documents.get(2 * i + 1).text());
		}
	}

	@Test
	void aDocumentWithAnotherTextStopsTheImportBeforeAnyChange() throws Exception {
		ProjectFolder folder = Projects.imported(conll, write("tiny.conll", IOB1), dir.resolve("p"),
				ImportOptions.defaults());
		String changed = IOB1.replace("Zürich", "Basel");
		ImportData data = conll.importer().read(write("tiny.conll", changed), ImportOptions.defaults());
		ImportOptions alice = new ImportOptions("alice", "entity", java.util.Map.of(), false);
		FormatException e = assertThrows(FormatException.class, () -> Importing.apply(folder, data, alice));
		assertTrue(e.reason().contains("another text"), e.reason());
		Document first = folder.project().getDocuments().get(0);
		assertEquals(null, SetNames.find(first, "alice"), "no set was filled for the first document either");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "eng.train, 946", "eng.testa, 216" }) // eng.testa ends in two blank lines, eng.train in one
	void theConll2003FilesComeBackTokenForTokenAndTagForTag(String name, int documents) throws Exception {
		Path train = Projects.shared("data/conll2003/" + name);
		assumeTrue(train != null, "../shared/data/conll2003 is not beside the checkout");
		ProjectFolder folder = Projects.imported(conll, train, dir.resolve("p"), ImportOptions.defaults());
		assertEquals(documents, folder.project().getDocuments().size());
		Path out = dir.resolve(name + ".out");
		ExportReport report = Projects.export(conll, ProjectFolder.open(dir.resolve("p")), "gold", out, "iob1");
		assertTrue(report.isLossless());
		List<String> expected = Files.readAllLines(train);
		List<String> actual = Files.readAllLines(out);
		for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
			assertEquals(expected.get(i), actual.get(i), "line " + (i + 1));
		}
		assertEquals(Files.readString(train), Files.readString(out), "identical, byte for byte");
	}
}
