/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.assay.cli.Cli;
import org.assay.cli.internal.VerbRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Agreement between PolNeAR's annotators on the training texts several of them annotated, through the
 * command line as a user runs it, and a merge of their work by two strategies. Skipped when
 * ../shared/data/polnear is not beside the checkout. Writes the table to target/polnear-agreement.txt and the
 * merges' reports to target/polnear-merge.txt (the README's figures).
 */
class PolnearAgreementTest {

	@TempDir
	Path dir;

	@Test
	void annotatorsOfTheSharedTrainingTextsAgreeMeasurably() throws Exception {
		Path train = Path.of(System.getProperty("assay.shared", "../shared")).resolve("data/polnear/train");
		assumeTrue(Files.isDirectory(train), "../shared/data/polnear is not beside the checkout");
		// texts with more than one annotator's file: TEXT_CODE.ann
		Map<String, List<Path>> byText = new TreeMap<>();
		try (Stream<Path> anns = Files.list(train.resolve("attributions"))) {
			for (Path ann : anns.toList()) {
				String name = ann.getFileName().toString();
				String text = name.substring(0, name.lastIndexOf('_'));
				byText.computeIfAbsent(text, k -> new java.util.ArrayList<>()).add(ann);
			}
		}
		Path source = dir.resolve("source");
		Files.createDirectories(source.resolve("text"));
		Files.createDirectories(source.resolve("attributions"));
		TreeSet<String> codes = new TreeSet<>();
		int texts = 0;
		for (Map.Entry<String, List<Path>> e : byText.entrySet()) {
			if (e.getValue().size() > 1) {
				texts++;
				Files.copy(train.resolve("text").resolve(e.getKey() + ".txt"), source.resolve("text/" + e.getKey() + ".txt"));
				for (Path ann : e.getValue()) {
					Files.copy(ann, source.resolve("attributions").resolve(ann.getFileName()));
					String name = ann.getFileName().toString();
					codes.add(name.substring(name.lastIndexOf('_') + 1, name.length() - 4));
				}
			}
		}
		assertTrue(texts >= 10, "PolNeAR train has texts annotated by several annotators: " + texts);
		// the brat import puts the first annotator's file (by name) into gold, the others into gold-CODE
		List<String> sets = new java.util.ArrayList<>();
		sets.add("gold");
		codes.stream().skip(1).map(c -> "gold-" + c).forEach(sets::add);

		Path project = dir.resolve("p");
		run("new", project.toString());
		run("import", "brat", source.toString(), "--project", project.toString(), "--layer", "claim");
		String table = run("agreement", "--project", project.toString(), "--sets", String.join(",", sets));
		String json = run("agreement", "--project", project.toString(), "--sets", String.join(",", sets), "--json");
		Files.createDirectories(Path.of("target"));
		Files.writeString(Path.of("target/polnear-agreement.txt"), table);
		Files.writeString(Path.of("target/polnear-agreement.json"), json);
		assertTrue(table.startsWith("agreement of " + String.join(", ", sets) + ": "), table);
		assertTrue(table.matches("(?s).*\\n  all +\\d{3,} +0\\.\\d{3} +0\\.\\d{3} +0\\.\\d{3} +0\\.\\d{3} +\\d+\\n.*"), table);
		assertTrue(json.contains("\"label\":\"Source\""), json.substring(0, 400));

		String unanimous = run("merge", "--project", project.toString(), "--sets", String.join(",", sets), "--into",
				"unanimous", "--strategy", "unanimous");
		String majority = run("merge", "--project", project.toString(), "--sets", String.join(",", sets), "--into",
				"majority", "--strategy", "min:" + (sets.size() / 2 + 1));
		Files.writeString(Path.of("target/polnear-merge.txt"), unanimous + "\n" + majority);
		assertTrue(unanimous.matches("(?s).*\\n  all +[1-9]\\d* +[1-9]\\d* +0\\n.*"), unanimous);
		assertTrue(majority.matches("(?s).*\\n  all +[1-9]\\d* +[1-9]\\d* +0\\n.*"), majority);
	}

	private String run(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = new Cli(VerbRegistry.verbs(), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
		assertEquals(0, code, () -> err.toString(StandardCharsets.UTF_8));
		return out.toString(StandardCharsets.UTF_8);
	}
}
