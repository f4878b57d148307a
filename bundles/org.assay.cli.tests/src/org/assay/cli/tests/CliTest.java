/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.assay.cli.Verb;
import org.assay.cli.internal.VerbRegistry;
import org.assay.store.ProjectFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

	@TempDir
	Path dir;

	private final CliHarness cli = new CliHarness();

	private int run(String... args) {
		return cli.run(args);
	}

	private String out() {
		return cli.out();
	}

	private String err() {
		return cli.err();
	}

	@Test
	void theBuiltInVerbsComeThroughTheExtensionPoint() {
		List<String> names = VerbRegistry.verbs().stream().map(Verb::name).filter(n -> !n.startsWith("test-")).toList();
		assertEquals(List.of("new", "info", "import", "assign", "annotate", "train", "evaluate", "agreement", "merge", "report", "export"), names, "ordered as contributed");
	}

	/** The fake verbs of this bundle's plugin.xml: the good one runs, the bad ones are left out. */
	@Test
	void aContributedVerbRunsAndTheBadOnesAreLeftOut() {
		List<String> names = VerbRegistry.verbs().stream().map(Verb::name).toList();
		assertTrue(names.contains("test-echo"), names.toString());
		assertFalse(names.contains("test-misnamed"), "its class is named test-echo");
		assertFalse(names.contains("test-not-a-verb"), "java.lang.Object is no Verb");
		assertEquals("test-echo", names.get(names.size() - 1), "ordered by its order, 900");
		assertEquals(0, run("test-echo", "plug", "in", "--upper"), err());
		assertEquals("PLUG IN\n", out());
		assertEquals(0, run("--help"));
		assertTrue(out().contains("test-echo"), out());
		assertSame(VerbRegistry.verbs().get(0), VerbRegistry.verbs().get(0), "read once, kept");
	}

	@Test
	void helpListsVerbsAndEachVerbHasItsOwn() {
		assertEquals(0, run("--help"));
		assertTrue(out().matches("(?s).*\\n  new +DIR \\[--from FOLDER\\].*"), out());
		assertTrue(out().matches("(?s).*\\n  info +--project DIR.*"), out());
		assertEquals(0, run("info", "--help"));
		assertTrue(out().startsWith("Usage: assay info --project DIR"), out());
		assertEquals(0, run("help", "new"));
		assertTrue(out().contains("--from FOLDER"), out());
	}

	@Test
	void newImportsEveryTextFileOfAFolder() throws Exception {
		Path texts = Files.createDirectories(dir.resolve("texts"));
		Files.writeString(texts.resolve("b-second.txt"), "Second headline\n\nBody of the second.\n");
		Files.writeString(texts.resolve("a-first.txt"), "First headline\n\nBody with ünïcödé.\n");
		Files.writeString(texts.resolve("notes.md"), "not a text file to import");
		assertEquals(0, run("new", dir.resolve("p").toString(), "--from", texts.toString()), err());
		assertTrue(out().contains("with 2 documents"), out());
		ProjectFolder p = ProjectFolder.open(dir.resolve("p"));
		assertEquals("p", p.project().getName());
		assertEquals(List.of("a-first", "b-second"), p.project().getDocuments().stream().map(d -> d.getId()).toList());
		assertEquals("First headline", p.project().getDocuments().get(0).getTitle());
		assertTrue(p.project().getDocuments().get(0).getText().contains("ünïcödé"));
	}

	@Test
	void aBadTextFileStopsNewWithNothingCreated() throws Exception {
		Path texts = Files.createDirectories(dir.resolve("texts"));
		Files.writeString(texts.resolve("a.txt"), "fine\n");
		Files.write(texts.resolve("b.txt"), new byte[] { 'l', 'i', 'n', 'e', '\n', 'c', 'a', 'f', (byte) 0xE9 });
		assertEquals(1, run("new", dir.resolve("p").toString(), "--from", texts.toString()));
		assertTrue(err().contains(texts.resolve("b.txt") + ":2: not UTF-8"), err());
		assertEquals(1, err().lines().count(), "one line names the problem");
		assertFalse(Files.exists(dir.resolve("p")), "nothing is created half-way");
	}

	@Test
	void infoCountsTheSampleProject() {
		assertEquals(0, run("new", dir.resolve("s").toString(), "--sample"), err());
		assertEquals(0, run("info", "--project", dir.resolve("s").toString()), err());
		String info = out();
		assertTrue(info.contains("documents  6"), info);
		java.util.regex.Matcher gold = java.util.regex.Pattern.compile("\\ngold\\s+6\\s+(\\d+)\\s+(\\d+)\\s+0\\s+0\\s+6\\n")
				.matcher(info);
		assertTrue(gold.find(), info);
		int links = info.lines().filter(l -> l.strip().startsWith("link/")).limit(3)
				.mapToInt(l -> Integer.parseInt(l.strip().split("\\s+")[1])).sum();
		assertEquals(links, Integer.parseInt(gold.group(2)), "links counted apart: " + info);
		assertTrue(Integer.parseInt(gold.group(1)) > 158 + 39, "the entities and claims, links not among them: " + info);
		assertTrue(info.matches("(?s).*entity/PERSON\\s+\\d+.*"), info);
		assertTrue(info.matches("(?s).*link/claimant\\s+39\\n.*"), info);
	}

	@Test
	void aMissingOrMalformedProjectExitsNonZeroWithOneLine() throws Exception {
		assertEquals(1, run("info", "--project", dir.resolve("nowhere").toString()));
		assertEquals(1, err().lines().count());
		assertTrue(err().contains("no such project folder"), err());

		assertEquals(0, run("new", dir.resolve("s").toString(), "--sample"), err());
		Path gold = dir.resolve("s/annotations/02-wheat-prices/gold.json");
		Files.writeString(gold, Files.readString(gold).replace("\"label\":\"MONEY\"", "\"label\":\"CASH\""));
		assertEquals(1, run("info", "--project", dir.resolve("s").toString()));
		assertEquals(1, err().lines().count(), err());
		assertTrue(err().matches("assay info: .*gold\\.json:\\d+: unknown label 'CASH' in layer 'entity'.*\\n"), err());
	}

	@Test
	void badArgumentsExitWithTwo() {
		assertEquals(2, run("frobnicate"));
		assertTrue(err().contains("unknown verb 'frobnicate'"), err());
		assertEquals(2, run(dir.toString()));
		assertTrue(err().contains("is a folder, not a verb: 'assay PROJECT' opens a project folder (one with "
				+ "assay-project.json) in the workbench, and 'assay new PROJECT --from " + dir + "' makes one"), err());
		assertEquals(2, run("info"));
		assertTrue(err().contains("needs --project"), err());
		assertEquals(2, run("info", "--project", "x", "--colour", "red"));
		assertTrue(err().contains("unknown option --colour"), err());
		assertEquals(2, run("new"));
		assertEquals(2, run("new", dir.resolve("x").toString(), "--sample", "--name", "n"));
	}

	@Test
	void newRefusesAFolderThatIsNotEmpty() throws Exception {
		Files.writeString(Files.createDirectories(dir.resolve("full")).resolve("keep.txt"), "mine");
		assertEquals(1, run("new", dir.resolve("full").toString()));
		assertTrue(err().contains("is not empty"), err());
		assertEquals("mine", Files.readString(dir.resolve("full/keep.txt")));
	}
}
