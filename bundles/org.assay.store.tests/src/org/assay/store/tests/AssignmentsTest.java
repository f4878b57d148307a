/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.stream.IntStream;

import org.assay.model.AnnotationSet;
import org.assay.model.AnnotationStatus;
import org.assay.model.AssayFactory;
import org.assay.model.Document;
import org.assay.model.Origin;
import org.assay.model.Project;
import org.assay.model.Provenance;
import org.assay.model.Span;
import org.assay.model.WorkState;
import org.assay.model.support.Schemas;
import org.assay.model.support.SetNames;
import org.assay.model.support.Spans;
import org.assay.model.support.StandardSchema;
import org.assay.store.Assignments;
import org.assay.store.Progress;
import org.assay.store.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who annotates which documents, and each annotator's progress read off the model. */
class AssignmentsTest {

	@TempDir
	Path dir;

	private final List<String> ids = IntStream.range(0, 20).mapToObj(i -> String.format("d%02d", i)).toList();

	@Test
	void roundRobinSharesTheWorkEvenlyWithAnOverlapSeenByEveryoneAndTheSameSeedGivesTheSameAssignment() throws Exception {
		Assignments a = new Assignments();
		List<String> everyone = a.roundRobin(ids, List.of("ana", "ben", "cai"), 2, 0.2, 7);
		assertEquals(4, everyone.size(), "20% of 20 documents");
		for (String id : everyone) {
			assertEquals(3, a.of(id).size());
		}
		for (String id : ids) {
			assertEquals(everyone.contains(id) ? 3 : 2, a.of(id).size(), id);
		}
		// 16 documents x 2 = 32 assignments over 3 annotators, plus the 4 shared: 14 or 15 each
		a.load().values().forEach(n -> assertTrue(n == 14 || n == 15, a.load().toString()));
		Assignments again = new Assignments();
		again.roundRobin(ids, List.of("ana", "ben", "cai"), 2, 0.2, 7);
		assertEquals(a.documentsOf("ben"), again.documentsOf("ben"), "the same seed, the same assignment");
		Assignments other = new Assignments();
		other.roundRobin(ids, List.of("ana", "ben", "cai"), 2, 0.2, 8);
		assertTrue(!a.documentsOf("ben").equals(other.documentsOf("ben")), "another seed, another one");
		assertThrows(IllegalArgumentException.class, () -> new Assignments().roundRobin(ids, List.of("ana"), 2, 0, 1));
	}

	@Test
	void writtenAndReadBackByHandAndADamagedFileNamesFileAndLine() throws Exception {
		assertTrue(Assignments.read(dir).isEmpty(), "no file, nothing assigned");
		Assignments a = new Assignments();
		a.assign("d01", "ana");
		a.assign("d01", "ben");
		a.assign("d02", "ben");
		a.unassign("d01", "ana");
		a.write(dir);
		assertEquals("""
				{
				"format":"assay-assignments",
				"version":1,
				"annotators":[
				"ana",
				"ben"
				],
				"documents":{
				"d01":["ben"],
				"d02":["ben"]
				}
				}
				""", Files.readString(dir.resolve(Assignments.FILE)), "one document a line, for version control");
		Assignments back = Assignments.read(dir);
		assertEquals(List.of("ana", "ben"), back.annotators());
		assertEquals(List.of("d01", "d02"), back.documentsOf("ben"));
		assertEquals(List.of(), back.documentsOf("ana"));
		Files.writeString(dir.resolve(Assignments.FILE), """
				{"format":"assay-assignments","version":1,
				"annotators":["ana","ben"],
				"documents":{
				"d01":["ben"],
				"d02":["zoe"]}}
				""");
		StoreException e = assertThrows(StoreException.class, () -> Assignments.read(dir));
		assertTrue(e.getMessage().startsWith(dir.resolve(Assignments.FILE) + ":"), e.getMessage());
		assertTrue(e.getMessage().contains("'zoe' is assigned to"), e.getMessage());
		assertEquals(5, e.line(), "names the line");
	}

