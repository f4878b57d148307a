/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;

import org.assay.model.Annotation;
import org.assay.model.AnnotationSet;
import org.assay.model.AssayFactory;
import org.assay.model.Document;
import org.assay.model.Link;
import org.assay.model.Origin;
import org.assay.model.Project;
import org.assay.model.Provenance;
import org.assay.model.Span;
import org.assay.model.support.SetNames;
import org.assay.store.ProjectFolder;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoundTripTest {

	@TempDir
	Path dir;

	@Test
	void everythingWrittenIsReadBackEqual() throws Exception {
		Project written = Fixtures.rich(dir.resolve("p")).project();
		Project read = ProjectFolder.open(dir.resolve("p")).project();
		assertTrue(new EcoreUtil.EqualityHelper().equals(written, read),
				"the reopened project differs from the saved one");
		Document d = read.getDocuments().get(0);
		assertEquals(Fixtures.TEXT, d.getText());
		AnnotationSet gold = SetNames.find(d, "gold");
		Span place = (Span) gold.getAnnotations().get(1);
		assertEquals(0.8125, place.getProvenance().getConfidence());
		assertEquals("ORGANIZATION", place.getProvenance().getProposed().getLabel().getName());
		Link claimant = (Link) gold.getAnnotations().get(5);
		assertEquals("claimant", claimant.getRole());
		assertEquals(gold.getAnnotations().get(0), claimant.getTarget());
		assertEquals(2, ((Span) claimant.getSource()).getFragments().size(), "the claim is discontinuous");
		assertEquals("builtin", SetNames.find(d, "engine:entities").getRun().getModel());
	}

	@Test
	void instantsSharedByManyAnnotationsAreReadEachAsItsOwnDate() throws Exception {
		ProjectFolder folder = Fixtures.rich(dir);
		Document d = folder.project().getDocuments().get(0);
		AnnotationSet gold = SetNames.find(d, "gold");
		long[] created = { 1_780_000_000_000L, 1_780_000_000_000L, 1_780_000_000_500L, 1_780_000_000_000L };
		for (int i = 0; i < created.length; i++) {
			Provenance p = AssayFactory.eINSTANCE.createProvenance();
			p.setOrigin(Origin.ENGINE);
			p.setCreated(new Date(created[i]));
			gold.getAnnotations().get(i).setProvenance(p);
		}
		folder.save(gold);

		AnnotationSet read = SetNames.find(ProjectFolder.open(dir).project().getDocuments().get(0), "gold");
		Date[] dates = new Date[created.length];
		for (int i = 0; i < created.length; i++) {
			dates[i] = read.getAnnotations().get(i).getProvenance().getCreated();
			assertEquals(created[i], dates[i].getTime(), "annotation " + i);
		}
		// one annotation's date changed in place leaves the others that were written alike as they were
		dates[0].setTime(0);
		assertEquals(created[1], dates[1].getTime());
		assertEquals(created[3], dates[3].getTime());
	}

	@Test
	void oneFilePerDocumentPerSetAndTextStoredOnce() throws Exception {
		Fixtures.rich(dir);
		assertTrue(Files.isRegularFile(dir.resolve("assay-project.json")));
		assertTrue(Files.isRegularFile(dir.resolve("schema.json")));
		assertEquals(Fixtures.TEXT, Files.readString(dir.resolve("documents/mayor.txt"), StandardCharsets.UTF_8));
		assertTrue(Files.isRegularFile(dir.resolve("documents/mayor.json")));
		assertTrue(Files.isRegularFile(dir.resolve("annotations/mayor/gold.json")));
		assertTrue(Files.isRegularFile(dir.resolve("annotations/mayor/engine%3Aentities.json")));
		String gold = Files.readString(dir.resolve("annotations/mayor/gold.json"));
		assertTrue(!gold.contains("the mayor of Malmö, said: \u201cWe will"),
				"set files must not repeat the document's text");
	}

	@Test
	void setFilesHaveOneAnnotationPerLineForReadableDiffs() throws Exception {
		Fixtures.rich(dir);
		List<String> lines = Files.readAllLines(dir.resolve("annotations/mayor/gold.json"));
		long annotationLines = lines.stream().filter(l -> l.startsWith("{\"id\":")).count();
		assertEquals(7, annotationLines, String.join("\n", lines));
		assertTrue(lines.stream().anyMatch(l -> l.contains("\"text\":\"Zoë Ångström\"")),
				"each span shows the text it covers");
	}

	@Test
	void savingTwiceWritesTheSameBytes() throws Exception {
		ProjectFolder folder = Fixtures.rich(dir);
		byte[] first = Files.readAllBytes(dir.resolve("annotations/mayor/gold.json"));
		ProjectFolder.open(dir).saveAll();
		assertEquals(new String(first, StandardCharsets.UTF_8),
				Files.readString(dir.resolve("annotations/mayor/gold.json")));
		assertNotNull(folder);
	}

	@Test
	void missingIdsAreAssignedWithoutCollidingOnSave() throws Exception {
		ProjectFolder folder = Fixtures.rich(dir);
		Document d = folder.project().getDocuments().get(0);
		AnnotationSet gold = SetNames.find(d, "gold");
		Span copy = EcoreUtil.copy((Span) gold.getAnnotations().get(0));
		copy.setId(null);
		gold.getAnnotations().add(copy);
		folder.save(gold);
		AnnotationSet read = SetNames.find(ProjectFolder.open(dir).project().getDocuments().get(0), "gold");
		assertEquals(8, read.getAnnotations().size());
		long distinct = read.getAnnotations().stream().map(Annotation::getId).distinct().count();
		assertEquals(8, distinct);
	}

	@Test
	void documentsAreFoundByIdAfterAnyChangeOfTheList() throws Exception {
		ProjectFolder folder = Fixtures.rich(dir);
		Document mayor = folder.document("mayor");
		assertEquals("mayor", mayor.getId());
		folder.project().getDocuments().remove(mayor);
		assertEquals(null, folder.document("mayor"), "a removed document is gone from the index");
		Document other = org.assay.model.AssayFactory.eINSTANCE.createDocument();
		other.setId("other");
		folder.project().getDocuments().add(other);
		assertEquals(other, folder.document("other"), "a document added behind the folder's back is found");
		folder.project().getDocuments().clear();
		assertEquals(null, folder.document("second"));
		Document added = folder.addDocument("second", "again", "Text.");
		assertEquals("second-2", added.getId(), "the files of 'second' are still on disk, so its id is not reused");
		assertEquals(added, folder.document("second-2"));
	}
}
