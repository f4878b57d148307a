/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.agreement.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.assay.agreement.Agreement;
import org.assay.agreement.AgreementJson;
import org.assay.agreement.AgreementReport;
import org.assay.agreement.AgreementReport.Layer;
import org.assay.agreement.AgreementReport.Measures;
import org.assay.agreement.AgreementReport.Pair;
import org.assay.agreement.AgreementTable;
import org.assay.agreement.Figure;
import org.assay.model.AnnotationStatus;
import org.assay.model.Document;
import org.assay.model.support.SetNames;
import org.junit.jupiter.api.Test;

/** Agreement figures against values computed by hand (the working is in the comments). */
class AgreementTest {

	private static final double EPS = 1e-4;
	private final Fixture f = new Fixture();

	private AgreementReport compute(List<String> sets) {
		return Agreement.compute(f.project.getDocuments(), f.schema, sets, List.of(), false);
	}

	private static Layer layer(AgreementReport r) {
		return r.layers().get(0);
	}

	private static Measures label(AgreementReport r, String label) {
		return layer(r).labels().stream().filter(m -> m.label().equals(label)).findFirst().orElseThrow();
	}

	/**
	 * Units: 0-3 (P, P), 8-11 (P, P), 15-19 (none, L); LOCATION is used by one rater only.
	 * Cohen: Ao = 2/3, Ae = (2/3)(2/3) = 4/9, kappa = (2/9)/(5/9) = 0.4.
	 * Fleiss: P = 2/3, p = (4/6, 1/6, 1/6), Pe = 18/36, kappa = (1/6)/(1/2) = 1/3.
	 * Krippendorff: n = 6, Do = 2/6, De = 2(4 + 4 + 1)/30 = 0.6, alpha = 1 - (1/3)/0.6 = 4/9.
	 * LOCATION against its absence: Fleiss Pe = 26/36, kappa = (24/36 - 26/36)/(10/36) = -0.2; alpha:
	 * Do = De = 1/3, alpha = 0; Cohen: Ao = Ae = 2/3, kappa = 0.
	 */
	@Test
	void kappaAndAlphaMatchHandComputedValuesWithALabelOnlyOneRaterUsed() {
		Document d = f.document("d1", "Ann met Bob in Rome today.");
		f.span(d, "ana", "PERSON", 0, 3);
		f.span(d, "ana", "PERSON", 8, 11);
		f.span(d, "bob", "PERSON", 0, 3);
		f.span(d, "bob", "PERSON", 8, 11);
		f.span(d, "bob", "LOCATION", 15, 19);

		AgreementReport r = compute(List.of("ana", "bob"));
		Measures all = layer(r).all();
		assertEquals(3, all.units());
		assertEquals(2 / 3.0, all.observed().value(), EPS);
		assertEquals(1 / 3.0, all.fleiss().value(), EPS);
		assertEquals(4 / 9.0, all.alpha().value(), EPS);
		Pair pair = layer(r).pairs().get(0);
		assertEquals(0.4, pair.kappa().value(), EPS);
		assertEquals(3, pair.kappa().units());
		assertEquals(1, pair.documents());

		Measures location = label(r, "LOCATION");
		assertEquals(1, location.units());
		assertEquals(0.0, location.observed().value(), EPS);
		assertEquals(-0.2, location.fleiss().value(), EPS);
		assertEquals(0.0, location.alpha().value(), EPS);
		assertEquals(0.0, pair.labels().get("LOCATION").value(), EPS);
		Measures person = label(r, "PERSON");
		assertEquals(2, person.units());
		assertEquals(1.0, person.fleiss().value(), EPS);
		assertEquals(1.0, person.observed().value(), EPS);
	}