	@Test
	void progressCountsDocumentsAndDecisionsPerHourOfWorkingTime() {
		Project p = AssayFactory.eINSTANCE.createProject();
		p.setSchema(StandardSchema.create());
		Assignments a = new Assignments();
		long t0 = 1_780_000_000_000L;
		for (int i = 0; i < 3; i++) {
			Document d = AssayFactory.eINSTANCE.createDocument();
			d.setId("d" + i);
			d.setText("Ana Lind met Ben Moe in Oslo.");
			p.getDocuments().add(d);
			a.assign(d.getId(), "ana");
		}
		AnnotationSet done = SetNames.findOrCreate(p.getDocuments().get(0), "ana");
		done.setState(WorkState.DONE);
		SetNames.findOrCreate(p.getDocuments().get(1), "ana").setState(WorkState.IN_PROGRESS);
		// 7 decisions: 6 one minute apart, then a 2-hour pause and one more: 6 minutes of work
		for (int i = 0; i < 7; i++) {
			Span s = Spans.create(Schemas.label(p.getSchema(), "entity", "PERSON"), 0, 3);
			s.setStatus(AnnotationStatus.ACCEPTED);
			Provenance prov = AssayFactory.eINSTANCE.createProvenance();
			prov.setDecidedBy("ana");
			prov.setDecided(new Date(t0 + (i < 6 ? i * 60_000L : 5 * 60_000L + 7_200_000L)));
			s.setProvenance(prov);
			done.getAnnotations().add(s);
		}
		SetNames.findOrCreate(p.getDocuments().get(2), "bob");
		List<Progress> progress = Progress.of(p, a);
		assertEquals(List.of("ana", "bob"), progress.stream().map(Progress::annotator).toList());
		Progress ana = progress.get(0);
		assertEquals(new Progress("ana", 3, 1, 1, 7, 5.0), ana, "5 minutes between the first six; the pause is none");
		assertEquals(84.0, ana.decisionsPerHour(), 1e-9);
		assertNull(progress.get(1).decisionsPerHour(), "no decisions, no rate");
		assertNull(new Progress("cai", 1, 0, 1, 13, 0.07).decisionsPerHour(), "13 decisions in 4 seconds: no rate yet");
		assertEquals("84", ana.decisionsPerHourText());
		assertEquals("-", new Progress("cai", 1, 0, 1, 13, 0.07).decisionsPerHourText());
		List<String> twelve = java.util.stream.IntStream.rangeClosed(1, 12).mapToObj(i -> "d" + i).toList();
		assertEquals("d1, d2, d3, d4, d5, d6, d7, d8, d9, d10, ...", Progress.firstIds(twelve, "..."));
		assertEquals("d1, d2", Progress.firstIds(twelve.subList(0, 2), "..."));
	}

	@Test
	void anImportedReferenceIsNoAnnotatorUnlessAssignedOrDecidedIn() {
		Project p = AssayFactory.eINSTANCE.createProject();
		p.setSchema(StandardSchema.create());
		Document d = AssayFactory.eINSTANCE.createDocument();
		d.setId("d0");
		d.setText("Ana Lind met Ben Moe in Oslo.");
		p.getDocuments().add(d);
		for (String name : List.of("reference", "expert", "cai")) {
			Span s = Spans.create(Schemas.label(p.getSchema(), "entity", "PERSON"), 0, 8);
			s.setStatus(AnnotationStatus.ACCEPTED);
			Provenance prov = AssayFactory.eINSTANCE.createProvenance();
			prov.setOrigin(Origin.IMPORT);
			s.setProvenance(prov);
			SetNames.findOrCreate(d, name).getAnnotations().add(s);
		}
		SetNames.findOrCreate(d, "bob"); // an annotator who has opened the document, nothing in it yet
		Assignments a = new Assignments();
		a.assign("d0", "expert"); // imported work assigned to its annotator is hers
		// cai corrected what the import brought: a decision of a person's
		Span corrected = (Span) SetNames.find(d, "cai").getAnnotations().get(0);
		corrected.getProvenance().setDecidedBy("cai");
		corrected.getProvenance().setDecided(new Date(1_780_000_000_000L));
		assertEquals(List.of("expert", "cai", "bob"), Progress.of(p, a).stream().map(Progress::annotator).toList());
	}

	@Test
	void documentsAreReadyToCurateWhenEveryAnnotatorOfTheirsIsDone() {
		Project p = AssayFactory.eINSTANCE.createProject();
		p.setSchema(StandardSchema.create());
		Assignments a = new Assignments();
		for (int i = 0; i < 5; i++) {
			Document d = AssayFactory.eINSTANCE.createDocument();
			d.setId("d" + i);
			d.setText("Ana Lind met Ben Moe in Oslo.");
			p.getDocuments().add(d);
			a.assign(d.getId(), "ana");
			if (i != 3) {
				a.assign(d.getId(), "ben"); // d3 is ana's alone: nothing to curate between annotators
			}
			SetNames.findOrCreate(d, "ana").setState(WorkState.DONE);
			SetNames.findOrCreate(d, "ben").setState(i == 1 ? WorkState.IN_PROGRESS : WorkState.DONE);
		}
		SetNames.findOrCreate(p.getDocuments().get(2), SetNames.GOLD).setState(WorkState.DONE); // curated already
		SetNames.findOrCreate(p.getDocuments().get(4), SetNames.GOLD).setState(WorkState.IN_PROGRESS); // begun
		assertEquals(List.of("d0", "d4"), Progress.readyToCurate(p, a, SetNames.GOLD));
		assertEquals(List.of(), Progress.readyToCurate(p, new Assignments(), SetNames.GOLD), "nothing assigned");
	}
}
