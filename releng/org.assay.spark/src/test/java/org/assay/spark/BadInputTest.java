/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input: a file that cannot be read as text and a table row without text are reported with their ids
 * (listed in the failures file) while the other documents are annotated; input the job cannot start from ends
 * with one clear line naming it.
 */
class BadInputTest {

	@TempDir
	Path dir;

	private static final String TEXT = "Senator Jane Miller said on Tuesday that the bill \"will not pass\".\n";

	@Test
	void aFileThatIsNotUtf8IsReportedWithItsIdAndTheOthersAreAnnotated() throws Exception {
		Path texts = Files.createDirectories(dir.resolve("texts"));
		Files.writeString(texts.resolve("good.txt"), TEXT);
		Files.write(texts.resolve("bad.txt"), new byte[] { 'a', '\n', 'b', (byte) 0xff, (byte) 0xfe, '\n' });
		Path output = dir.resolve("out.jsonl");
		AnnotateJob.Summary s = run(texts, Inputs.Kind.TEXT, output);
		assertEquals(1, s.documents());
		assertEquals(1, s.failures().size(), s.failures().toString());
		String failure = s.failures().get(0);
		assertTrue(failure.startsWith("bad\t"), failure);
		assertTrue(failure.contains("bad.txt:2") && failure.contains("not UTF-8"), failure);
		assertEquals(List.of(failure), Files.readAllLines(Path.of(output + ".failures")));
		List<String> lines = Files.readAllLines(output);
		assertEquals(1, lines.size());
		assertTrue(lines.get(0).startsWith("{\"document\":\"good\""), lines.get(0));
	}

	@Test
	void aJsonRowWithoutTextIsReportedWithItsId() throws Exception {
		Path table = dir.resolve("rows.json");
		Files.writeString(table, "{\"id\": \"a\", \"text\": \"" + TEXT.strip().replace("\"", "\\\"") + "\"}\n"
				+ "{\"id\": \"b\", \"title\": \"no text here\"}\n{\"id\": \"c\", \"text\": \"Paris.\"}\n");
		AnnotateJob.Summary s = run(table, Inputs.Kind.JSON, dir.resolve("out.jsonl"));
		assertEquals(2, s.documents());
		assertEquals(1, s.failures().size(), s.failures().toString());
		assertTrue(s.failures().get(0).startsWith("b\t") && s.failures().get(0).contains("has no text"),
				s.failures().get(0));
	}

	@Test
	void aTableWithoutATextColumnOrAJsonlLineWithoutTextStopsWithItsName() throws Exception {
		Path table = dir.resolve("rows.json");
		Files.writeString(table, "{\"id\": \"a\", \"body\": \"x\"}\n");
		InputException e = assertThrows(InputException.class,
				() -> Inputs.read(TestSpark.get(), table.toString(), Inputs.Kind.JSON));
		assertTrue(e.getMessage().startsWith(table + ": no 'text' column"), e.getMessage());

		Path jsonl = dir.resolve("in.jsonl");
		Files.writeString(jsonl, "{\"document\": \"a\", \"text\": \"Hello.\"}\n{\"document\": \"b\"}\n");
		e = assertThrows(InputException.class, () -> Inputs.read(TestSpark.get(), jsonl.toString(), Inputs.Kind.JSONL));
		assertTrue(e.getMessage().startsWith(jsonl + ":2: ") && e.getMessage().contains("\"text\""), e.getMessage());
	}

	@Test
	void aMissingInputOrBadArgumentsEndWithOneLineAndTheirExitCode() {
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		PrintStream errs = new PrintStream(err, true, StandardCharsets.UTF_8);
		PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
		Path missing = dir.resolve("nothing-here");
		assertEquals(1, AssaySpark.run(new String[] { "annotate", "--input", missing.toString(), "--output",
				dir.resolve("o.jsonl").toString() }, out, errs));
		assertEquals("assay-spark: " + missing + ": no such file or folder", err.toString(StandardCharsets.UTF_8).strip());
		err.reset();
		assertEquals(2, AssaySpark.run(new String[] { "annotate", "--input", dir.toString(), "--output", "o.jsonl",
				"--engines", "entities,nope" }, out, errs));
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("no engine 'nope'"), err.toString(StandardCharsets.UTF_8));
		err.reset();
		assertEquals(2, AssaySpark.run(new String[] { "annotate", "--input", dir.toString(), "--output", "o.jsonl",
				"--engines", "learned" }, out, errs));
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("needs --model"), err.toString(StandardCharsets.UTF_8));
	}

	private static AnnotateJob.Summary run(Path input, Inputs.Kind kind, Path output) throws Exception {
		return AnnotateJob.run(TestSpark.get(), Inputs.read(TestSpark.get(), input.toString(), kind),
				new RunSpec(List.of("entities", "claims"), null, false, Map.of(), 0L), output.toString(), null);
	}
}
