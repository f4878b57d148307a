/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.formats.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.assay.formats.ExportReport;
import org.assay.formats.FormatException;
import org.assay.formats.ImportOptions;
import org.assay.formats.jsonl.JsonlFormat;
import org.assay.sample.SampleProject;
import org.assay.store.ProjectFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlTest {

	@TempDir
	Path dir;
	final JsonlFormat jsonl = new JsonlFormat();

	@Test
	void theSampleProjectRoundTripsWithDiscontinuousSpansLinksAndFeatures() throws Exception {
		ProjectFolder sample = SampleProject.create(dir.resolve("sample"));
		Path out = dir.resolve("sample.jsonl");
		ExportReport report = Projects.export(jsonl, sample, "gold", out, "iob1");
		assertEquals(6, Files.readAllLines(out).size(), "one line per document");
		assertEquals(report.annotationsWritten(), report.count(ExportReport.PROVENANCE_DETAILS),
				"the sample's author is reported as not written, once per annotation");
		ProjectFolder back = Projects.imported(jsonl, out, dir.resolve("back"), ImportOptions.defaults());
		assertEquals(Projects.describe(sample, "gold", true), Projects.describe(back, "gold", true));
		assertEquals(sample.project().getDocuments().get(0).getText(), back.project().getDocuments().get(0).getText());
	}

	@Test
	void nonAsciiTextAndDocumentLabelsSurvive() throws Exception {
		Path in = dir.resolve("in.jsonl");
		Files.writeString(in, """
				{"document":"zoe","text":"Zoë met 東京 officials 😀 today.","spans":[{"id":"s1","begin":0,"end":3,"layer":"entity","label":"PERSON","status":"proposed","features":{"note":"a \\"quoted\\" note"}},{"id":"s2","begin":8,"end":10,"layer":"entity","label":"LOCATION"},{"id":"s3","begin":23,"end":28,"layer":"entity","label":"DATE"}],"labels":[{"id":"d1","layer":"document","label":"NEWS"}],"links":[{"from":"s1","to":"s2","role":"visits"}]}
				""");
		ProjectFolder p = Projects.imported(jsonl, in, dir.resolve("p"), ImportOptions.defaults());
		List<String> described = Projects.describe(p, "gold", true);
		assertTrue(described.contains("zoe entity/PERSON[0,3] proposed {note=a \"quoted\" note}"), described.toString());
		assertTrue(described.contains("zoe document/NEWS accepted"), described.toString());
		assertTrue(described.contains("zoe entity/DATE[24,29] accepted"), "offsets count code points: " + described);
		assertTrue(described.contains("zoe LINK visits entity/PERSON[0,3] -> entity/LOCATION[8,10]"), described.toString());
		Path out = dir.resolve("out.jsonl");
		Projects.export(jsonl, p, "gold", out, "iob1");
		ProjectFolder again = Projects.imported(jsonl, out, dir.resolve("again"), ImportOptions.defaults());
		assertEquals(described, Projects.describe(again, "gold", true));
	}

	@Test
	void badLinesNameTheirLine() throws Exception {
		String ok = "{\"document\":\"a\",\"text\":\"Hello world\",\"spans\":[]}\n";
		String[][] cases = { { ok + "{\"document\":\"b\",\"text\":\"x\",\"spans\":[{\"begin\":0,\"end\":1}]}\n", "2", "no \"label\"" },
				{ ok + ok.replace("\"a\"", "\"b\"") + "{\"document\":\"c\",\"text\":", "3", "not valid JSON" },
				{ "[1,2]\n", "1", "expected a JSON object" },
				{ ok + "{\"document\":\"b\",\"text\":\"xy\",\"spans\":[{\"label\":\"P\",\"begin\":\"0\",\"end\":1}]}", "2",
						"\"begin\" must be a whole number" } };
		for (String[] c : cases) {
			Path in = dir.resolve("bad.jsonl");
			Files.writeString(in, c[0]);
			FormatException e = assertThrows(FormatException.class, () -> jsonl.importer().read(in, ImportOptions.defaults()));
			assertEquals(Integer.parseInt(c[1]), e.line(), e.getMessage());
			assertTrue(e.reason().contains(c[2]), e.getMessage());
		}
	}

	@Test
	void aSpanOutsideTheTextOrALinkToNothingImportsNothing() throws Exception {
		ProjectFolder p = Projects.empty(dir.resolve("p"));
		Path in = dir.resolve("bad.jsonl");
		Files.writeString(in, "{\"document\":\"a\",\"text\":\"Hello\",\"spans\":[]}\n"
				+ "{\"document\":\"b\",\"text\":\"Hi\",\"spans\":[{\"id\":\"x\",\"label\":\"P\",\"begin\":0,\"end\":9}]}\n");
		FormatException e = assertThrows(FormatException.class, () -> jsonl.importer().read(in, ImportOptions.defaults()));
		assertEquals(2, e.line());
		assertTrue(e.reason().contains("outside the text"), e.reason());
		assertEquals(0, p.project().getDocuments().size(), "the good first document was not imported either");
		Files.writeString(in, "{\"document\":\"a\",\"text\":\"Hello\",\"spans\":[{\"id\":\"x\",\"label\":\"P\",\"begin\":0,\"end\":1}],"
				+ "\"links\":[{\"from\":\"x\",\"to\":\"y\",\"role\":\"r\"}]}\n");
		var dangling = jsonl.importer().read(in, ImportOptions.defaults());
		FormatException e2 = assertThrows(FormatException.class,
				() -> org.assay.formats.Importing.apply(p, dangling, ImportOptions.defaults()));
		assertTrue(e2.reason().contains("'y'"), e2.reason());
	}
}
