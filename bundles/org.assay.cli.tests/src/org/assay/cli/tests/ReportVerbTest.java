/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.assay.model.Annotation;
import org.assay.model.AnnotationSet;
import org.assay.model.AnnotationStatus;
import org.assay.model.support.SetNames;
import org.assay.store.ProjectFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** report engines: what an annotator made of the entity engine's proposals on a sample article. */
class ReportVerbTest {

	@TempDir
	Path dir;
	private final CliHarness cli = new CliHarness();

	@Test
	void theEngineReportCountsDecisionsFromTheProvenance() throws Exception {
		Path project = dir.resolve("sample");
		assertEquals(0, cli.run("new", "--sample", project.toString()));
		assertEquals(0, cli.run("report", "engines", "--project", project.toString()), cli.err());
		assertTrue(cli.out().startsWith("no engine proposals in the annotators' sets or gold yet"), cli.out());
		assertEquals(0, cli.run("annotate", "--project", project.toString(), "--engine", "entities", "--into", "ana",
				"--documents", "01-port-expansion"), cli.err());
		ProjectFolder folder = ProjectFolder.open(project);
		AnnotationSet ana = SetNames.find(folder.document("01-port-expansion"), "ana");
		List<Annotation> spans = ana.getAnnotations().stream().filter(a -> a.getStatus() == AnnotationStatus.PROPOSED).toList();
		for (int i = 0; i < 4; i++) {
			Annotation a = spans.get(i);
			a.setStatus(i < 3 ? AnnotationStatus.ACCEPTED : AnnotationStatus.REJECTED);
			a.getProvenance().setDecidedBy("ana");
		}
		folder.save(ana);

		assertEquals(0, cli.run("report", "engines", "--project", project.toString()), cli.err());
		assertTrue(cli.out().matches("(?s)entities \\d+\\.\\d+\\.\\d+: 4 proposal\\(s\\) decided, " + (spans.size() - 4) + " open\n.*"),
				cli.out());
		assertTrue(cli.out().matches("(?s).*\\n  all +3 +0 +0 +1 +\\d+ +0\\.750 +0\\.750\\n.*"), cli.out());
		assertEquals(0, cli.run("report", "engines", "--project", project.toString(), "--json"), cli.err());
		assertTrue(cli.out().matches("(?s)\\{\"engines\":\\[\\{\"engine\":\"entities\",\"version\":\"\\d+\\.\\d+\\.\\d+\",\"all\":\\{\"accepted\":3,.*"),
				cli.out());
		assertEquals(2, cli.run("report", "labels", "--project", project.toString()));
		assertTrue(cli.err().contains("knows 'engines'"), cli.err());
		assertEquals(2, cli.run("report", "--project", project.toString()));
	}
}
