/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.assay.store.ProjectFolder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportExportVerbTest {

	static final String CONLL = """
			-DOCSTART- -X- -X- O

			Anna NNP I-NP I-PER
			Berg NNP I-NP I-PER
			joined VBD I-VP O
			Volvo NNP I-NP I-ORG
			in IN I-PP O
			Gothenburg NNP I-NP I-LOC
			. . O O

			-DOCSTART- -X- -X- O

			Rain NN I-NP O
			fell VBD I-VP O
			in IN I-PP O
			Oslo NNP I-NP I-LOC
			. . O O

			""";

	@TempDir
	Path dir;
	private final CliHarness cli = new CliHarness();
	private Path project;

	private int run(String... args) {
		return cli.run(args);
	}

	private String out() {
		return cli.out();
	}

	private String err() {
		return cli.err();
	}

	@BeforeEach
	void project() {
		project = dir.resolve("p");
		assertEquals(0, run("new", project.toString()), err());
	}

	@Test
	void importThenExportCoNllGivesTheFileBack() throws Exception {
		Path source = dir.resolve("news.conll");
		Files.writeString(source, CONLL);
		assertEquals(0, run("import", "conll2003", source.toString(), "--project", project.toString()), err());
		assertTrue(out().contains("imported 2 documents (2 new, 0 already in the project) into the set(s) gold"), out());
		assertTrue(out().contains("labels added to the schema: entity/PER, entity/ORG, entity/LOC"),
				out());
		assertEquals(0, run("info", "--project", project.toString()), err());
		assertTrue(out().matches("(?s).*entity/LOC\\s+2\\n.*"), out());
		Path back = dir.resolve("back.conll");
		assertEquals(0, run("export", "conll2003", "--project", project.toString(), "--out", back.toString()), err());
		assertTrue(out().contains("nothing was lost"), out());
		assertEquals(CONLL, Files.readString(back));
		assertEquals(0, run("export", "conll2003", "--project", project.toString(), "--out", back.toString(), "--scheme",
				"bioes", "--layers", "entity"), err());
		assertTrue(Files.readString(back).contains("Anna NNP I-NP B-PER\nBerg NNP I-NP E-PER\n"),
				"the imported tokens still give tokens, POS and chunks: " + Files.readString(back));
	}

	@Test
	void aBadFileImportsNothingAndNamesItsLine() throws Exception {
		Path source = dir.resolve("bad.conll");
		Files.writeString(source, CONLL.replace("Volvo NNP I-NP I-ORG", "Volvo NNP I-ORG"));
		assertEquals(1, run("import", "conll2003", source.toString(), "--project", project.toString()));
		assertEquals("assay import: " + source + ":6: expected 4 columns (token POS chunk tag), found 3\n", err());
		assertEquals(0, ProjectFolder.open(project).project().getDocuments().size());
	}

	@Test
	void exportsTheSampleInEveryFormatWithAReportAndSplits() throws Exception {
		Path sample = dir.resolve("sample");
		assertEquals(0, run("new", sample.toString(), "--sample"), err());
		assertEquals(0, run("export", "csv", "--project", sample.toString(), "--out", dir.resolve("c.csv").toString()));
		assertTrue(out().contains("exported 6 documents, 39 annotations"), out());
		assertTrue(out().contains("spans that are not claims, claimants or cues"), out());
		assertEquals(0, run("export", "brat", "--project", sample.toString(), "--out", dir.resolve("brat").toString()));
		assertTrue(Files.isRegularFile(dir.resolve("brat/01-port-expansion.ann")));
		assertEquals(0, run("export", "jsonl", "--project", sample.toString(), "--out", dir.resolve("s.jsonl").toString(),
				"--split", "50/17/33", "--seed", "3"));
		assertEquals(3, Files.readAllLines(dir.resolve("s-train.jsonl")).size());
		assertEquals(1, Files.readAllLines(dir.resolve("s-dev.jsonl")).size());
		assertEquals(2, Files.readAllLines(dir.resolve("s-test.jsonl")).size());
		assertTrue(out().contains("  test        2 document(s)  " + dir.resolve("s-test.jsonl")), "where each part went: " + out());
		Path copy = dir.resolve("copy");
		assertEquals(0, run("new", copy.toString()));
		assertEquals(0, run("import", "jsonl", dir.resolve("s-train.jsonl").toString(), "--project", copy.toString(),
				"--set", "alice"), err());
		assertTrue(out().contains("into the set(s) alice"), out());
	}

	@Test
	void badExportArgumentsExitWithTwo() {
		assertEquals(2, run("export", "docx", "--project", project.toString(), "--out", "x"));
		assertTrue(err().contains("cannot export 'docx'; formats: conll2003, brat, jsonl, csv"), err());
		assertEquals(2, run("export", "jsonl", "--project", project.toString()));
		assertTrue(err().contains("needs --out"), err());
		assertEquals(2, run("export", "jsonl", "--project", project.toString(), "--out", "x", "--layers", "nope"));
		assertEquals(2, run("import", "csv", "x", "--project", project.toString()));
		assertTrue(err().contains("cannot import 'csv'"), err());
		assertEquals(1, run("export", "jsonl", "--project", project.toString(), "--out", dir.resolve("x").toString()));
		assertTrue(err().contains("no document has the set 'gold'"), err());
		assertFalse(Files.exists(dir.resolve("x")));
	}
}
