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
import java.util.List;

import org.assay.model.AnnotationSet;
import org.assay.model.AnnotationStatus;
import org.assay.model.Document;
import org.assay.model.support.SetNames;
import org.assay.store.Assignments;
import org.assay.store.ProjectFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** assign by rule and by hand, and info's progress per annotator, on the sample project. */
class AssignVerbTest {

	@TempDir
	Path dir;
	private final CliHarness cli = new CliHarness();

	@Test
	void assignByRuleAndByHandThenInfoShowsEachAnnotatorsProgress() throws Exception {
		Path project = dir.resolve("sample");
		assertEquals(0, cli.run("new", "--sample", project.toString()), cli.err());
		assertEquals(0, cli.run("assign", "--project", project.toString(), "--annotators", "ana,ben,cai",
				"--per-document", "1", "--overlap", "0.34", "--seed", "3"), cli.err());
		assertTrue(cli.out().startsWith("assigned 6 document(s) to 3 annotator(s), 1 per document; 3 seen by everyone"),
				cli.out());
		Assignments a = Assignments.read(project);
		assertEquals(List.of("ana", "ben", "cai"), a.annotators());
		a.load().values().forEach(n -> assertEquals(4, n, a.load().toString()));

		assertEquals(0, cli.run("assign", "--project", project.toString(), "--to", "dee", "--documents",
				"01-port-expansion,02-wheat-prices"), cli.err());
		assertTrue(cli.out().matches("(?s).*\\n  dee +2 document\\(s\\)\\n.*"), cli.out());
		assertEquals(0, cli.run("assign", "--project", project.toString(), "--remove", "dee", "--documents",
				"02-wheat-prices"), cli.err());
		assertEquals(List.of("01-port-expansion"), Assignments.read(project).documentsOf("dee"));

		assertEquals(0, cli.run("annotate", "--project", project.toString(), "--engine", "entities", "--into", "ana",
				"--documents", "01-port-expansion"), cli.err());
		assertEquals(0, cli.run("info", "--project", project.toString()), cli.err());
		assertTrue(cli.out().matches("(?s).*\\nannotator +assigned +done +in-progress +decisions +per hour\\n.*"), cli.out());
		assertTrue(cli.out().matches("(?s).*\\nana +4 +0 +0 +0 +-\\n.*"), "nothing decided yet: " + cli.out());
		assertTrue(cli.out().matches("(?s).*\\ndee +1 +0 +0 +0 +-\\n.*"), cli.out());
	}

	@Test
	void annotateOffersEachDocumentsProposalsToTheAnnotatorsItIsAssignedTo() throws Exception {
		Path project = dir.resolve("sample");
		assertEquals(0, cli.run("new", "--sample", project.toString()), cli.err());
		assertEquals(1, cli.run("annotate", "--project", project.toString(), "--engine", "entities",
				"--into-assigned"));
		assertTrue(cli.err().contains("none of these documents is assigned"), cli.err());
		assertFalse(Files.exists(project.resolve("annotations/01-port-expansion/engine%3Aentities.json")),
				"nothing run when the offer cannot be made");

		assertEquals(0, cli.run("assign", "--project", project.toString(), "--annotators", "ana,ben",
				"--per-document", "1", "--seed", "3"), cli.err());
		Assignments assigned = Assignments.read(project);
		assertEquals(0, cli.run("annotate", "--project", project.toString(), "--engine", "entities",
				"--into-assigned", "--into", "gold"), cli.err());
		assertTrue(cli.out().contains("offered to gold and the assigned annotators: "), cli.out());

		ProjectFolder folder = ProjectFolder.open(project);
		for (Document d : folder.project().getDocuments()) {
			AnnotationSet engine = SetNames.find(d, "engine:entities");
			for (String name : List.of("ana", "ben")) {
				AnnotationSet set = SetNames.find(d, name);
				if (assigned.of(d.getId()).contains(name)) {
					assertEquals(engine.getAnnotations().size(), set.getAnnotations().stream()
							.filter(a -> a.getStatus() == AnnotationStatus.PROPOSED).count(),
							d.getId() + ": every proposal offered to " + name);
				} else {
					assertTrue(set == null || set.getAnnotations().isEmpty(), d.getId() + " is not " + name + "'s");
				}
			}
		}
	}

	@Test
	void infoNamesTheDocumentsReadyToCurate() throws Exception {
		Path texts = Files.createDirectories(dir.resolve("texts"));
		Files.writeString(texts.resolve("a.txt"), "Ana Lind met Ben Moe in Oslo.");
		Files.writeString(texts.resolve("b.txt"), "Cai Dunn flew to Lima on Monday.");
		Path project = dir.resolve("p");
		assertEquals(0, cli.run("new", project.toString(), "--from", texts.toString()), cli.err());
		assertEquals(0, cli.run("assign", "--project", project.toString(), "--annotators", "ana,ben", "--overlap", "1"),
				cli.err());
		ProjectFolder folder = ProjectFolder.open(project);
		Document a = folder.project().getDocuments().get(0);
		for (String name : List.of("ana", "ben")) {
			AnnotationSet set = SetNames.findOrCreate(a, name);
			set.setState(org.assay.model.WorkState.DONE);
			folder.save(set);
		}
		AnnotationSet halfway = SetNames.findOrCreate(folder.project().getDocuments().get(1), "ana");
		halfway.setState(org.assay.model.WorkState.DONE);
		folder.save(halfway); // ben has not finished the other
		assertEquals(0, cli.run("info", "--project", project.toString()), cli.err());
		assertTrue(cli.out().contains("ready to curate into gold (all their annotators done): 1 document(s): "
				+ a.getId() + "\n"), cli.out());
	}

	@Test
	void badArgumentsExitTwoAndAMissingProjectOne() {
		Path project = dir.resolve("sample");
		assertEquals(0, cli.run("new", "--sample", project.toString()));
		assertEquals(2, cli.run("assign", "--project", project.toString()));
		assertTrue(cli.err().contains("takes one of --annotators, --to or --remove"), cli.err());
		assertEquals(2, cli.run("assign", "--project", project.toString(), "--annotators", "ana", "--per-document", "2"));
		assertTrue(cli.err().contains("needs at least as many annotators"), cli.err());
		assertEquals(2, cli.run("assign", "--project", project.toString(), "--annotators", "ana,ben", "--overlap", "1.5"));
		assertEquals(2, cli.run("assign", "--project", project.toString(), "--annotators", "gold"));
		assertTrue(cli.err().contains("'gold' is not an annotator's name"), cli.err());
		assertEquals(2, cli.run("assign", "--project", project.toString(), "--to", "ana"));
		assertEquals(1, cli.run("assign", "--project", project.toString(), "--to", "ana", "--documents", "nope"));
		assertTrue(cli.err().contains("no document 'nope'"), cli.err());
		assertEquals(1, cli.run("assign", "--project", dir.resolve("missing").toString(), "--annotators", "ana"));
		assertEquals(1, cli.err().strip().lines().count(), "one line: " + cli.err());
	}
}
