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
import org.assay.model.Document;
import org.assay.model.Span;
import org.assay.model.support.SetNames;
import org.assay.model.support.Spans;
import org.assay.store.ProjectFolder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** agreement and merge on the sample project, with two annotators made from its gold. */
class AgreementVerbsTest {

	@TempDir
	Path dir;
	private Path project;
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

	/** ana has every gold span; bob leaves out every fifth and calls every seventh a LOCATION. */
	@BeforeEach
	void annotators() throws Exception {
		project = dir.resolve("sample");
		assertEquals(0, run("new", "--sample", project.toString()), err());
		ProjectFolder folder = ProjectFolder.open(project);
		int n = 0;
		for (Document d : folder.project().getDocuments()) {
			AnnotationSet ana = SetNames.findOrCreate(d, "ana");
			AnnotationSet bob = SetNames.findOrCreate(d, "bob");
			for (Annotation a : List.copyOf(SetNames.find(d, "gold").getAnnotations())) {
				if (a instanceof Span s && s.getLabel().getLayer().getName().equals("entity")) {
					ana.getAnnotations().add(copy(s, s.getLabel()));
					n++;
					if (n % 5 != 0) {
						bob.getAnnotations().add(copy(s, n % 7 == 0
								? s.getLabel().getLayer().getLabels().stream()
										.filter(l -> l.getName().equals("LOCATION")).findFirst().orElseThrow()
								: s.getLabel()));
					}
				}
			}
			folder.save(ana);
			folder.save(bob);
		}
	}

	private static Span copy(Span s, org.assay.model.Label label) {
		Span c = Spans.create(label, Spans.begin(s), Spans.end(s));
		c.setStatus(AnnotationStatus.ACCEPTED);
		return c;
	}

	@Test
	void agreementPrintsTheTableAndJson() {
		assertEquals(0, run("agreement", "--project", project.toString(), "--sets", "ana,bob"), err());
		assertTrue(out().startsWith("agreement of ana, bob: 6 document(s) where every set is present\n"), out());
		assertTrue(out().matches("(?s).*\\n  entity +units +observed +Fleiss κ.*"), out());
		assertTrue(out().matches("(?s).*\\n  all +\\d+ +0\\.\\d{3} +0\\.\\d{3} +0\\.\\d{3} +0\\.\\d{3} +\\d+\\n.*"), out());
		assertTrue(out().matches("(?s).*\\n    PERSON +\\d+ .*"), out());
		assertTrue(out().contains("Cohen's κ per pair"), out());
		assertTrue(out().contains("per document, all labels:"), out());

		assertEquals(0, run("agreement", "--project", project.toString(), "--sets", "gold,ana,bob", "--layers",
				"entity", "--json"), err());
		assertTrue(out().startsWith("{\"sets\":[\"gold\",\"ana\",\"bob\"],\"documents\":["), out());
		assertTrue(out().contains("\"layer\":\"entity\",\"all\":{\"label\":null,\"units\":"), out());
		assertTrue(out().contains("\"a\":\"gold\",\"b\":\"ana\",\"documents\":6,\"cohenKappa\":{\"value\":1.0,"), out());
	}

	@Test
	void agreementAndMergeOnFinishedWorkOnly() throws Exception {
		assertEquals(1, run("agreement", "--project", project.toString(), "--sets", "ana,bob", "--done-only"));
		assertTrue(err().contains("no document has every one of ana, bob marked done"), err());
		ProjectFolder folder = ProjectFolder.open(project);
		List<Document> documents = folder.project().getDocuments();
		for (String name : List.of("ana", "bob")) {
			for (Document d : documents.subList(0, 2)) {
				AnnotationSet set = SetNames.find(d, name);
				set.setState(org.assay.model.WorkState.DONE);
				folder.save(set);
			}
		}
		SetNames.find(documents.get(2), "ana").setState(org.assay.model.WorkState.DONE); // bob has not finished it
		folder.save(SetNames.find(documents.get(2), "ana"));
		assertEquals(0, run("agreement", "--project", project.toString(), "--sets", "gold,ana,bob", "--done-only"),
				err());
		assertTrue(out().startsWith("agreement of gold, ana, bob: 2 document(s)"), out());
		assertEquals(0, run("merge", "--project", project.toString(), "--sets", "ana,bob", "--into", "cur",
				"--strategy", "unanimous", "--done-only"), err());
		assertTrue(out().startsWith("merged ana, bob into cur (unanimous, as proposed): 2 document(s)\n"), out());
	}