	/** DKPro Statistics' UnitizingAgreementTest: r0 -11111111-, r1 --1-1-1---, alpha(A) = -0.7003. */
	@Test
	void unitizingAlphaReproducesDkprosWorkedExample() {
		Document d = f.document("d1", "0123456789");
		f.span(d, "r0", "A", 1, 9);
		f.span(d, "r1", "A", 2, 3);
		f.span(d, "r1", "A", 4, 5);
		f.span(d, "r1", "A", 6, 7);
		AgreementReport r = compute(List.of("r0", "r1"));
		Measures a = label(r, "A");
		assertEquals(-0.7003, a.unitizing().value(), EPS);
		assertEquals(4, a.unitizing().units());
		assertEquals(-0.7003, layer(r).all().unitizing().value(), EPS, "one category: the overall alpha is its alpha");
		// no place is shared exactly: 4 coding units, none agreed
		assertEquals(4, a.units());
		assertEquals(0.0, a.observed().value(), EPS);
	}

	/**
	 * Krippendorff (1995: 57), as DKPro's Krippendorff1995Test stretches it by 50 (1,200 characters):
	 * alpha(A) = 0.553, alpha(B) = -0.926, alpha(C) = 0.679, alpha(D) = 0.066, within 0.02 as there.
	 */
	@Test
	void unitizingAlphaReproducesKrippendorffs1995Example() {
		int s = 50;
		Document d = f.document("d1", "x".repeat(24 * s));
		int[][] units = { // rater, label (A..D), begin, length
				{ 0, 0, 2, 8 }, { 0, 0, 14, 6 }, { 1, 0, 4, 4 }, { 1, 0, 15, 2 }, //
				{ 0, 1, 0, 18 }, { 1, 1, 0, 2 }, { 1, 1, 2, 1 }, { 1, 1, 3, 1 }, { 1, 1, 4, 1 }, { 1, 1, 5, 1 },
				{ 1, 1, 6, 3 }, { 1, 1, 9, 1 }, //
				{ 0, 2, 2, 6 }, { 0, 2, 10, 2 }, { 0, 2, 14, 4 }, { 0, 2, 20, 2 }, { 1, 2, 0, 2 }, { 1, 2, 4, 4 },
				{ 1, 2, 10, 4 }, { 1, 2, 16, 2 }, { 1, 2, 20, 2 }, //
				{ 0, 3, 0, 2 }, { 0, 3, 2, 8 }, { 0, 3, 10, 4 }, { 0, 3, 14, 6 }, { 0, 3, 20, 4 }, { 1, 3, 0, 4 },
				{ 1, 3, 4, 4 }, { 1, 3, 8, 7 }, { 1, 3, 15, 2 }, { 1, 3, 17, 7 } };
		for (int[] u : units) {
			f.span(d, "r" + u[0], String.valueOf((char) ('A' + u[1])), u[2] * s, (u[2] + u[3]) * s);
		}
		AgreementReport r = compute(List.of("r0", "r1"));
		assertEquals(0.553, label(r, "A").unitizing().value(), 0.02);
		assertEquals(-0.926, label(r, "B").unitizing().value(), 0.02);
		assertEquals(0.679, label(r, "C").unitizing().value(), 0.02);
		assertEquals(0.066, label(r, "D").unitizing().value(), 0.02);
	}

	/** Partial overlap agrees partly under the unitizing alpha, not at all for the coding measures. */
	@Test
	void partialOverlapCountsPartly() {
		Document d = f.document("d1", "a".repeat(100));
		f.span(d, "ana", "P", 10, 30);
		f.span(d, "bob", "P", 12, 30);
		f.span(d, "ana", "P", 50, 60);
		f.span(d, "bob", "P", 50, 60);
		AgreementReport r = compute(List.of("ana", "bob"));
		double unitizing = layer(r).all().unitizing().value();
		assertTrue(unitizing > 0.5 && unitizing < 1.0, "nearly the same spans: " + unitizing);
		assertEquals(3, layer(r).all().units(), "10-30 and 12-30 are two places");
		assertEquals(1 / 3.0, layer(r).all().observed().value(), EPS);
	}

