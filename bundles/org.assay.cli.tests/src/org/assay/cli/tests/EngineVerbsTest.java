/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.assay.model.Annotation;
import org.assay.model.AnnotationSet;
import org.assay.model.AnnotationStatus;
import org.assay.model.Document;
import org.assay.model.Link;
import org.assay.model.support.SetNames;
import org.assay.store.ProjectFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** annotate, train and evaluate on the sample project, as a user types them. */
class EngineVerbsTest {

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
	void annotateKeepsProposalsOffersThemAndEvaluatePrintsTheTable() throws Exception {
		Path project = dir.resolve("sample");
		assertEquals(0, run("new", "--sample", project.toString()), err());
		assertEquals(0, run("annotate", "--project", project.toString(), "--into", "ana"), err());
		assertTrue(out().matches("(?s)entities \\d+\\.\\d+\\.\\d+: 6 document\\(s\\), \\d+ proposal\\(s\\) in engine:entities.*"), out());
		assertTrue(out().matches("(?s).*\\nclaims \\d+\\.\\d+\\.\\d+: 6 document\\(s\\), \\d+ proposal\\(s\\) and \\d+ link\\(s\\) in engine:claims.*"),
				"every default engine runs when none is named: " + out());
		assertTrue(out().contains("offered to ana: "), out());

		ProjectFolder folder = ProjectFolder.open(project);
		Document first = folder.project().getDocuments().get(0);
		AnnotationSet ana = SetNames.find(first, "ana");
		assertTrue(ana.getAnnotations().size() > 5);
		assertTrue(ana.getAnnotations().stream().allMatch(a -> a.getStatus() == AnnotationStatus.PROPOSED
				&& a.getProvenance().getSourceSet().startsWith("engine:")));
		assertTrue(ana.getAnnotations().stream().anyMatch(a -> "engine:claims".equals(a.getProvenance().getSourceSet())));

		assertEquals(0, run("evaluate", "--project", project.toString(), "--predicted", "engine:entities"), err());
		assertTrue(out().startsWith("engine:entities against gold, 6 document(s)"), out());
		assertTrue(out().matches("(?s).*\\nentity +PERSON +\\d+ +\\d+ \\| .*"), out());
		assertTrue(out().matches("(?s).*\\nentity +all +\\d+ +\\d+ \\| .*"), out());

		assertEquals(1, run("evaluate", "--project", project.toString(), "--predicted", "engine:entities",
				"--reference", "ana"));
		assertTrue(err().contains("a set that holds only the proposals engines offered it, none decided, is not started"),
				"nothing decided yet is no reference: " + err());
		assertEquals(0, run("evaluate", "--project", project.toString(), "--predicted", "engine:entities",
				"--reference", "ana", "--with-proposals"), err());
		assertTrue(out().matches("(?s).*\\nentity +all +(\\d+) +\\1 \\| +1\\.000 +1\\.000 +1\\.000 .*"), out());

		assertEquals(1, run("evaluate", "--project", project.toString(), "--predicted", "bob"));
		assertTrue(err().contains("no document has the set 'bob'"), err());
		assertEquals(2, run("annotate", "--project", project.toString(), "--engine", "nope"));
		assertTrue(err().contains("no engine 'nope'; engines: "), err());
		assertTrue(err().contains("entities"), err());
	}

