/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.sample.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.assay.model.Annotation;
import org.assay.model.AnnotationSet;
import org.assay.model.Document;
import org.assay.model.Link;
import org.assay.model.Project;
import org.assay.model.Span;
import org.assay.model.WorkState;
import org.assay.model.support.SetNames;
import org.assay.model.support.Spans;
import org.assay.model.support.StandardSchema;
import org.assay.sample.SampleProject;
import org.assay.store.ProjectFolder;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleProjectTest {

	@TempDir
	Path dir;
	Project project;

	@BeforeEach
	void create() throws Exception {
		project = SampleProject.create(dir).project();
	}

	@Test
	void sixArticlesEachWithADoneGoldSet() {
		assertEquals(6, project.getDocuments().size());
		for (Document d : project.getDocuments()) {
			AnnotationSet gold = SetNames.find(d, "gold");
			assertNotNull(gold, d.getId());
			assertEquals(WorkState.DONE, gold.getState());
			assertNotNull(d.getTitle());
			assertTrue(d.getText().startsWith(d.getTitle()), "the headline opens the text");
			assertTrue(d.getDate().matches("\\d{4}-\\d{2}-\\d{2}"), d.getDate());
		}
	}

	@Test
	void everyEntityLabelOccurs() {
		Set<String> labels = new HashSet<>();
		for (Document d : project.getDocuments()) {
			for (Annotation a : SetNames.find(d, "gold").getAnnotations()) {
				if (a instanceof Span && a.getLabel().getLayer().getName().equals(StandardSchema.ENTITY)) {
					labels.add(a.getLabel().getName());
				}
			}
		}
		assertEquals(Set.of("PERSON", "ORGANIZATION", "LOCATION", "NORP", "DATE", "TIME", "MONEY", "PERCENT"), labels);
	}

	@Test
	void everyClaimHasOneClaimantAndOneCue() {
		int claims = 0;
		for (Document d : project.getDocuments()) {
			List<Annotation> all = SetNames.find(d, "gold").getAnnotations();
			for (Annotation a : all) {
				if (a instanceof Span s && a.getLabel().getName().equals(StandardSchema.CLAIM_CONTENT)) {
					claims++;
					Map<String, Long> roles = all.stream().filter(l -> l instanceof Link link && link.getSource() == s)
							.collect(Collectors.groupingBy(l -> ((Link) l).getRole(), Collectors.counting()));
					assertEquals(Map.of("claimant", 1L, "cue", 1L), roles, Spans.coveredText(s, d.getText()));
					assertNotNull(s.getFeatures().get("type"));
				}
			}
		}
		assertEquals(39, claims);
	}

	@Test
	void anInterruptedQuoteIsOneDiscontinuousClaimAndAPronounRefersToItsPerson() {
		Document port = project.getDocuments().get(0);
		List<Annotation> gold = SetNames.find(port, "gold").getAnnotations();
		Span quote = (Span) gold.stream().filter(a -> a instanceof Span s && s.getFragments().size() == 2).findFirst()
				.orElseThrow();
		assertTrue(Spans.coveredText(quote, port.getText()).startsWith("This is the largest investment"));
		Link claimant = (Link) gold.stream().filter(a -> a instanceof Link l && l.getSource() == quote
				&& l.getRole().equals("claimant")).findFirst().orElseThrow();
		assertEquals("Claire Duval", Spans.coveredText((Span) claimant.getTarget(), port.getText()));
		assertEquals("PERSON", claimant.getTarget().getLabel().getName());

		Document wheat = project.getDocuments().get(1);
		Link refersTo = (Link) SetNames.find(wheat, "gold").getAnnotations().stream()
				.filter(a -> a instanceof Link l && l.getRole().equals("refersTo")).findFirst().orElseThrow();
		assertEquals("She", Spans.coveredText((Span) refersTo.getSource(), wheat.getText()));
		assertEquals("Priya Raman", Spans.coveredText((Span) refersTo.getTarget(), wheat.getText()));
	}

	@Test
	void theSampleReopensEqual() throws Exception {
		Project reopened = ProjectFolder.open(dir).project();
		assertTrue(new EcoreUtil.EqualityHelper().equals(project, reopened));
	}
}
