/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.agreement.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.assay.agreement.CuratedLinks;
import org.assay.agreement.Disputes;
import org.assay.agreement.Disputes.Place;
import org.assay.agreement.Disputes.Version;
import org.assay.model.Annotation;
import org.assay.model.AnnotationSet;
import org.assay.model.AnnotationStatus;
import org.assay.model.Document;
import org.assay.model.Link;
import org.assay.model.Span;
import org.assay.model.evaluation.Matching;
import org.assay.model.support.SetNames;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

/**
 * Links in curation: a claim drawn alike by two sets but given different claimants is two versions, and a version
 * taken into the target set brings the links whose other end the target has, in either direction.
 */
class CurationLinksTest {

	// "Ann told Bo Rome wins": the claim 13-22, the cue 4-8, two persons
	private static final String TEXT = "Ann told Bo, Rome wins.";

	private final Fixture f = new Fixture();
	private final Document d = f.document("d", TEXT);

	/** A set's claim (13-22) with its cue, and a claimant: Ann (0-3) or Bo (9-11). */
	private Span claim(String set, int claimantBegin, int claimantEnd) {
		Span claim = f.span(d, set, "CLAIM", 13, 22);
		f.link("cue", claim, f.span(d, set, "CUE", 4, 8));
		f.link("claimant", claim, f.span(d, set, "PERSON", claimantBegin, claimantEnd));
		return claim;
	}

	private Place placeOf(List<Place> places, int begin) {
		return places.stream().filter(p -> p.begin() == begin).findFirst().orElseThrow();
	}

	@Test
	void aClaimDrawnAlikeWithAnotherClaimantIsAnotherVersion() {
		claim("ana", 0, 3);
		claim("ben", 0, 3);
		claim("cy", 9, 11); // Bo as claimant (and Ann not marked)
		f.span(d, "cy", "PERSON", 0, 3);
		List<Place> places = Disputes.of(d, f.schema, List.of("ana", "ben", "cy"), false);
		Place claim = placeOf(places, 13);
		assertFalse(claim.agreed(), "the same extent and label, but not the same claimant");
		assertEquals(2, claim.versions().size());
		Version first = claim.versions().get(0);
		assertEquals(List.of("ana", "ben"), first.sets());
		assertEquals(List.of("claimant\tCLAIM", "cue\tCLAIM"),
				first.links().stream().map(l -> l.getRole() + "\t" + l.getSource().getLabel().getName()).toList());
		assertEquals(List.of("PERSON 0-3", "CUE 4-8"), first.links().stream().map(l -> Matching.extent(l.getTarget())).toList(),
				"ordered by role");
		assertEquals(List.of("cy"), claim.versions().get(1).sets());
		assertEquals("PERSON 9-11", Matching.extent(claim.versions().get(1).links().get(0).getTarget()));
		assertTrue(placeOf(places, 4).agreed(), "the cue itself is agreed");
		assertTrue(placeOf(places, 0).agreed(), "Ann is marked by all three");
	}

	@Test
	void allSetsLinkingAlikeAgree() {
		claim("ana", 0, 3);
		claim("ben", 0, 3);
		assertTrue(Disputes.of(d, f.schema, List.of("ana", "ben"), false).stream().allMatch(Place::agreed));
	}

	@Test
	void aTakenClaimBringsItsClaimantAndCueLinkedToWhatTheTargetHasOrCopied() {
		claim("ana", 0, 3);
		claim("ben", 9, 11);
		List<Place> places = Disputes.of(d, f.schema, List.of("ana", "ben"), false);
		AnnotationSet gold = SetNames.findOrCreate(d, "gold");
		Span cue = take(placeOf(places, 4).versions().get(0), gold); // the cue first: no claim yet, no links
		assertEquals(1, gold.getAnnotations().size());

		Version ana = placeOf(places, 13).versions().get(0);
		assertEquals(List.of("ana"), ana.sets());
		Span claim = take(ana, gold);
		List<Link> links = links(gold);
		assertEquals(List.of("claimant", "cue"), links.stream().map(Link::getRole).toList());
		assertTrue(links.stream().allMatch(l -> l.getSource() == claim && l.getStatus() == AnnotationStatus.ACCEPTED));
		assertSame(cue, links.get(1).getTarget(), "the cue gold has");
		Span ann = (Span) links.get(0).getTarget();
		assertEquals("PERSON 0-3", Matching.extent(ann), "ana's claimant, brought along");
		assertTrue(gold.getAnnotations().contains(ann));
		assertEquals(AnnotationStatus.ACCEPTED, ann.getStatus());
		assertEquals(5, gold.getAnnotations().size(), "cue, claim, Ann and two links; nothing doubled");

		take(placeOf(places, 9).versions().get(0), gold); // ben's claimant: the claim has one already
		assertEquals(2, links(gold).size(), "no second claimant");
	}

