/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.assay.model.AnnotationSet;
import org.assay.model.AnnotationStatus;
import org.assay.model.AssayFactory;
import org.assay.model.Document;
import org.assay.model.LabelSchema;
import org.assay.model.Link;
import org.assay.model.Span;
import org.assay.text.scoring.Counts;
import org.assay.model.evaluation.Evaluation;
import org.assay.model.evaluation.EvaluationTable;
import org.assay.model.support.Schemas;
import org.assay.model.support.SetNames;
import org.assay.model.support.Spans;
import org.assay.model.support.StandardSchema;
import org.junit.jupiter.api.Test;

class EvaluationTest {

	final LabelSchema schema = StandardSchema.create();

	@Test
	void exactAndOverlappingMatchesPerLabel() {
		Document d = document();
		AnnotationSet gold = SetNames.findOrCreate(d, "gold");
		AnnotationSet engine = SetNames.findOrCreate(d, "engine:entities");
		span(gold, "PERSON", 0, 11); // Claire Duval
		span(gold, "LOCATION", 20, 32);
		span(gold, "DATE", 40, 48);
		span(gold, "CLAIM", 60, 79);
		span(engine, "PERSON", 0, 11); // exact
		span(engine, "LOCATION", 20, 26); // overlaps only
		span(engine, "ORGANIZATION", 40, 48); // wrong label
		span(engine, "PERSON", 50, 55).setStatus(AnnotationStatus.REJECTED); // not an answer

		Evaluation e = Evaluation.of(List.of(d), "engine:entities", "gold");
		Evaluation.Row person = row(e, "PERSON");
		assertEquals(new Counts(1, 0, 0), person.exact());
		Evaluation.Row location = row(e, "LOCATION");
		assertEquals(new Counts(0, 1, 1), location.exact());
		assertEquals(new Counts(1, 0, 0), location.overlap());
		assertEquals(new Counts(0, 0, 1), row(e, "DATE").exact());
		assertEquals(new Counts(0, 1, 0), row(e, "ORGANIZATION").exact());
		Evaluation.Row all = e.total("entity");
		assertEquals(new Counts(1, 2, 2), all.exact());
		assertEquals(1 / 3.0, all.exact().precision(), 1e-9);
		assertEquals(1 / 3.0, all.exact().f1(), 1e-9);
		assertEquals(new Counts(2, 1, 1), all.overlap());
		assertEquals(List.of("claim", "entity"), e.layers());
		assertEquals(List.of("entity"), e.layersFor("engine:entities"), "an engine is scored on the layers it produces");
		assertEquals(List.of("claim", "entity"), e.layersFor("ana"), "an annotator on every layer");
		String table = EvaluationTable.format(e, "engine:entities", "gold");
		assertTrue(table.contains("entity     all                 3      3 |  0.333  0.333  0.333 |  0.667  0.667  0.667"), table);
	}

	@Test
	void eachAnnotationMatchesOnceAndLinksMatchByTheirEnds() {
		Document d = document();
		AnnotationSet a = SetNames.findOrCreate(d, "ana");
		AnnotationSet b = SetNames.findOrCreate(d, "ben");
		Span claimA = span(a, "CLAIM", 10, 40);
		Span sourceA = span(a, "SOURCE", 0, 8);
		link(a, claimA, sourceA);
		Span claimB = span(b, "CLAIM", 10, 40);
		span(b, "CLAIM", 12, 38); // a second overlapping one finds nothing left to match
		Span sourceB = span(b, "SOURCE", 0, 5);
		link(b, claimB, sourceB);

		Evaluation e = Evaluation.of(List.of(d), "ben", "ana");
		assertEquals(new Counts(1, 1, 0), row(e, "CLAIM").exact());
		assertEquals(new Counts(1, 1, 0), row(e, "CLAIM").overlap());
		assertEquals(new Counts(0, 1, 1), row(e, "claimant").exact(), "the source differs, so the link does");
		assertEquals(1.0, Evaluation.of(List.of(d), "ana", "ana").total("claim").exact().f1());
	}

	@Test
	void documentsWithoutBothSetsAreLeftOut() {
		Document one = document();
		SetNames.findOrCreate(one, "gold");
		Document two = document();
		SetNames.findOrCreate(two, "gold");
		span(SetNames.findOrCreate(two, "ana"), "PERSON", 0, 4);
		Evaluation e = Evaluation.of(List.of(one, two), "ana", "gold");
		assertEquals(1, e.documents());
		assertEquals(new Counts(0, 1, 0), e.total("entity").exact());
	}

	@Test
	void openProposalsInAnAnnotatorsSetAreNoReferenceUnlessAskedFor() {
		Document d = document();
		span(SetNames.findOrCreate(d, "engine:entities"), "PERSON", 0, 12);
		span(SetNames.findOrCreate(d, "engine:entities"), "LOCATION", 21, 33);
		AnnotationSet ana = SetNames.findOrCreate(d, "ana");
		span(ana, "PERSON", 0, 12).setStatus(AnnotationStatus.PROPOSED); // offered, never looked at
		span(ana, "LOCATION", 21, 33).setStatus(AnnotationStatus.CORRECTED);
		span(ana, "DATE", 37, 47).setStatus(AnnotationStatus.REJECTED);

		Evaluation decided = Evaluation.of(List.of(d), "engine:entities", "ana");
		assertEquals(new Counts(1, 1, 0), decided.total("entity").exact(), "one right, one against nothing decided");
		Evaluation all = Evaluation.of(List.of(d), "engine:entities", "ana", true);
		assertEquals(new Counts(2, 0, 0), all.total("entity").exact());
		assertTrue(EvaluationTable.format(decided, "engine:entities", "ana", r -> true, false)
				.contains("Decided annotations only in ana"));
		assertNull(EvaluationTable.counted("engine:a", "engine:b", false), "engines' sets count whole");
	}

	private Document document() {
		Document d = AssayFactory.eINSTANCE.createDocument();
		d.setId("d");
		d.setText("Claire Duval visited Port Elmsley in March 2026 and spoke at length to everyone.");
		return d;
	}

	private Span span(AnnotationSet set, String label, int begin, int end) {
		String layer = List.of("CLAIM", "SOURCE", "CUE").contains(label) ? StandardSchema.CLAIM : StandardSchema.ENTITY;
		Span s = Spans.create(Schemas.label(schema, layer, label), begin, end);
		if (!set.getName().startsWith(SetNames.ENGINE_PREFIX)) {
			s.setStatus(AnnotationStatus.ACCEPTED); // what people decided; engines' sets hold proposals
		}
		set.getAnnotations().add(s);
		return s;
	}

	private static void link(AnnotationSet set, Span from, Span to) {
		Link l = AssayFactory.eINSTANCE.createLink();
		l.setRole(StandardSchema.ROLE_CLAIMANT);
		l.setSource(from);
		l.setTarget(to);
		l.setStatus(AnnotationStatus.ACCEPTED);
		set.getAnnotations().add(l);
	}

	private static Evaluation.Row row(Evaluation e, String label) {
		return e.rows().stream().filter(r -> r.label().equals(label)).findFirst().orElseThrow();
	}
}
