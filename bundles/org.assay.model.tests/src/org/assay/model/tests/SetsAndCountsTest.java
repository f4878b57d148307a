/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.assay.model.AnnotationSet;
import org.assay.model.AnnotationStatus;
import org.assay.model.AssayFactory;
import org.assay.model.Document;
import org.assay.model.Link;
import org.assay.model.Project;
import org.assay.model.SetKind;
import org.assay.model.Span;
import org.assay.model.WorkState;
import org.assay.model.provider.AssayItemProviderAdapterFactory;
import org.assay.model.support.ProjectCounts;
import org.assay.model.support.ProjectCounts.SetCounts;
import org.assay.model.support.Schemas;
import org.assay.model.support.SetNames;
import org.assay.model.support.Spans;
import org.assay.model.support.StandardSchema;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.junit.jupiter.api.Test;

class SetsAndCountsTest {

	@Test
	void setNamesTellTheirKindAndOwner() {
		assertEquals(SetKind.GOLD, SetNames.kindOf("gold"));
		assertEquals(SetKind.ENGINE, SetNames.kindOf("engine:entities"));
		assertEquals("entities", SetNames.ownerOf("engine:entities"));
		assertEquals(SetKind.ANNOTATOR, SetNames.kindOf("alice"));
		assertEquals("alice", SetNames.ownerOf("alice"));
		assertFalse(SetNames.isValid("../etc"));
		assertFalse(SetNames.isValid(" "));
		assertFalse(SetNames.isValid("engine:"));
		assertTrue(SetNames.isValid("Zoë"));
	}

	@Test
	void findOrCreateMakesOneSetPerName() {
		Document d = AssayFactory.eINSTANCE.createDocument();
		AnnotationSet a = SetNames.findOrCreate(d, "engine:claims");
		assertSame(a, SetNames.findOrCreate(d, "engine:claims"));
		assertEquals(SetKind.ENGINE, a.getKind());
		assertEquals(WorkState.NEW, a.getState());
		assertEquals(1, d.getAnnotationSets().size());
		assertThrows(IllegalArgumentException.class, () -> SetNames.findOrCreate(d, "a/b"));
	}

	@Test
	void countsArePerSetLayerLabelAndStatus() {
		Project p = AssayFactory.eINSTANCE.createProject();
		p.setSchema(StandardSchema.create());
		for (String id : List.of("one", "two")) {
			Document d = AssayFactory.eINSTANCE.createDocument();
			d.setId(id);
			d.setText("Ann Lee said so.");
			p.getDocuments().add(d);
			AnnotationSet gold = SetNames.findOrCreate(d, "gold");
			Span person = Spans.create(Schemas.label(p.getSchema(), "entity", "PERSON"), 0, 7);
			person.setStatus(AnnotationStatus.ACCEPTED);
			Span claim = Spans.create(Schemas.label(p.getSchema(), "claim", "CLAIM"), 13, 15);
			Link link = AssayFactory.eINSTANCE.createLink();
			link.setRole("claimant");
			link.setSource(claim);
			link.setTarget(person);
			gold.getAnnotations().addAll(List.of(person, claim, link));
		}
		SetNames.find(p.getDocuments().get(1), "gold").setState(WorkState.DONE);
		SetNames.findOrCreate(p.getDocuments().get(0), "engine:entities");
		SetNames.findOrCreate(p.getDocuments().get(0), "bob");

		ProjectCounts counts = ProjectCounts.of(p);
		assertEquals(2, counts.documents());
		assertEquals(32, counts.characters());
		assertEquals(List.of("gold", "bob", "engine:entities"), List.copyOf(counts.sets().keySet()));
		SetCounts gold = counts.sets().get("gold");
		assertEquals(2, gold.documents());
		assertEquals(4, gold.annotations(), "spans, links apart");
		assertEquals(2, gold.links());
		assertEquals(0, gold.newDocuments());
		assertEquals(1, gold.inProgress(), "it says new, but its person is accepted: started");
		assertEquals(1, gold.done());
		assertEquals(1, counts.sets().get("bob").newDocuments(), "an empty set has not started");
		assertEquals(2, gold.perLabel().get("entity/PERSON"));
		assertEquals(2, gold.perLabel().get("link/claimant"));
		assertEquals(2, gold.perStatus().get("proposed"), "the claims; their links are not counted by status");
		assertEquals(2, gold.perStatus().get("accepted"));
	}

	@Test
	void theEditLayerGivesItemsLabels() {
		AssayItemProviderAdapterFactory factory = new AssayItemProviderAdapterFactory();
		Document d = AssayFactory.eINSTANCE.createDocument();
		d.setId("doc-7");
		IItemLabelProvider labels = (IItemLabelProvider) factory.adapt(d, IItemLabelProvider.class);
		assertTrue(labels.getText(d).contains("doc-7"), labels.getText(d));
		factory.dispose();
	}
}