	@Test
	void aClaimantTakenAfterItsClaimIsLinkedToIt() {
		claim("ana", 0, 3);
		claim("ben", 0, 3);
		f.span(d, "ben", "PERSON", 9, 11); // Bo: ben marked him, ana did not
		List<Place> places = Disputes.of(d, f.schema, List.of("ana", "ben"), false);
		AnnotationSet gold = SetNames.findOrCreate(d, "gold");
		Span claim = EcoreUtil.copy(placeOf(places, 13).versions().get(0).span()); // merged before, without links
		gold.getAnnotations().add(claim);
		Version ann = placeOf(places, 0).versions().get(0);
		assertEquals(List.of("ana", "ben"), ann.sets());
		Span taken = take(ann, gold);
		List<Link> links = links(gold);
		assertEquals(1, links.size());
		assertSame(claim, links.get(0).getSource());
		assertSame(taken, links.get(0).getTarget());
		assertEquals("claimant", links.get(0).getRole());
		take(placeOf(places, 0).versions().get(0), gold); // taken again: still one claimant
		assertEquals(1, links(gold).size());
	}

	/**
	 * Pre-merge proposed the claim and its cue, not the claimant the sets dispute: the place is open until the claim
	 * is linked in every role the versions use, or decided.
	 */
	@Test
	void aClaimTakenWithoutItsDisputedClaimantIsUnlinkedUntilAVersionGivesIt() {
		Span anaClaim = claim("ana", 0, 3);
		claim("ben", 9, 11);
		List<Place> places = Disputes.of(d, f.schema, List.of("ana", "ben"), false);
		Place claim = placeOf(places, 13);
		AnnotationSet gold = SetNames.findOrCreate(d, "gold");
		assertEquals(null, CuratedLinks.unlinked(claim, gold), "nothing in gold");
		Span merged = EcoreUtil.copy(anaClaim);
		merged.setStatus(AnnotationStatus.PROPOSED); // as Pre-merge proposes it
		Span cue = take(placeOf(places, 4).versions().get(0), gold);
		gold.getAnnotations().add(merged);
		f.link("cue", merged, cue);
		assertSame(merged, CuratedLinks.unlinked(claim, gold), "the claim, without the claimant the sets dispute");
		merged.setStatus(AnnotationStatus.ACCEPTED);
		assertEquals(null, CuratedLinks.unlinked(claim, gold), "accepted as it is: the curator decided, no claimant");
		merged.setStatus(AnnotationStatus.PROPOSED);
		Version ben = claim.versions().get(1);
		assertSame(merged, CuratedLinks.held(ben, gold));
		List<Annotation> more = CuratedLinks.of(d, ben, merged, gold);
		assertEquals(List.of("PERSON 9-11", "CLAIM 13-22>PERSON 9-11"), more.stream().map(Matching::extent).toList(),
				"ben's claimant, brought and linked; no second cue");
		gold.getAnnotations().addAll(more);
		assertEquals(null, CuratedLinks.unlinked(claim, gold), "linked in every role the versions use");
		merged.setStatus(AnnotationStatus.REJECTED);
		assertEquals(null, CuratedLinks.held(ben, gold), "a rejected claim holds nothing to link");
	}

	@Test
	void aRejectedEndIsNeitherLinkedToNorBrought() {
		claim("ana", 0, 3);
		claim("ben", 0, 3);
		List<Place> places = Disputes.of(d, f.schema, List.of("ana", "ben"), false);
		AnnotationSet gold = SetNames.findOrCreate(d, "gold");
		Span ann = take(placeOf(places, 0).versions().get(0), gold);
		ann.setStatus(AnnotationStatus.REJECTED);
		Version claim = placeOf(places, 13).versions().get(0);
		List<Annotation> more = CuratedLinks.of(d, claim, EcoreUtil.copy(claim.span()), gold);
		assertEquals(List.of("CUE 4-8", "CLAIM 13-22>CUE 4-8"), more.stream().map(Matching::extent).toList(),
				"the cue brought and linked, Ann rejected in gold");
		assertEquals(4, CuratedLinks.of(d, claim, EcoreUtil.copy(claim.span()), null).size(),
				"no target set yet: both ends brought, both linked");
	}

	private static List<Link> links(AnnotationSet set) {
		return set.getAnnotations().stream().filter(Link.class::isInstance).map(Link.class::cast).toList();
	}

	/** Takes a version into the set as the curation editor does: a copy, accepted, with its links. */
	private static Span take(Version v, AnnotationSet target) {
		Span copy = EcoreUtil.copy(v.span());
		copy.setId(null);
		copy.setStatus(AnnotationStatus.ACCEPTED);
		List<Annotation> more = CuratedLinks.of((Document) target.eContainer(), v, copy, target);
		target.getAnnotations().add(copy);
		target.getAnnotations().addAll(more);
		return copy;
	}
}