	@Test
	void trainWritesTheModelThatAnnotateUsesHereAndElsewhere() throws Exception {
		Path project = dir.resolve("sample");
		assertEquals(0, run("new", "--sample", project.toString()));
		assertEquals(1, run("annotate", "--project", project.toString(), "--engine", "learned"));
		assertTrue(err().contains("run 'assay train' first"), err());
		assertEquals(2, run("train", "--project", project.toString(), "--engine", "entities"));
		assertTrue(err().contains("the engine 'entities' does not learn; engines that learn: learned"), err());
		assertEquals(2, run("train", "--project", project.toString(), "--engine", "nope"));
		assertTrue(err().contains("no engine 'nope'"), err());

		Path model = dir.resolve("news.model");
		assertEquals(0, run("train", "--project", project.toString(), "--layers", "entity", "--iterations", "40",
				"--out", model.toString()), err());
		assertTrue(out().startsWith("trained entity from the set 'gold' of 6 document(s)"), out());
		assertTrue(Files.isRegularFile(project.resolve("models/learned.model")));
		assertTrue(Files.isRegularFile(model));

		assertEquals(0, run("annotate", "--project", project.toString(), "--engine", "learned"), err());
		assertEquals(0, run("annotate", "--project", project.toString(), "--engine", "claims", "--engine", "learned",
				"--documents", "03-data-brokers"), err());
		assertTrue(out().matches("(?s)claims \\d+\\.\\d+\\.\\d+: 1 document.*\\nlearned 1\\.0\\.0: 1 document.*"), "both, in order: " + out());
		assertEquals(0, run("annotate", "--project", project.toString(), "--documents", "03-data-brokers"), err());
		assertTrue(out().contains("\nlearned 1.0.0: 1 document"), "with a model, learned runs by default: " + out());
		Path other = dir.resolve("other");
		assertEquals(0, run("new", "--sample", other.toString()));
		assertEquals(0, run("annotate", "--project", other.toString(), "--engine", "learned", "--model",
				model.toString(), "--documents", "03-data-brokers"), err());
		assertTrue(out().startsWith("learned 1.0.0: 1 document(s)"), out());
		assertEquals(1, run("annotate", "--project", other.toString(), "--engine", "learned", "--model",
				dir.resolve("missing.model").toString()));
		assertTrue(err().contains("missing.model: no such model file"), err());
	}

	@Test
	void preferLetsTheLearnedEngineTakeTheRulesPlaceInWhatIsOffered() throws Exception {
		Path project = dir.resolve("sample");
		assertEquals(0, run("new", "--sample", project.toString()));
		assertEquals(0, run("train", "--project", project.toString(), "--layers", "entity", "--iterations", "40"), err());
		assertEquals(0, run("annotate", "--project", project.toString(), "--into", "ana", "--engine", "entities",
				"--engine", "claims"), err());
		// ana accepts one of the rules' entities that no claim links to: a decision, which stays
		ProjectFolder folder = ProjectFolder.open(project);
		Document first = folder.project().getDocuments().get(0);
		AnnotationSet ana = SetNames.find(first, "ana");
		Annotation accepted = ana.getAnnotations().stream().filter(a -> !(a instanceof Link)
				&& a.getLabel().getLayer().getName().equals("entity") && ends(ana).noneMatch(e -> e == a))
				.findFirst().orElseThrow();
		accepted.setStatus(AnnotationStatus.ACCEPTED);
		String acceptedId = accepted.getId();
		folder.save(ana);

		assertEquals(2, run("annotate", "--project", project.toString(), "--prefer", "learned"));
		assertTrue(err().contains("give --into SET or --into-assigned"), err());
		assertEquals(2, run("annotate", "--project", project.toString(), "--into", "ana", "--engine", "entities",
				"--prefer", "learned"));
		assertTrue(err().contains("--prefer learned: that engine does not run here (engines run: entities)"), err());
		assertEquals(2, run("annotate", "--project", project.toString(), "--into", "ana", "--prefer", "learned:nope"));
		assertTrue(err().contains("the project's schema has no layer 'nope'"), err());

		assertEquals(0, run("annotate", "--project", project.toString(), "--into", "ana", "--engine", "learned",
				"--engine", "entities", "--engine", "claims", "--prefer", "learned"), err());
		assertTrue(out().matches("(?s)entities .*\nclaims .*\nlearned .*"), "the preferred engine last: " + out());

		int learned = 0;
		for (Document d : ProjectFolder.open(project).project().getDocuments()) {
			AnnotationSet set = SetNames.find(d, "ana");
			for (Annotation a : set.getAnnotations()) {
				String source = a.getProvenance() == null ? null : a.getProvenance().getSourceSet();
				if (a instanceof Link || a.getStatus() != AnnotationStatus.PROPOSED
						|| !a.getLabel().getLayer().getName().equals("entity")) {
					continue;
				}
				learned += "engine:learned".equals(source) ? 1 : 0;
				assertTrue("engine:learned".equals(source) || ends(set).anyMatch(e -> e == a),
						"an undecided entity of the rules left in " + d.getId() + " that no link needs: " + a);
			}
			assertTrue(set.getAnnotations().stream().anyMatch(a -> a.getProvenance() != null
					&& "engine:claims".equals(a.getProvenance().getSourceSet())
					&& a.getLabel() != null && a.getLabel().getLayer().getName().equals("claim")),
					"the claim rules' claims stay: the model proposes no claims");
		}
		assertTrue(learned > 10, "the learned engine's entities are offered: " + learned);
		AnnotationSet after = SetNames.find(ProjectFolder.open(project).document(first.getId()), "ana");
		assertTrue(after.getAnnotations().stream().anyMatch(a -> a.getId().equals(acceptedId)
				&& a.getStatus() == AnnotationStatus.ACCEPTED), "a decision is never taken over");
	}

