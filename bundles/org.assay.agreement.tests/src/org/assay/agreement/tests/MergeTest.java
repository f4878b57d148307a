/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.agreement.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.assay.agreement.Merge;
import org.assay.agreement.MergeReport;
import org.assay.agreement.MergeStrategy;
import org.assay.model.Annotation;
import org.assay.model.AnnotationSet;
import org.assay.model.AnnotationStatus;
import org.assay.model.Document;
import org.assay.model.Link;
import org.assay.model.Span;
import org.assay.model.evaluation.Matching;
import org.assay.model.support.SetNames;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Merge strategies on constructed cases. */
class MergeTest {

	private static final List<String> SETS = List.of("ana", "bob", "cy");
	private final Fixture f = new Fixture();
	private Document d;

	/**
	 * 0-3 PERSON: all three; 15-19 LOCATION: ana and bob, cy nothing there; 8-11: PERSON for ana and bob,
	 * ORGANIZATION for cy (a label conflict); 21-26 (ana) and 21-24 (bob) PERSON, partly overlapping.
	 */
	@BeforeEach
	void cases() {
		d = f.document("d1", "Ann met Bob in Rome, Cyrus and more text here.");
		for (String s : SETS) {
			f.span(d, s, "PERSON", 0, 3);
		}
		f.span(d, "ana", "LOCATION", 15, 19);
		f.span(d, "bob", "LOCATION", 15, 19);
		f.span(d, "ana", "PERSON", 8, 11);
		f.span(d, "bob", "PERSON", 8, 11);
		f.span(d, "cy", "ORGANIZATION", 8, 11);
		f.span(d, "ana", "PERSON", 21, 26);
		f.span(d, "bob", "PERSON", 21, 24);
	}

	private MergeReport merge(String strategy) {
		return Merge.merge(f.project.getDocuments(), f.schema, SETS, "gold", MergeStrategy.parse(strategy, 3),
				AnnotationStatus.PROPOSED, false, "cur", new Date(0));
	}

	private TreeSet<String> gold() {
		AnnotationSet gold = SetNames.find(d, "gold");
		return gold == null ? new TreeSet<>()
				: gold.getAnnotations().stream().map(Matching::extent).collect(Collectors.toCollection(TreeSet::new));
	}

	private static int[] counts(MergeReport r, String label) {
		MergeReport.LabelCount c = r.labels().stream().filter(l -> l.label().equals(label)).findFirst().orElseThrow();
		return new int[] { c.merged(), c.disputed(), c.alreadyThere() };
	}

	@Test
	void unanimousTakesWhatEverySetHas() {
		MergeReport r = merge("unanimous");
		assertEquals(new TreeSet<>(List.of("PERSON 0-3")), gold());
		assertEquals(1, r.merged());
		assertEquals(5, r.disputed(), "LOCATION, PERSON 8-11, ORGANIZATION 8-11 and the two partial PERSONs");
		assertEquals(List.of(1, 3, 0), List.of(counts(r, "PERSON")[0], counts(r, "PERSON")[1], counts(r, "PERSON")[2]));
		Span merged = (Span) SetNames.find(d, "gold").getAnnotations().get(0);
		assertEquals(AnnotationStatus.PROPOSED, merged.getStatus());
		assertEquals("merge:unanimous", merged.getProvenance().getAuthor());
		assertEquals("ana,bob,cy", merged.getProvenance().getSourceSet());
		assertNull(merged.getProvenance().getDecidedBy(), "a proposal is not decided yet");
		assertNull(merged.getId(), "the store gives ids when it saves");
		assertEquals(List.of(SetNames.find(d, "gold")), r.changed());
	}

	@Test
	void agreeingTakesWhatEverySetThatAnnotatedThereHas() {
		MergeReport r = merge("agreeing");
		assertEquals(new TreeSet<>(List.of("PERSON 0-3", "LOCATION 15-19")), gold());
		assertEquals(List.of(1, 0, 0), List.of(counts(r, "LOCATION")[0], counts(r, "LOCATION")[1], counts(r, "LOCATION")[2]));
		assertEquals(1, counts(r, "ORGANIZATION")[1], "the label conflict stays disputed");
		assertEquals(3, counts(r, "PERSON")[1], "8-11 against cy's ORGANIZATION, and the two partial overlaps");
		assertTrue(r.disputedPlaces().contains("d1@21 PERSON (ana)"), r.disputedPlaces().toString());
	}

	@Test
	void minimumTakesWhatKSetsHaveUnlessOutvoted() {
		MergeReport r = merge("min:2");
		assertEquals(new TreeSet<>(List.of("PERSON 0-3", "LOCATION 15-19", "PERSON 8-11")), gold());
		assertEquals(1, counts(r, "ORGANIZATION")[1]);
		MergeReport one = Merge.merge(f.project.getDocuments(), f.schema, SETS, "other", MergeStrategy.parse("min:1", 3),
				AnnotationStatus.PROPOSED, false, "cur", new Date(0));
		// min:1 takes every span but those outvoted (ORGANIZATION 8-11, 1 vote against 2) or tied (21-26 and 21-24)
		assertEquals(3, one.merged());
		assertEquals(3, one.disputed());
	}