	/**
	 * 100 places: 98 (P, P), one (P, none), one (none, P). Ao = 0.98 but Ae = 0.99^2 + 0.01^2 = 0.9802, so
	 * Cohen's and Fleiss' kappa = (0.98 - 0.9802)/0.0198 = -0.0101; alpha: Do = 4/200, De = 2*198*2/(200*199),
	 * alpha = -0.00505. The observed share is there to read beside them.
	 */
	@Test
	void skewedLabelsGiveLowKappaBesideHighObservedAgreement() {
		Document d = f.document("d1", "w ".repeat(100));
		for (int i = 0; i < 100; i++) {
			if (i != 99) {
				f.span(d, "ana", "P", 2 * i, 2 * i + 1);
			}
			if (i != 98) {
				f.span(d, "bob", "P", 2 * i, 2 * i + 1);
			}
		}
		AgreementReport r = compute(List.of("ana", "bob"));
		Measures all = layer(r).all();
		assertEquals(100, all.units());
		assertEquals(0.98, all.observed().value(), EPS);
		assertEquals(-0.0101, layer(r).pairs().get(0).kappa().value(), EPS);
		assertEquals(-0.0101, all.fleiss().value(), EPS);
		assertEquals(1 - 0.02 / (792 / 39800.0), all.alpha().value(), EPS);
	}

	/** Everyone gave every unit the same label: chance explains it all, so there is no kappa, not 1.0. */
	@Test
	void oneCategoryOnlyIsNamedNotOne() {
		Document d = f.document("d1", "Ann met Bob.");
		f.span(d, "ana", "P", 0, 3);
		f.span(d, "bob", "P", 0, 3);
		AgreementReport r = compute(List.of("ana", "bob"));
		Measures all = layer(r).all();
		assertEquals(1, all.units());
		assertEquals(1.0, all.observed().value(), EPS);
		assertFalse(all.fleiss().defined());
		assertEquals(Figure.ONE_CATEGORY, all.fleiss().note());
		assertEquals(Figure.ONE_CATEGORY, all.alpha().note());
		assertEquals(Figure.ONE_CATEGORY, layer(r).pairs().get(0).kappa().note());
		assertEquals(1.0, all.unitizing().value(), EPS, "the unitizing alpha also weighs the text left out");
		String table = AgreementTable.format(r);
		assertTrue(table.contains("1 category"), table);
		assertFalse(table.contains("NaN"), table);
	}

	/**
	 * Raters who annotated different documents share nothing: no units, said so (INCEpTION reported 1.0).
	 * A third document where only one of them has a set is left out rather than read as "found nothing".
	 */
	@Test
	void ratersOfDifferentDocumentsHaveNoUnits() {
		f.span(f.document("d1", "Ann met Bob."), "ana", "P", 0, 3);
		f.span(f.document("d2", "Bob met Ann."), "bob", "P", 0, 3);
		AgreementReport r = compute(List.of("ana", "bob"));
		assertEquals(List.of(), r.documents());
		assertEquals(List.of("d1", "d2"), r.skipped());
		assertTrue(r.layers().isEmpty());
		assertTrue(AgreementTable.format(r).contains("no spans to compare"));

		AgreementReport asked = Agreement.compute(f.project.getDocuments(), f.schema, List.of("ana", "bob"),
				List.of("x"), false);
		Measures all = layer(asked).all();
		assertEquals(0, all.units());
		assertNull(all.fleiss().value());
		assertEquals(Figure.NO_UNITS, all.fleiss().note());
		assertEquals(Figure.NO_UNITS, all.unitizing().note());
		assertEquals(Figure.NO_UNITS, layer(asked).pairs().get(0).kappa().note());
		assertEquals(0, layer(asked).pairs().get(0).documents());
		assertTrue(AgreementJson.format(asked).contains("\"fleissKappa\":{\"value\":null,\"units\":0,\"note\":\"no units\"}"));
	}

