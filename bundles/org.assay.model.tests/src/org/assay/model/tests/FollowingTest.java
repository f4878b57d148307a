/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Date;
import java.util.List;

import org.assay.model.Annotation;
import org.assay.model.AnnotationSet;
import org.assay.model.AnnotationStatus;
import org.assay.model.AssayFactory;
import org.assay.model.Document;
import org.assay.model.Label;
import org.assay.model.LabelSchema;
import org.assay.model.Origin;
import org.assay.model.Provenance;
import org.assay.model.Span;
import org.assay.model.edit.decisions.Decisions;
import org.assay.model.edit.decisions.Following;
import org.assay.model.evaluation.EngineReport;
import org.assay.model.provider.AssayItemProviderAdapterFactory;
import org.assay.model.support.Schemas;
import org.assay.model.support.SetNames;
import org.assay.model.support.Spans;
import org.assay.model.support.StandardSchema;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FollowingTest {

	// Pirelli at 0, 24 and 38; "said" at 8
	private static final String TEXT = "Pirelli said. Shares of Pirelli fell. Pirelli rose.";

	private final LabelSchema schema = StandardSchema.create();
	private final Label person = Schemas.label(schema, "entity", "PERSON");
	private final Label organization = Schemas.label(schema, "entity", "ORGANIZATION");
	private final Date when = new Date(1_780_000_000_000L);
	private AdapterFactoryEditingDomain domain;
	private Document document;
	private AnnotationSet set;
	private Span first;
	private Span second;

	@BeforeEach
	void proposals() {
		domain = new AdapterFactoryEditingDomain(new AssayItemProviderAdapterFactory(), new BasicCommandStack());
		document = AssayFactory.eINSTANCE.createDocument();
		document.setText(TEXT);
		set = SetNames.findOrCreate(document, "alice");
		first = proposal(person, 0, 7);
		second = proposal(person, 24, 31); // the third "Pirelli" has no proposal
	}

	private Span proposal(Label label, int begin, int end) {
		Span s = Spans.create(label, begin, end);
		Provenance p = AssayFactory.eINSTANCE.createProvenance();
		p.setOrigin(Origin.ENGINE);
		p.setEngineId("entities");
		p.setEngineVersion("1.1.0");
		s.setProvenance(p);
		set.getAnnotations().add(s);
		return s;
	}

	private void relabelFirst() {
		Following.Result follows = Following.labelled(domain, set, first, organization, 0, 7, "alice", when);
		assertNotNull(follows);
		assertEquals(List.of(1, 1, 0), List.of(follows.changed(), follows.made(), follows.rejected()));
		CompoundCommand both = new CompoundCommand("Relabel");
		both.append(follows.command());
		both.append(Decisions.relabel(domain, first, organization, "alice", when));
		domain.getCommandStack().execute(both);
	}

	@Test
	void aRelabelTurnsTheOtherProposalsOnTheSameWordsWhichStayProposalsAndUndoesWithIt() {
		relabelFirst();
		assertEquals(organization, second.getLabel());
		assertEquals(AnnotationStatus.PROPOSED, second.getStatus(), "still the annotator's to confirm");
		assertEquals(person, second.getProvenance().getProposed().getLabel(), "what the engine proposed is kept");
		assertEquals("entities", second.getProvenance().getEngineId());
		Span made = (Span) set.getAnnotations().get(2);
		assertEquals(List.of(38, 45, AnnotationStatus.PROPOSED, Origin.ANNOTATOR, "alice"), List.of(Spans.begin(made),
				Spans.end(made), made.getStatus(), made.getProvenance().getOrigin(), made.getProvenance().getAuthor()));
		assertEquals(organization, made.getLabel());

		domain.getCommandStack().undo();
		assertEquals(person, second.getLabel());
		assertNull(second.getProvenance().getProposed());
		assertEquals(List.of(first, second), List.copyOf(set.getAnnotations()), "one undo takes back decision and followers");
		assertEquals(person, first.getLabel());
	}

	@Test
	void aFollowerAcceptedLaterCountsAsTheEnginesProposalRelabelled() {
		relabelFirst();
		domain.getCommandStack().execute(Decisions.accept(domain, second, "alice", when));
		EngineReport.Engine e = EngineReport.of(List.of(document)).engines().get(0);
		assertEquals(List.of(0, 2), List.of(e.all().accepted(), e.all().relabelled()),
				"both PERSON proposals were wrong: one relabelled by hand, one followed and accepted");
		assertEquals(2, e.labels().get("PERSON").relabelledTo().get("ORGANIZATION"));
	}

	@Test
	void aDecidedExtentIsNotFollowedOnAndNothingFollowsPartOfAWord() {
		domain.getCommandStack().execute(Decisions.accept(domain, second, "alice", when));
		Following.Result follows = Following.labelled(domain, set, first, organization, 0, 7, "alice", when);
		assertEquals(List.of(0, 1), List.of(follows.changed(), follows.made()), "the accepted PERSON stands");
		assertNull(Following.labelled(domain, set, null, organization, 0, 5, "alice", when), "'Pirel' stands as a word nowhere");
	}

	@Test
	void aRejectionRejectsTheOpenProposalsOfItsLabelOnTheSameWords() {
		Span third = proposal(organization, 38, 45);
		Following.Result follows = Following.rejected(domain, first, "alice", when);
		assertEquals(List.of(0, 0, 1), List.of(follows.changed(), follows.made(), follows.rejected()));
		domain.getCommandStack().execute(follows.command());
		assertEquals(AnnotationStatus.REJECTED, second.getStatus());
		assertEquals("alice", second.getProvenance().getDecidedBy());
		assertEquals(AnnotationStatus.PROPOSED, third.getStatus(), "another label on the same words is not rejected");
		for (Annotation a : set.getAnnotations()) {
			assertNull(a.getProvenance().getProposed());
		}
	}

	@Test
	void aLayerOfLinkedStructuresDoesNotFollow() {
		Label cue = Schemas.label(schema, "claim", "CUE");
		Span said = Spans.create(cue, 8, 12);
		set.getAnnotations().add(said);
		assertNull(Following.labelled(domain, set, said, cue, 8, 12, "alice", when),
				"a cue marked is not every such word of the document");
		assertNull(Following.rejected(domain, said, "alice", when));
		assertEquals(List.of(false, true), List.of(Following.follows(cue.getLayer()), Following.follows(person.getLayer())));
	}
}