	@Test
	void whatTheTargetHasStaysAndNothingIsDoubled() {
		f.span(d, "gold", "PERSON", 0, 3).setStatus(AnnotationStatus.REJECTED);
		f.span(d, "gold", "ORGANIZATION", 15, 19);
		MergeReport r = merge("agreeing");
		assertEquals(0, r.merged());
		assertEquals(2, r.alreadyThere());
		AnnotationSet gold = SetNames.find(d, "gold");
		assertEquals(2, gold.getAnnotations().size());
		assertEquals(AnnotationStatus.REJECTED, gold.getAnnotations().get(0).getStatus(), "the curator's rejection stays");
		assertEquals(List.of(), r.changed());

		MergeReport min = merge("min:2");
		assertEquals(1, min.merged());
		MergeReport again = merge("min:2");
		assertEquals(0, again.merged(), "a second run adds nothing");
		assertEquals(3, again.alreadyThere());
		assertEquals(3, gold.getAnnotations().size());
	}

	@Test
	void twoLabelsTheVotersStackOnOnePlaceBothGoIn() {
		for (String s : SETS) {
			f.span(d, s, "CUE", 4, 7);
			f.span(d, s, "ATTRIBUTION", 4, 7);
		}
		MergeReport r = merge("unanimous");
		assertEquals(new TreeSet<>(List.of("ATTRIBUTION 4-7", "CUE 4-7", "PERSON 0-3")), gold());
		assertEquals(0, r.alreadyThere());
	}

	@Test
	void aDocumentMissingASetIsLeftAlone() {
		Document d2 = f.document("d2", "Ann met Bob.");
		f.span(d2, "ana", "PERSON", 0, 3);
		f.span(d2, "bob", "PERSON", 0, 3);
		MergeReport r = merge("agreeing");
		assertEquals(List.of("d1"), r.documents());
		assertEquals(List.of("d2"), r.skipped());
		assertNull(SetNames.find(d2, "gold"));
	}

	@Test
	void acceptedRecordsTheCuratorAndKeepsOnlyFeaturesAllVotersShare() {
		for (Annotation a : d.getAnnotationSets().stream().flatMap(s -> s.getAnnotations().stream()).toList()) {
			Span s = (Span) a;
			if (Matching.extent(s).equals("PERSON 0-3")) {
				s.getFeatures().put("gender", "f");
				s.getFeatures().put("note", s.eContainer() == SetNames.find(d, "cy") ? "odd" : "same");
			}
		}
		MergeReport r = Merge.merge(f.project.getDocuments(), f.schema, SETS, "gold", MergeStrategy.parse("unanimous", 3),
				AnnotationStatus.ACCEPTED, false, "cur", new Date(1000));
		assertEquals(1, r.merged());
		Span merged = (Span) SetNames.find(d, "gold").getAnnotations().get(0);
		assertEquals(AnnotationStatus.ACCEPTED, merged.getStatus());
		assertEquals("cur", merged.getProvenance().getDecidedBy());
		assertEquals(new Date(1000), merged.getProvenance().getDecided());
		assertEquals("f", merged.getFeatures().get("gender"));
		assertNull(merged.getFeatures().get("note"), "the voters disagree on it");
	}

