/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Date;
import java.util.List;

import org.assay.model.AnnotationSet;
import org.assay.model.AnnotationStatus;
import org.assay.model.AssayFactory;
import org.assay.model.AssayPackage;
import org.assay.model.Document;
import org.assay.model.Label;
import org.assay.model.LabelSchema;
import org.assay.model.Origin;
import org.assay.model.Provenance;
import org.assay.model.Span;
import org.assay.model.WorkState;
import org.assay.model.edit.decisions.Decisions;
import org.assay.model.provider.AssayItemProviderAdapterFactory;
import org.assay.model.support.Schemas;
import org.assay.model.support.SetNames;
import org.assay.model.support.Spans;
import org.assay.model.support.StandardSchema;
import org.assay.model.support.WorkStates;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DecisionsTest {

	private final LabelSchema schema = StandardSchema.create();
	private final Date when = new Date(1_780_000_000_000L);
	private AdapterFactoryEditingDomain domain;
	private Span proposal;
	private Provenance engine;

	@BeforeEach
	void proposal() {
		domain = new AdapterFactoryEditingDomain(new AssayItemProviderAdapterFactory(), new BasicCommandStack());
		Document d = AssayFactory.eINSTANCE.createDocument();
		d.setText("Acme hired Jo Lee.");
		AnnotationSet set = SetNames.findOrCreate(d, "alice");
		proposal = Spans.create(Schemas.label(schema, "entity", "ORGANIZATION"), 11, 17);
		engine = AssayFactory.eINSTANCE.createProvenance();
		engine.setOrigin(Origin.ENGINE);
		engine.setEngineId("entities");
		engine.setConfidence(0.61);
		proposal.setProvenance(engine);
		set.getAnnotations().add(proposal);
	}

	@Test
	void acceptRecordsWhoAndWhenAndUndoes() {
		domain.getCommandStack().execute(Decisions.accept(domain, proposal, "alice", when));
		assertEquals(AnnotationStatus.ACCEPTED, proposal.getStatus());
		assertEquals("alice", proposal.getProvenance().getDecidedBy());
		assertEquals(when, proposal.getProvenance().getDecided());
		assertEquals("entities", proposal.getProvenance().getEngineId(), "the engine's part is kept");
		assertEquals(0.61, proposal.getProvenance().getConfidence());
		domain.getCommandStack().undo();
		assertEquals(AnnotationStatus.PROPOSED, proposal.getStatus());
		assertSame(engine, proposal.getProvenance(), "undo restores the provenance as it was");
		assertNull(engine.getDecidedBy());
		domain.getCommandStack().redo();
		assertEquals(AnnotationStatus.ACCEPTED, proposal.getStatus());
	}

	@Test
	void theFirstDecisionStartsTheSetAndItsUndoMakesItNewAgain() {
		AnnotationSet set = (AnnotationSet) proposal.eContainer();
		assertEquals(WorkState.NEW, WorkStates.of(set), "only an offer in it: not started");
		Command accept = Decisions.accept(domain, proposal, "alice", when);
		domain.getCommandStack().execute(Decisions.starting(domain, set, accept));
		assertEquals(WorkState.IN_PROGRESS, set.getState(), "marked in progress, saved so");
		assertEquals("Accept", domain.getCommandStack().getUndoCommand().getLabel(), "the decision's name for undo");
		domain.getCommandStack().undo();
		assertEquals(WorkState.NEW, set.getState());
		assertEquals(AnnotationStatus.PROPOSED, proposal.getStatus(), "one undo takes both back");
		domain.getCommandStack().redo();
		assertEquals(WorkState.IN_PROGRESS, set.getState());
		assertEquals(AnnotationStatus.ACCEPTED, proposal.getStatus());

		Command done = SetCommand.create(domain, set, AssayPackage.Literals.ANNOTATION_SET__STATE, WorkState.DONE);
		assertSame(done, Decisions.starting(domain, set, done), "a set already started is left as it is");
	}

	@Test
	void aSetThatSaysNewWithADecisionInItHasStarted() {
		AnnotationSet set = (AnnotationSet) proposal.eContainer();
		assertEquals(WorkState.NEW, WorkStates.of(null), "no set: nothing started");
		proposal.setStatus(AnnotationStatus.REJECTED); // as a set saved before the editor marked sets in progress
		assertEquals(WorkState.NEW, set.getState());
		assertEquals(WorkState.IN_PROGRESS, WorkStates.of(set));
		assertTrue(WorkStates.started(set));
		set.setState(WorkState.DONE);
		assertEquals(WorkState.DONE, WorkStates.of(set), "what the set says, when it says more than new");
		Document d = (Document) set.eContainer();
		SetNames.findOrCreate(d, "engine:entities");
		assertTrue(WorkStates.doneIn(d, List.of("alice", "engine:entities")), "an engine's set is never waited for");
		assertFalse(WorkStates.doneIn(d, List.of("alice", "bob")), "bob has no set here");
		set.getAnnotations().clear();
		set.setState(WorkState.NEW);
		assertFalse(WorkStates.started(set), "an empty new set has not started");
		assertFalse(WorkStates.doneIn(d, List.of("alice")));
	}

	@Test
	void theWorkReachesTheLineOfTheFirstOpenProposalOrOfTheFurthestDecision() {
		Document d = AssayFactory.eINSTANCE.createDocument();
		d.setText("Acme hired Jo Lee.\nLee met Ann Ray.\nRay left Oslo.\nOslo wept.");
		AnnotationSet set = SetNames.findOrCreate(d, "alice");
		int line2 = d.getText().indexOf("Lee met");
		int line3 = d.getText().indexOf("Ray left");
		Span acme = offer(set, "ORGANIZATION", 0, 4);
		Span ann = offer(set, "PERSON", d.getText().indexOf("Ann"), d.getText().indexOf("Ann") + 7);
		Span oslo = offer(set, "LOCATION", d.getText().indexOf("Oslo"), d.getText().indexOf("Oslo") + 4);
		assertEquals(0, WorkStates.reach(set), "nothing decided");
		domain.getCommandStack().execute(Decisions.accept(domain, acme, "alice", when));
		assertEquals(0, WorkStates.reach(set), "the first line may still hold a name she has not marked");
		domain.getCommandStack().execute(Decisions.reject(domain, ann, "alice", when));
		assertEquals(line2, WorkStates.reach(set), "the first line is through: the furthest decision is on the second");
		domain.getCommandStack().execute(Decisions.create(domain, set, Schemas.label(schema, "entity", "PERSON"),
				line3, line3 + 3, "alice", when));
		assertEquals(line3, WorkStates.reach(set), "a name she marked counts as a decision");
		Span later = offer(set, "LOCATION", d.getText().lastIndexOf("Oslo"), d.getText().length() - 6);
		domain.getCommandStack().execute(Decisions.accept(domain, later, "alice", when));
		assertEquals(line3, WorkStates.reach(set), "the open proposal on the third line stops it, whatever comes after");
		domain.getCommandStack().execute(Decisions.accept(domain, oslo, "alice", when));
		assertEquals(d.getText().lastIndexOf("Oslo"), WorkStates.reach(set), "up to the line of the furthest decision");
	}

	private Span offer(AnnotationSet set, String label, int begin, int end) {
		Span span = Spans.create(Schemas.label(schema, "entity", label), begin, end);
		Provenance p = AssayFactory.eINSTANCE.createProvenance();
		p.setOrigin(Origin.ENGINE);
		p.setEngineId("entities");
		span.setProvenance(p);
		set.getAnnotations().add(span);
		return span;
	}

	@Test
	void relabelKeepsTheProposalItCorrects() {
		Label person = Schemas.label(schema, "entity", "PERSON");
		domain.getCommandStack().execute(Decisions.relabel(domain, proposal, person, "alice", when));
		assertEquals(person, proposal.getLabel());
		assertEquals(AnnotationStatus.CORRECTED, proposal.getStatus());
		assertEquals("ORGANIZATION", proposal.getProvenance().getProposed().getLabel().getName());
		assertEquals(11, proposal.getProvenance().getProposed().getFragments().get(0).getBegin());
		Label date = Schemas.label(schema, "entity", "DATE");
		domain.getCommandStack().execute(Decisions.relabel(domain, proposal, date, "bob", when));
		assertEquals("ORGANIZATION", proposal.getProvenance().getProposed().getLabel().getName(),
				"the first proposal is kept through further corrections");
		assertEquals("bob", proposal.getProvenance().getDecidedBy());
		domain.getCommandStack().undo();
		domain.getCommandStack().undo();
		assertEquals("ORGANIZATION", proposal.getLabel().getName());
		assertEquals(AnnotationStatus.PROPOSED, proposal.getStatus());
		assertTrue(domain.getCommandStack().canRedo());
	}

	@Test
	void deletingAnEnginesProposalRejectsItSoThatItIsKnownAndUndoes() {
		AnnotationSet set = (AnnotationSet) proposal.eContainer();
		domain.getCommandStack().execute(Decisions.delete(domain, proposal, "alice", when));
		assertTrue(set.getAnnotations().contains(proposal), "kept as a record");
		assertEquals(AnnotationStatus.REJECTED, proposal.getStatus());
		assertEquals("alice", proposal.getProvenance().getDecidedBy());
		assertFalse(Decisions.delete(domain, proposal, "alice", when).canExecute(), "already rejected");
		domain.getCommandStack().undo();
		assertEquals(AnnotationStatus.PROPOSED, proposal.getStatus());
	}

	@Test
	void rejectingAnAnnotationWithoutProvenanceGivesItOne() {
		Span mine = Spans.create(Schemas.label(schema, "entity", "PERSON"), 0, 4);
		((AnnotationSet) proposal.eContainer()).getAnnotations().add(mine);
		domain.getCommandStack().execute(Decisions.reject(domain, mine, "alice", when));
		assertEquals(AnnotationStatus.REJECTED, mine.getStatus());
		assertEquals(Origin.ANNOTATOR, mine.getProvenance().getOrigin());
		assertEquals("alice", mine.getProvenance().getDecidedBy());
		domain.getCommandStack().undo();
		assertNull(mine.getProvenance());
	}

	@Test
	void reshapeCreateAndDeleteUndo() {
		AnnotationSet set = (AnnotationSet) proposal.eContainer();
		domain.getCommandStack().execute(Decisions.reshape(domain, proposal, 14, 17, "alice", when));
		assertEquals(14, Spans.begin(proposal));
		assertEquals(AnnotationStatus.CORRECTED, proposal.getStatus());
		assertEquals(11, proposal.getProvenance().getProposed().getFragments().get(0).getBegin());
		Label person = Schemas.label(schema, "entity", "PERSON");
		domain.getCommandStack().execute(Decisions.create(domain, set, person, 0, 4, "alice", when));
		Span made = (Span) set.getAnnotations().get(1);
		assertEquals(AnnotationStatus.ACCEPTED, made.getStatus());
		assertEquals("alice", made.getProvenance().getAuthor());
		org.assay.model.Link link = AssayFactory.eINSTANCE.createLink();
		link.setRole("related");
		link.setSource(made);
		link.setTarget(proposal);
		set.getAnnotations().add(link);
		domain.getCommandStack().execute(Decisions.delete(domain, made, "alice", when));
		assertEquals(1, set.getAnnotations().size(), "the span goes with the link that starts at it");
		domain.getCommandStack().undo();
		assertEquals(3, set.getAnnotations().size());
		domain.getCommandStack().undo();
		domain.getCommandStack().undo();
		assertEquals(11, Spans.begin(proposal));
		assertEquals(AnnotationStatus.PROPOSED, proposal.getStatus());
	}

	@Test
	void linkingAClaimReplacesItsEarlierLinkOfThatRoleAndUndoes() {
		AnnotationSet set = (AnnotationSet) proposal.eContainer();
		Span claim = Spans.create(Schemas.label(schema, "claim", "CLAIM"), 0, 10);
		Span other = Spans.create(Schemas.label(schema, "entity", "PERSON"), 0, 4);
		set.getAnnotations().add(claim);
		set.getAnnotations().add(other);
		domain.getCommandStack().execute(Decisions.link(domain, claim, proposal, "claimant", "alice", when));
		org.assay.model.Link first = (org.assay.model.Link) set.getAnnotations().get(set.getAnnotations().size() - 1);
		assertSame(proposal, first.getTarget());
		assertEquals(AnnotationStatus.ACCEPTED, first.getStatus());
		assertEquals("alice", first.getProvenance().getAuthor());
		domain.getCommandStack().execute(Decisions.link(domain, claim, other, "claimant", "alice", when));
		long claimants = set.getAnnotations().stream()
				.filter(a -> a instanceof org.assay.model.Link l && l.getRole().equals("claimant")).count();
		assertEquals(1, claimants, "one claimant: the new link replaced the old");
		domain.getCommandStack().undo();
		assertTrue(set.getAnnotations().contains(first), "undo brings the first link back");
		assertEquals(1, set.getAnnotations().stream()
				.filter(a -> a instanceof org.assay.model.Link l && l.getRole().equals("claimant")).count());
	}

	@Test
	void setFeatureAddsChangesAndRemovesAValueUndoably() {
		Span claim = Spans.create(Schemas.label(schema, "claim", StandardSchema.CLAIM_CONTENT), 0, 4);
		claim.setStatus(AnnotationStatus.ACCEPTED);
		((AnnotationSet) proposal.eContainer()).getAnnotations().add(claim);
		var stack = domain.getCommandStack();
		stack.execute(Decisions.setFeature(domain, claim, StandardSchema.FEATURE_CLAIM_TYPE, "direct"));
		assertEquals("direct", claim.getFeatures().get(StandardSchema.FEATURE_CLAIM_TYPE));
		stack.execute(Decisions.setFeature(domain, claim, StandardSchema.FEATURE_CLAIM_TYPE, "mixed"));
		assertEquals("mixed", claim.getFeatures().get(StandardSchema.FEATURE_CLAIM_TYPE));
		assertEquals(1, claim.getFeatures().size());
		assertEquals(AnnotationStatus.ACCEPTED, claim.getStatus(), "a value edit is no decision");
		assertTrue(stack.getUndoCommand().getLabel().contains(StandardSchema.FEATURE_CLAIM_TYPE));
		stack.execute(Decisions.setFeature(domain, claim, StandardSchema.FEATURE_CLAIM_TYPE, ""));
		assertNull(claim.getFeatures().get(StandardSchema.FEATURE_CLAIM_TYPE), "an empty value removes it");
		assertTrue(claim.getFeatures().isEmpty());
		stack.undo();
		assertEquals("mixed", claim.getFeatures().get(StandardSchema.FEATURE_CLAIM_TYPE));
		stack.undo();
		assertEquals("direct", claim.getFeatures().get(StandardSchema.FEATURE_CLAIM_TYPE));
		stack.undo();
		assertTrue(claim.getFeatures().isEmpty());
		stack.redo();
		assertEquals("direct", claim.getFeatures().get(StandardSchema.FEATURE_CLAIM_TYPE));
		assertFalse(Decisions.setFeature(domain, claim, "note", null).canExecute(), "nothing to remove");
	}
}