	/** The annotations the set's links start or end at. */
	private static java.util.stream.Stream<Annotation> ends(AnnotationSet set) {
		return set.getAnnotations().stream().filter(Link.class::isInstance).map(Link.class::cast)
				.flatMap(l -> java.util.stream.Stream.of(l.getSource(), l.getTarget()));
	}

	@Test
	void theLearnedEngineProposesTheLabelsItWasTrainedOnAndMapRenamesThem() throws Exception {
		Path project = dir.resolve("sample");
		assertEquals(0, run("new", "--sample", project.toString()));
		StringBuilder conll = new StringBuilder("-DOCSTART- -X- O O\n\n");
		String[] people = { "Claire Duval", "Tom Reardon", "Amira Sheikh", "Graham Fletcher", "Laura Kessling" };
		String[] places = { "Ottawa", "Leeds", "Geneva", "Denver", "Halifax" };
		for (int i = 0; i < 60; i++) {
			String[] name = people[i % people.length].split(" ");
			conll.append(name[0]).append(" NNP I-NP I-PER\n").append(name[1]).append(" NNP I-NP I-PER\n")
					.append("visited VBD I-VP O\n").append(places[i % places.length]).append(" NNP I-NP I-LOC\n")
					.append("on IN I-PP O\nMonday NNP I-NP O\n. . O O\n\n");
		}
		Path corpus = dir.resolve("tiny.conll");
		Files.writeString(corpus, conll);
		Path model = dir.resolve("tiny.model");
		assertEquals(0, run("train", "--project", project.toString(), "--conll", corpus.toString(), "--iterations", "30",
				"--out", model.toString()), err());

		assertEquals(0, run("annotate", "--project", project.toString(), "--engine", "learned", "--model", model.toString(),
				"--documents", "01-port-expansion"), err());
		assertTrue(out().contains("not in the project's schema, left out: "), "PER is no label of the sample: " + out());
		assertTrue(out().matches("(?s).*left out: .*PER \\d+.*"), out());
		assertTrue(out().contains("--map FROM=TO"), out());

		assertEquals(0, run("annotate", "--project", project.toString(), "--engine", "learned", "--model", model.toString(),
				"--documents", "01-port-expansion", "--map", "PER=PERSON,LOC=LOCATION"), err());
		assertTrue(!out().contains("PER "), "renamed, none left out: " + out());
		ProjectFolder folder = ProjectFolder.open(project);
		AnnotationSet learned = SetNames.find(folder.document("01-port-expansion"), "engine:learned");
		assertTrue(learned.getAnnotations().stream().anyMatch(a -> a.getLabel().getName().equals("PERSON")),
				"PER proposed as PERSON");
		assertEquals(2, run("annotate", "--project", project.toString(), "--map", "PER"), "a bad --map");
	}
}