	@Test
	void claimantAndCueLinksMergeWhereTheSetsAgreeBetweenMergedSpans() {
		// "Ann said Rome wins": every set has the claim (9-18), the cue (4-8) and both persons; all link the cue,
		// ana and bob give Ann (0-3) as the claimant, cy gives Bob (8-11, a PERSON for ana and bob only)
		Document said = f.document("d2", "Ann said Rome wins.");
		Map<String, Span> claims = new java.util.HashMap<>();
		for (String s : SETS) {
			Span claim = f.span(said, s, "CLAIM", 9, 18);
			claims.put(s, claim);
			f.link("cue", claim, f.span(said, s, "CUE", 4, 8));
			Span ann = f.span(said, s, "PERSON", 0, 3);
			if (!s.equals("cy")) {
				f.link("claimant", claim, ann);
			}
		}
		f.link("claimant", claims.get("cy"), f.span(said, "cy", "LOCATION", 9, 13));
		MergeReport r = Merge.merge(List.of(said), f.schema, SETS, "gold", MergeStrategy.parse("min:2", 3),
				AnnotationStatus.ACCEPTED, false, "cur", new Date(0));

		AnnotationSet gold = SetNames.find(said, "gold");
		List<String> links = gold.getAnnotations().stream().filter(Link.class::isInstance).map(Matching::extent)
				.sorted().toList();
		assertEquals(List.of("CLAIM 9-18>CUE 4-8", "CLAIM 9-18>PERSON 0-3"), links, "the cue by all, Ann by two of three");
		Link claimant = (Link) gold.getAnnotations().stream()
				.filter(a -> a instanceof Link l && "claimant".equals(l.getRole())).findFirst().orElseThrow();
		assertEquals(AnnotationStatus.ACCEPTED, claimant.getStatus());
		assertEquals("ana,bob", claimant.getProvenance().getSourceSet());
		assertEquals("cur", claimant.getProvenance().getDecidedBy());
		assertTrue(gold.getAnnotations().contains(claimant.getSource()), "between the merged spans");
		assertEquals(AnnotationStatus.ACCEPTED, claimant.getSource().getStatus(), "its claimant agreed by two of three");
		assertEquals(0, r.proposedForLinks());
		assertEquals(List.of(1, 1, 0), List.of(counts(r, "claimant")[0], counts(r, "claimant")[1], counts(r, "claimant")[2]),
				"cy's claimant is disputed: its end is no merged span");
		assertEquals(1, counts(r, "cue")[0]);

		MergeReport again = Merge.merge(List.of(said), f.schema, SETS, "gold", MergeStrategy.parse("min:2", 3),
				AnnotationStatus.ACCEPTED, false, "cur", new Date(0));
		assertEquals(0, again.merged(), "nothing doubled");
		assertEquals(2, counts(again, "claimant")[2] + counts(again, "cue")[2], "both links already there");

		MergeReport unanimous = Merge.merge(List.of(said), f.schema, SETS, "gold2", MergeStrategy.parse("unanimous", 3),
				AnnotationStatus.PROPOSED, false, "cur", new Date(0));
		assertEquals(1, counts(unanimous, "cue")[0]);
		assertEquals(0, counts(unanimous, "claimant")[0], "two claimants for one claim: no unanimity");
	}

	@Test
	void aClaimWhoseClaimantTheSetsDisputeIsMergedAsAProposalEvenWhenAcceptedIsAsked() {
		// "Ann told Bob rain": all three draw the claim (13-17), its cue and both persons; ana gives Ann as the
		// claimant, bob gives Bob, cy gives none
		Document told = f.document("d3", "Ann told Bob rain.");
		Map<String, Span> claims = new java.util.HashMap<>();
		for (String s : SETS) {
			Span claim = f.span(told, s, "CLAIM", 13, 17);
			claims.put(s, claim);
			f.link("cue", claim, f.span(told, s, "CUE", 4, 8));
			f.span(told, s, "PERSON", 0, 3);
			f.span(told, s, "PERSON", 9, 12);
		}
		f.link("claimant", claims.get("ana"), (Span) SetNames.find(told, "ana").getAnnotations().stream()
				.filter(a -> Matching.extent(a).equals("PERSON 0-3")).findFirst().orElseThrow());
		f.link("claimant", claims.get("bob"), (Span) SetNames.find(told, "bob").getAnnotations().stream()
				.filter(a -> Matching.extent(a).equals("PERSON 9-12")).findFirst().orElseThrow());
		MergeReport r = Merge.merge(List.of(told), f.schema, SETS, "gold", MergeStrategy.parse("unanimous", 3),
				AnnotationStatus.ACCEPTED, false, "cur", new Date(0));

		AnnotationSet gold = SetNames.find(told, "gold");
		Span claim = (Span) gold.getAnnotations().stream().filter(a -> Matching.extent(a).equals("CLAIM 13-17"))
				.findFirst().orElseThrow();
		assertEquals(AnnotationStatus.PROPOSED, claim.getStatus(), "its claimant is not agreed on");
		assertNull(claim.getProvenance().getDecidedBy(), "nobody decided it");
		assertEquals(1, r.proposedForLinks());
		assertEquals(List.of(AnnotationStatus.ACCEPTED), gold.getAnnotations().stream()
				.filter(a -> !Matching.extent(a).startsWith("CLAIM 13")).map(Annotation::getStatus).distinct().toList(),
				"the persons and the cue are agreed");
		assertEquals(2, counts(r, "claimant")[1]);

		MergeReport proposed = Merge.merge(List.of(told), f.schema, SETS, "gold2", MergeStrategy.parse("unanimous", 3),
				AnnotationStatus.PROPOSED, false, "cur", new Date(0));
		assertEquals(0, proposed.proposedForLinks(), "asked for proposals: nothing to turn back");
	}

	@Test
	void strategiesParseOrSayWhatIsWrong() {
		assertEquals("min:2", MergeStrategy.parse("min:2", 3).toString());
		assertEquals("agreeing", MergeStrategy.parse("agreeing", 3).toString());
		assertTrue(assertThrows(IllegalArgumentException.class, () -> MergeStrategy.parse("min:4", 3)).getMessage()
				.contains("from 1 to 3"));
		assertThrows(IllegalArgumentException.class, () -> MergeStrategy.parse("min:x", 3));
		assertThrows(IllegalArgumentException.class, () -> MergeStrategy.parse("most", 3));
	}
}