	@Test
	void agreementArgumentsAndSets() {
		assertEquals(2, run("agreement", "--project", project.toString(), "--sets", "ana"));
		assertTrue(err().contains("--sets needs two or more different set names"), err());
		assertEquals(2, run("agreement", "--project", project.toString()));
		assertEquals(2, run("agreement", "--project", project.toString(), "--sets", "ana,bob", "--nope"));
		assertEquals(1, run("agreement", "--project", project.toString(), "--sets", "ana,nobody"));
		assertEquals("assay agreement: no document has the set 'nobody'", err().strip());
		assertEquals(1, run("agreement", "--project", project.toString(), "--sets", "ana,bob", "--layers", "nope"));
		assertEquals(1, err().lines().count(), err());
		assertEquals(1, run("agreement", "--project", dir.resolve("nowhere").toString(), "--sets", "ana,bob"));
		assertEquals(1, err().lines().count(), err());
	}

	@Test
	void mergePutsAgreedSpansIntoTheTargetOnce() throws Exception {
		assertEquals(0, run("merge", "--project", project.toString(), "--sets", "ana,bob", "--into", "cur",
				"--strategy", "unanimous"), err());
		assertTrue(out().startsWith("merged ana, bob into cur (unanimous, as proposed): 6 document(s)\n"), out());
		assertTrue(out().matches("(?s).*\\n  entity/PERSON +\\d+ +\\d+ +0\\n.*"), out());
		String first = out();
		ProjectFolder folder = ProjectFolder.open(project);
		int merged = 0;
		for (Document d : folder.project().getDocuments()) {
			AnnotationSet cur = SetNames.find(d, "cur");
			for (Annotation a : cur.getAnnotations()) {
				assertEquals(AnnotationStatus.PROPOSED, a.getStatus());
				assertEquals("merge:unanimous", a.getProvenance().getAuthor());
				assertEquals("ana,bob", a.getProvenance().getSourceSet());
				merged++;
			}
		}
		assertTrue(first.matches("(?s).*\\n  all +" + merged + " +[1-9]\\d* +0\\n.*"), first);

		assertEquals(0, run("merge", "--project", project.toString(), "--sets", "ana,bob", "--into", "cur",
				"--strategy", "min:1", "--as", "accepted"), err());
		assertTrue(out().matches("(?s).*\\n  all +\\d+ +\\d+ +" + merged + "\\n.*"), "what is there stays: " + out());
	}

	@Test
	void mergeArguments() {
		String p = project.toString();
		assertEquals(2, run("merge", "--project", p, "--sets", "ana,bob"));
		assertTrue(err().contains("needs --strategy"), err());
		assertEquals(2, run("merge", "--project", p, "--sets", "ana,bob", "--strategy", "min:3"));
		assertTrue(err().contains("min:K needs K from 1 to 2"), err());
		assertEquals(2, run("merge", "--project", p, "--sets", "ana,bob", "--strategy", "most"));
		assertEquals(2, run("merge", "--project", p, "--sets", "ana,bob", "--strategy", "agreeing", "--as", "maybe"));
		assertEquals(2, run("merge", "--project", p, "--sets", "ana,bob", "--strategy", "agreeing", "--into", "ana"));
		assertEquals(1, run("merge", "--project", p, "--sets", "ana,nobody", "--strategy", "agreeing"));
		assertEquals("assay merge: no document has the set 'nobody'", err().strip());
		assertEquals(1, run("merge", "--project", dir.resolve("nowhere").toString(), "--sets", "a,b", "--strategy",
				"agreeing"));
		assertEquals(1, err().lines().count(), err());
		assertEquals(0, run("merge", "--help"));
		assertTrue(out().contains("unanimous  every named set has it"), out());
	}
}