	/** An empty set is an answer ("nothing here"); a missing set is not. */
	@Test
	void anEmptySetCountsAMissingOneDoesNot() {
		Document d1 = f.document("d1", "Ann met Bob.");
		f.span(d1, "ana", "P", 0, 3);
		f.span(d1, "bob", "P", 0, 3);
		f.span(d1, "ana", "P", 8, 11);
		SetNames.findOrCreate(d1, "bob");
		Document d2 = f.document("d2", "Cy met Di.");
		f.span(d2, "ana", "P", 0, 2);
		SetNames.findOrCreate(d2, "bob"); // bob looked and found nothing
		Document d3 = f.document("d3", "Ed met Flo.");
		f.span(d3, "ana", "P", 0, 2); // bob never saw it
		AgreementReport r = compute(List.of("ana", "bob"));
		assertEquals(List.of("d1", "d2"), r.documents());
		assertEquals(List.of("d3"), r.skipped());
		assertEquals(3, layer(r).all().units());
		assertEquals(1 / 3.0, layer(r).all().observed().value(), EPS);
		assertEquals(2, r.perDocument().size());
		assertEquals(2, r.perDocument().get(0).layers().get(0).all().units());
	}

	/**
	 * A set holding only the proposals engines offered it, none decided, is an annotator who has not started: left
	 * out as a missing one is, not read as "found nothing" (which would make every span of the other a dispute).
	 * Once they decide anything, or mark the document in progress or done, it counts.
	 */
	@Test
	void aSetWithOnlyUntouchedOffersIsNotStartedNotEmpty() {
		Document d1 = f.document("d1", "Ann met Bob.");
		f.span(d1, "ana", "P", 0, 3);
		f.span(d1, "bob", "P", 0, 3);
		Document d2 = f.document("d2", "Cy met Di.");
		f.span(d2, "ana", "P", 0, 2);
		f.span(d2, "ana", "P", 7, 9);
		f.span(d2, "bob", "P", 0, 2).setStatus(AnnotationStatus.PROPOSED); // offered to bob, who has not started
		AgreementReport r = compute(List.of("ana", "bob"));
		assertEquals(List.of("d1"), r.documents());
		assertEquals(List.of("d2"), r.skipped());
		assertEquals(1.0, layer(r).all().observed().value(), EPS);

		SetNames.find(d2, "bob").setState(org.assay.model.WorkState.DONE); // bob looked, took none of it
		AgreementReport done = compute(List.of("ana", "bob"));
		assertEquals(List.of("d1", "d2"), done.documents());
		assertEquals(3, layer(done).all().units());

		SetNames.find(d2, "bob").setState(org.assay.model.WorkState.NEW);
		AgreementReport withProposals = Agreement.compute(f.project.getDocuments(), f.schema, List.of("ana", "bob"),
				List.of(), true);
		assertEquals(List.of("d1", "d2"), withProposals.documents(), "with proposals counted, they are an answer");
	}

	/** Three raters: Fleiss over all where all three are present; each pair over its own documents. */
	@Test
	void pairsUseEveryDocumentBothRatersHave() {
		Document d1 = f.document("d1", "Ann met Bob.");
		for (String s : List.of("ana", "bob", "cy")) {
			f.span(d1, s, "P", 0, 3);
		}
		f.span(d1, "cy", "L", 8, 11);
		Document d2 = f.document("d2", "Bob met Ann.");
		f.span(d2, "ana", "P", 0, 3);
		f.span(d2, "bob", "L", 0, 3);
		AgreementReport r = compute(List.of("ana", "bob", "cy"));
		assertEquals(List.of("d1"), r.documents());
		List<Pair> pairs = layer(r).pairs();
		assertEquals(3, pairs.size());
		Pair anaBob = pairs.get(0);
		assertEquals("ana", anaBob.a());
		assertEquals("bob", anaBob.b());
		assertEquals(2, anaBob.documents());
		assertEquals(2, anaBob.kappa().units());
		// ana-bob: (P, P), (P, L); Ao = 1/2, Ae = 1 * 1/2 = 1/2, kappa = 0
		assertEquals(0.0, anaBob.kappa().value(), EPS);
		assertEquals(1, pairs.get(1).documents());
		// Fleiss over d1: (P, P, P), (none, none, L): P = (1 + 1/3)/2 = 2/3, p = (1/2, 1/3, 1/6),
		// Pe = 14/36, kappa = (24/36 - 14/36)/(22/36) = 10/22
		assertEquals(10 / 22.0, layer(r).all().fleiss().value(), EPS);
	}

