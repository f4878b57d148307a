/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.uima.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Date;
import java.util.List;

import org.assay.model.Annotation;
import org.assay.model.AnnotationSet;
import org.assay.model.AnnotationStatus;
import org.assay.model.AssayFactory;
import org.assay.model.Document;
import org.assay.model.LabelSchema;
import org.assay.model.Link;
import org.assay.model.Origin;
import org.assay.model.Provenance;
import org.assay.model.Span;
import org.assay.model.edit.decisions.Decisions;
import org.assay.model.support.Schemas;
import org.assay.model.support.SetNames;
import org.assay.model.support.Spans;
import org.assay.sample.SampleProject;
import org.assay.uima.Proposals;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a second run offers into a set an annotator has worked on, when the engine (a new version, a retrained
 * model) draws the same things at other extents.
 */
class ProposalsTest {

	private static final String TEXT = "Claire Duval told reporters: \"The U.S. market will not wait.\" "
			+ "Officials in Paris said the minister told them the plan was late.";

	@TempDir
	Path dir;

	private LabelSchema schema;
	private Document document;
	private AnnotationSet mine;
	private AdapterFactoryEditingDomain domain;

	@BeforeEach
	void project() throws Exception {
		schema = SampleProject.create(dir).project().getSchema();
		document = AssayFactory.eINSTANCE.createDocument();
		document.setId("d");
		document.setText(TEXT);
		mine = SetNames.findOrCreate(document, "ana");
		domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), new BasicCommandStack());
	}

	@Test
	void theSameLabelRedrawnOverADecisionIsNotOfferedAgain() {
		AnnotationSet v1 = engineSet("1.0.0");
		Span us = span(v1, "entity", "LOCATION", "U.S.");
		Span paris = span(v1, "entity", "LOCATION", "Paris");
		Span duval = span(v1, "entity", "PERSON", "Duval");
		Proposals.offer(v1, mine);
		execute(Decisions.accept(domain, offered(us), "ana", new Date()));
		execute(Decisions.reject(domain, offered(paris), "ana", new Date()));
		Span resized = offered(duval);
		execute(Decisions.reshape(domain, resized, TEXT.indexOf("Claire"), TEXT.indexOf(" told"), "ana", new Date()));

		AnnotationSet v2 = engineSet("1.1.0");
		span(v2, "entity", "LOCATION", "The U.S."); // over the accepted U.S.
		span(v2, "entity", "LOCATION", "in Paris"); // over the rejected Paris
		span(v2, "entity", "PERSON", "Duval told"); // over the extent Duval was proposed at, resized since
		Span other = span(v2, "entity", "ORGANIZATION", "U.S. market"); // another label: another opinion
		Span fresh = span(v2, "entity", "NORP", "Officials");
		Proposals.Offer offer = Proposals.offer(v2, mine);

		assertEquals(3, offer.alreadyThere());
		assertEquals(3, offer.alreadyDecided());
		assertEquals("3 already there (3 decided)", offer.alreadyThereText());
		assertEquals(2, offer.added());
		assertEquals(List.of("U.S.", "Paris", "Claire Duval", "U.S. market", "Officials"), texts(mine));
		assertNotNull(offered(other));
		assertNotNull(offered(fresh));
	}

	@Test
	void anotherEnginesUndecidedProposalCountsAsAlreadyThereNotDecided() {
		AnnotationSet entities = engineSet("1.0.0");
		Span duval = span(entities, "entity", "PERSON", "Claire Duval");
		span(entities, "entity", "LOCATION", "Paris");
		Proposals.offer(entities, mine);
		execute(Decisions.accept(domain, offered(duval), "ana", new Date()));

		AnnotationSet claims = engineSet("1.0.0");
		claims.setName("engine:claims");
		span(claims, "entity", "PERSON", "Claire Duval"); // the claimant, decided already
		span(claims, "entity", "LOCATION", "Paris"); // the entity engine's, still open
		span(claims, "entity", "NORP", "Officials");
		Proposals.Offer offer = Proposals.offer(claims, mine);

		assertEquals(1, offer.added());
		assertEquals(2, offer.alreadyThere());
		assertEquals(1, offer.alreadyDecided());
		assertEquals("2 already there (1 decided, 1 proposed by another engine)", offer.alreadyThereText());
		assertEquals("0 already there", Proposals.Offer.NONE.alreadyThereText());
	}

	@Test
	void aModelTakingOverALayerReplacesTheOtherEnginesUndecidedProposalsThere() {
		AnnotationSet rules = engineSet("1.1.0");
		rules.setName("engine:entities");
		Span duval = span(rules, "entity", "PERSON", "Claire Duval");
		span(rules, "entity", "LOCATION", "Paris");
		Span officials = span(rules, "entity", "NORP", "Officials");
		Proposals.offer(rules, mine);
		AnnotationSet claims = engineSet("1.2.2");
		claims.setName("engine:claims");
		Span claim = span(claims, "claim", "CLAIM", "The U.S. market will not wait.");
		link(claims, "claimant", claim, span(claims, "entity", "PERSON", "Claire Duval"));
		Proposals.offer(claims, mine);
		execute(Decisions.accept(domain, offered(officials), "ana", new Date()));

		AnnotationSet learned = engineSet("1.0.0");
		learned.setName("engine:learned");
		Span parisOrg = span(learned, "entity", "ORGANIZATION", "Paris");
		Span us = span(learned, "entity", "LOCATION", "U.S.");
		Proposals.Offer offer = Proposals.offer(learned, mine, java.util.Set.of("entity"));

		assertEquals(1, offer.replaced(), "the rules' Paris: undecided, in the layer, no link to it");
		assertEquals(2, offer.added());
		assertEquals(List.of("Claire Duval", "Officials", "The U.S. market will not wait.", "Paris", "U.S."),
				texts(mine), "the claimant a claim links to, the decided Officials and the claim stay");
		assertNotNull(offered(duval));
		assertNotNull(offered(parisOrg));
		assertNotNull(offered(us));
		assertEquals(1, mine.getAnnotations().stream().filter(Link.class::isInstance).count(), "the claimant link");
	}

	@Test
	void aClaimRedrawnOverADecidedOneIsLeftOutWithTheCueOnlyItLinksTo() {
		AnnotationSet v1 = engineSet("1.0.0");
		Span claim = span(v1, "claim", "CLAIM", "\"The U.S. market will not wait.\"");
		Span cue = span(v1, "claim", "CUE", "told");
		Span person = span(v1, "entity", "PERSON", "Claire Duval");
		link(v1, "cue", claim, cue);
		link(v1, "claimant", claim, person);
		Proposals.offer(v1, mine);
		execute(Decisions.accept(domain, offered(claim), "ana", new Date()));
		execute(Decisions.accept(domain, offered(person), "ana", new Date()));
		// the annotator leaves the cue undecided: it stays a proposal of this engine, replaced on the next run

		AnnotationSet v2 = engineSet("1.1.0");
		Span claim2 = span(v2, "claim", "CLAIM", "The U.S. market will not wait.");
		Span cue2 = span(v2, "claim", "CUE", "told reporters");
		link(v2, "cue", claim2, cue2);
		Span later = span(v2, "claim", "CLAIM", "the plan was late");
		Span said = span(v2, "claim", "CUE", "said");
		Span duval = span(v2, "entity", "PERSON", "Duval"); // the decided Claire Duval drawn shorter
		link(v2, "cue", later, said);
		link(v2, "claimant", later, duval);
		Proposals.Offer offer = Proposals.offer(v2, mine);

		assertEquals(3, offer.replaced(), "the undecided cue of the first run and the two links, undecided too");
		assertNull(offered(cue2), "a part only the left-out claim links to is left out with it");
		assertEquals(List.of("\"The U.S. market will not wait.\"", "Claire Duval", "the plan was late", "said"),
				texts(mine));
		Span latest = offered(later);
		Link claimant = link(latest, "claimant");
		assertNotNull(claimant, "the new claim's claimant link");
		assertEquals(offered(person), claimant.getTarget(), "to the decided Claire Duval, not a second mention");
		assertEquals(AnnotationStatus.PROPOSED, claimant.getStatus());
		assertNotNull(link(latest, "cue"));
		assertNull(link(offered(claim), "cue"), "nothing new linked to the decided claim");
		assertEquals(3, offer.alreadyThere(), "the redrawn claim, its cue, Claire Duval drawn shorter: " + offer);
		assertEquals(4, offer.added(), "the new claim, its cue and their two links: " + offer);
	}

	@Test
	void aClaimNestedInADecidedOneIsAnotherClaimAndOffered() {
		AnnotationSet v1 = engineSet("1.0.0");
		Span outer = span(v1, "claim", "CLAIM", "the minister told them the plan was late");
		Span said = span(v1, "claim", "CUE", "said");
		link(v1, "cue", outer, said);
		Proposals.offer(v1, mine);
		for (Annotation a : List.copyOf(mine.getAnnotations())) {
			execute(Decisions.accept(domain, a, "ana", new Date()));
		}

		AnnotationSet v2 = engineSet("1.1.0");
		span(v2, "claim", "CLAIM", "them the plan was late"); // the outer one redrawn, with no cue: the same claim
		Span inner = span(v2, "claim", "CLAIM", "the plan was late");
		Span told = span(v2, "claim", "CUE", "told");
		link(v2, "cue", inner, told);
		Proposals.Offer offer = Proposals.offer(v2, mine);

		assertEquals(1, offer.alreadyThere(), offer.toString());
		assertNotNull(offered(inner), "its cue lies elsewhere than the decided claim's: another claim");
		assertNotNull(link(offered(inner), "cue"));
		assertEquals(List.of("the minister told them the plan was late", "said", "the plan was late", "told"),
				texts(mine));
	}

	@Test
	void twoProposalsOverOneDecisionOrOneOverTwoAreNoRedrawingAndOffered() {
		AnnotationSet v1 = engineSet("1.0.0");
		Span both = span(v1, "entity", "LOCATION", "Officials in Paris");
		Span claire = span(v1, "entity", "PERSON", "Claire");
		Span duval = span(v1, "entity", "PERSON", "Duval");
		Proposals.offer(v1, mine);
		for (Span s : List.of(both, claire, duval)) {
			execute(Decisions.accept(domain, offered(s), "ana", new Date()));
		}

		AnnotationSet v2 = engineSet("1.1.0");
		Span officials = span(v2, "entity", "LOCATION", "Officials");
		Span paris = span(v2, "entity", "LOCATION", "Paris");
		Span whole = span(v2, "entity", "PERSON", "Claire Duval");
		Proposals.Offer offer = Proposals.offer(v2, mine);

		assertEquals(3, offer.added(), offer.toString());
		assertNotNull(offered(officials));
		assertNotNull(offered(paris));
		assertNotNull(offered(whole));
	}

	@Test
	void aDocumentOfTwentyThousandDecisionsRedrawnIsOfferedNothing() {
		// a long document: the overlaps are found through an index, not by comparing every pair (400 million here)
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < 20_000; i++) {
			text.append("the Alpha Beta ");
		}
		Document big = AssayFactory.eINSTANCE.createDocument();
		big.setId("big");
		big.setText(text.toString());
		AnnotationSet ana = SetNames.findOrCreate(big, "ana");
		AnnotationSet v2 = engineSet("1.1.0");
		for (int i = 0; i < 20_000; i++) {
			int at = i * 15 + 4; // "Alpha Beta"
			Span decided = Spans.create(Schemas.label(schema, "entity", "PERSON"), at, at + 10);
			decided.setStatus(i % 2 == 0 ? AnnotationStatus.ACCEPTED : AnnotationStatus.REJECTED);
			ana.getAnnotations().add(decided);
			Span redrawn = Spans.create(Schemas.label(schema, "entity", "PERSON"), at - 4, at + 10); // "the Alpha Beta"
			redrawn.setProvenance(provenance(v2));
			v2.getAnnotations().add(redrawn);
		}
		Proposals.Offer offer = Proposals.offer(v2, ana);
		assertEquals(0, offer.added());
		assertEquals(20_000, offer.alreadyThere());
		assertEquals(20_000, ana.getAnnotations().size());
	}

	@Test
	void undecidedProposalsOfAnotherEngineDoNotHoldBackAnOverlappingOne() {
		AnnotationSet other = engineSet("1.0.0");
		other.setName("engine:other");
		span(other, "entity", "LOCATION", "U.S.");
		Proposals.offer(other, mine);

		AnnotationSet v1 = engineSet("1.0.0");
		span(v1, "entity", "LOCATION", "The U.S.");
		assertEquals(1, Proposals.offer(v1, mine).added());
		assertEquals(List.of("U.S.", "The U.S."), texts(mine));
	}

	private AnnotationSet engineSet(String version) {
		AnnotationSet set = AssayFactory.eINSTANCE.createAnnotationSet();
		set.setName("engine:test");
		set.setKind(SetNames.kindOf("engine:test"));
		set.setModified(new Date());
		set.setRun(AssayFactory.eINSTANCE.createEngineRun());
		set.getRun().setEngineId("test");
		set.getRun().setEngineVersion(version);
		return set;
	}

	private Span span(AnnotationSet set, String layer, String label, String covered) {
		int begin = TEXT.indexOf(covered);
		assertTrue(begin >= 0, covered);
		Span span = Spans.create(Schemas.label(schema, layer, label), begin, begin + covered.length());
		span.setId("p" + (set.getAnnotations().size() + 1));
		span.setProvenance(provenance(set));
		set.getAnnotations().add(span);
		return span;
	}

	private void link(AnnotationSet set, String role, Annotation from, Annotation to) {
		Link link = AssayFactory.eINSTANCE.createLink();
		link.setRole(role);
		link.setSource(from);
		link.setTarget(to);
		link.setId("p" + (set.getAnnotations().size() + 1));
		link.setProvenance(provenance(set));
		set.getAnnotations().add(link);
	}

	private static Provenance provenance(AnnotationSet set) {
		Provenance p = AssayFactory.eINSTANCE.createProvenance();
		p.setOrigin(Origin.ENGINE);
		p.setEngineId(set.getRun().getEngineId());
		p.setEngineVersion(set.getRun().getEngineVersion());
		return p;
	}

	/** The span in the annotator's set at the proposal's extent and label, null if none. */
	private Span offered(Span proposal) {
		for (Annotation a : mine.getAnnotations()) {
			if (a instanceof Span s && s.getLabel() == proposal.getLabel() && Spans.begin(s) == Spans.begin(proposal)
					&& Spans.end(s) == Spans.end(proposal)) {
				return s;
			}
		}
		return null;
	}

	private Link link(Annotation from, String role) {
		for (Annotation a : mine.getAnnotations()) {
			if (a instanceof Link l && l.getSource() == from && role.equals(l.getRole())) {
				return l;
			}
		}
		return null;
	}

	private static List<String> texts(AnnotationSet set) {
		return set.getAnnotations().stream().filter(Span.class::isInstance).map(a -> Spans.coveredText((Span) a, TEXT))
				.toList();
	}

	private void execute(org.eclipse.emf.common.command.Command command) {
		assertTrue(command.canExecute());
		domain.getCommandStack().execute(command);
	}
}