	/** Annotators' undecided proposals count only when asked; an engine's proposals always do. */
	@Test
	void proposalsCountFromEnginesAndOnRequest() {
		Document d = f.document("d1", "Ann met Bob.");
		f.span(d, "ana", "P", 0, 3);
		f.span(d, "ana", "P", 8, 11).setStatus(AnnotationStatus.PROPOSED);
		f.span(d, "ana", "P", 4, 7).setStatus(AnnotationStatus.REJECTED);
		f.span(d, "engine:e", "P", 0, 3).setStatus(AnnotationStatus.PROPOSED);
		f.span(d, "engine:e", "P", 8, 11).setStatus(AnnotationStatus.PROPOSED);
		AgreementReport decided = compute(List.of("ana", "engine:e"));
		assertEquals(2, layer(decided).all().units());
		assertEquals(0.5, layer(decided).all().observed().value(), EPS);
		AgreementReport all = Agreement.compute(f.project.getDocuments(), f.schema, List.of("ana", "engine:e"),
				List.of(), true);
		assertEquals(2, layer(all).all().units());
		assertEquals(1.0, layer(all).all().observed().value(), EPS);
	}

	/**
	 * Links per role: a unit is a span both drew that one of them links in that role. "Ann told Bo, Rome wins. Cy
	 * said it rains.": both draw the two claims (13-22, 32-40) and their cues; ana names Ann and Cy as claimants,
	 * bob Ann and nobody; ana's third claim (0-11, claimant Bo) bob did not draw, so it is no link unit.
	 * claimant: units (Ann, Ann), (Cy, none). Cohen: Ao = 1/2, Ae = (1/2)(1/2) = 1/4, kappa = (1/4)/(3/4) = 1/3.
	 * Fleiss: P = 1/2, p = (2/4, 1/4, 1/4), Pe = 6/16, kappa = (1/8)/(5/8) = 0.2. Krippendorff: n = 4, Do = 2/4,
	 * De = (2*2 + 2*2 + 1*2)/12 = 10/12, alpha = 1 - 0.6 = 0.4. cue: (told, told), (said, said): all agree.
	 */
	@Test
	void linksAreComparedPerRoleOnTheSpansEveryRaterDrew() {
		Document d = f.document("d", "Ann told Bo, Rome wins. Cy said it rains.");
		for (String set : List.of("ana", "bob")) {
			org.assay.model.Span first = f.span(d, set, "CLAIM", 13, 22);
			org.assay.model.Span second = f.span(d, set, "CLAIM", 32, 40);
			f.link("cue", first, f.span(d, set, "CUE", 4, 8));
			f.link("cue", second, f.span(d, set, "CUE", 27, 31));
			f.link("claimant", first, f.span(d, set, "PERSON", 0, 3));
			org.assay.model.Span cy = f.span(d, set, "PERSON", 24, 26);
			if (set.equals("ana")) {
				f.link("claimant", second, cy);
				f.link("claimant", f.span(d, set, "CLAIM", 0, 11), f.span(d, set, "PERSON", 9, 11));
			}
		}
		AgreementReport r = compute(List.of("ana", "bob"));
		assertEquals(List.of("x", "link/claimant", "link/cue"), r.layers().stream().map(Layer::layer).toList(),
				"the links after the spans, per role");
		Layer claimant = r.layers().get(1);
		assertEquals(2, claimant.all().units());
		assertEquals(0.5, claimant.all().observed().value(), EPS);
		assertEquals(0.2, claimant.all().fleiss().value(), EPS);
		assertEquals(0.4, claimant.all().alpha().value(), EPS);
		assertEquals(Figure.NO_UNITS, claimant.all().unitizing().note());
		assertEquals(1 / 3.0, claimant.pairs().get(0).kappa().value(), EPS);
		assertTrue(claimant.labels().isEmpty());
		Layer cue = r.layers().get(2);
		assertEquals(2, cue.all().units());
		assertEquals(1.0, cue.all().observed().value(), EPS);
		assertEquals(1.0, cue.all().alpha().value(), EPS);
		assertEquals(List.of("x", "link/claimant", "link/cue"),
				r.perDocument().get(0).layers().stream().map(Layer::layer).toList());
		assertTrue(AgreementTable.format(r).contains("link/ROLE units:"), AgreementTable.format(r));
		assertTrue(AgreementJson.format(r).contains("\"link/claimant\""), AgreementJson.format(r));
	}

	/**
	 * Document labels: a unit is a document some rater labelled. d1 (NEWS, NEWS), d2 (OPINION, NEWS), d3 (NEWS,
	 * none: bob's set holds a span only), d4 labelled by neither (no unit). Cohen: Ao = 1/3, Ae = (2/3)(2/3) = 4/9,
	 * kappa = (-1/9)/(5/9) = -0.2. Fleiss: P = 1/3, p = (4/6, 1/6, 1/6), Pe = 18/36, kappa = -1/3. Krippendorff:
	 * n = 6, Do = 4/6, De = (4*1*2 + 4*1*2 + 1*1*2)/30 = 0.6, alpha = 1 - (2/3)/0.6 = -1/9.
	 */
	@Test
	void documentLabelsAreComparedDocumentByDocument() {
		Document d1 = f.document("d1", "Ann met Bob.");
		Document d2 = f.document("d2", "Cy met Di.");
		Document d3 = f.document("d3", "Ed met Flo.");
		Document d4 = f.document("d4", "Gus met Hal.");
		f.documentLabel(d1, "ana", "NEWS");
		f.documentLabel(d1, "bob", "NEWS");
		f.documentLabel(d2, "ana", "OPINION");
		f.documentLabel(d2, "bob", "NEWS");
		f.documentLabel(d3, "ana", "NEWS");
		f.span(d3, "bob", "P", 0, 2);
		f.span(d4, "ana", "P", 0, 3);
		f.span(d4, "bob", "P", 0, 3);
		AgreementReport r = compute(List.of("ana", "bob"));
		assertEquals(List.of("x", "doc"), r.layers().stream().map(Layer::layer).toList());
		Layer doc = r.layers().get(1);
		assertEquals(3, doc.all().units());
		assertEquals(1 / 3.0, doc.all().observed().value(), EPS);
		assertEquals(-1 / 3.0, doc.all().fleiss().value(), EPS);
		assertEquals(-1 / 9.0, doc.all().alpha().value(), EPS);
		assertEquals(-0.2, doc.pairs().get(0).kappa().value(), EPS);
		assertEquals(List.of("NEWS", "OPINION"), doc.labels().stream().map(Measures::label).toList());
		assertEquals(3, doc.labels().get(0).units());
		assertTrue(r.perDocument().stream().allMatch(p -> p.layers().stream().noneMatch(l -> l.layer().equals("doc"))),
				"one unit a document: no figures per document");
		assertEquals(List.of("doc"), Agreement.compute(f.project.getDocuments(), f.schema, List.of("ana", "bob"),
				List.of("doc"), false).layers().stream().map(Layer::layer).toList(), "asked for alone");
	}
}
