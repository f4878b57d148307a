/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Date;
import java.util.List;
import java.util.Map;

import org.assay.model.AnnotationSet;
import org.assay.model.AnnotationStatus;
import org.assay.model.AssayFactory;
import org.assay.model.Document;
import org.assay.model.LabelSchema;
import org.assay.model.Provenance;
import org.assay.model.Span;
import org.assay.model.edit.decisions.Decisions;
import org.assay.model.evaluation.EngineReport;
import org.assay.model.evaluation.EngineReportTable;
import org.assay.model.provider.AssayItemProviderAdapterFactory;
import org.assay.model.support.Schemas;
import org.assay.model.support.SetNames;
import org.assay.model.support.Spans;
import org.assay.model.support.StandardSchema;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.junit.jupiter.api.Test;

/** What annotators made of engines' proposals, read off the decisions' provenance. */
class EngineReportTest {

	private final LabelSchema schema = StandardSchema.create();
	private final AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(
			new AssayItemProviderAdapterFactory(), new BasicCommandStack());

	@Test
	void acceptedRelabelledResizedRejectedAndOpenPerLabelAndConfidenceBand() {
		Document d = AssayFactory.eINSTANCE.createDocument();
		d.setId("d");
		d.setText("Acme hired Jo Lee in Oslo on Monday and Kim Ek in Bergen.");
		AnnotationSet ana = SetNames.findOrCreate(d, "ana");
		Span acme = proposal(ana, "ORGANIZATION", 0, 4, 0.97);
		Span jo = proposal(ana, "PERSON", 11, 17, 0.92);
		Span oslo = proposal(ana, "PERSON", 21, 25, 0.55); // wrong label
		Span monday = proposal(ana, "DATE", 29, 35, 0.75); // too short, resized
		Span kim = proposal(ana, "PERSON", 40, 46, 0.93);
		proposal(ana, "LOCATION", 50, 56, 0.91); // left open
		proposal(SetNames.findOrCreate(d, "engine:entities"), "PERSON", 11, 17, 0.92); // an engine's set: not counted
		Date now = new Date();
		run(Decisions.accept(domain, acme, "ana", now));
		run(Decisions.accept(domain, jo, "ana", now));
		run(Decisions.relabel(domain, oslo, Schemas.label(schema, "entity", "LOCATION"), "ana", now));
		run(Decisions.reshape(domain, monday, 26, 35, "ana", now));
		run(Decisions.reject(domain, kim, "ana", now));

		List<EngineReport.Engine> engines = EngineReport.of(List.of(d)).engines();
		assertEquals(1, engines.size());
		EngineReport.Engine e = engines.get(0);
		assertEquals("entities", e.id());
		assertEquals("1.0.0", e.version());
		EngineReport.Tally all = e.all();
		assertEquals(List.of(2, 1, 1, 1, 1), List.of(all.accepted(), all.relabelled(), all.resized(), all.rejected(), all.open()));
		assertEquals(0.4, all.precision(), 1e-9);
		assertEquals(0.6, all.labelPrecision(), 1e-9);
		EngineReport.Tally person = e.labels().get("PERSON");
		assertEquals(1, person.accepted());
		assertEquals(1, person.relabelled(), "counted under the label it was proposed as");
		assertEquals(Map.of("LOCATION", 1), person.relabelledTo());
		assertEquals(1, person.rejected());
		assertEquals(1, e.labels().get("DATE").resized());
		assertEquals(2, e.bands()[EngineReport.band(0.92)].decided(), "0.90-0.95: Jo accepted, Kim rejected");
		assertEquals(0.5, e.bands()[EngineReport.band(0.92)].precision(), 1e-9);
		assertEquals(1.0, e.bands()[EngineReport.band(0.97)].precision(), 1e-9);
		assertNull(e.bands()[EngineReport.band(0.3)].precision(), "nothing there");
		String table = EngineReportTable.format(EngineReport.of(List.of(d)));
		assertTrue(table.contains("entities 1.0.0: 5 proposal(s) decided, 1 open"), table);
		assertTrue(table.contains("relabelled: PERSON \u2192 LOCATION 1"), table);
	}

	private void run(org.eclipse.emf.common.command.Command c) {
		domain.getCommandStack().execute(c);
	}

	private Span proposal(AnnotationSet set, String label, int begin, int end, double confidence) {
		String layer = StandardSchema.ENTITY;
		Span s = Spans.create(Schemas.label(schema, layer, label), begin, end);
		Provenance p = AssayFactory.eINSTANCE.createProvenance();
		p.setOrigin(org.assay.model.Origin.ENGINE);
		p.setEngineId("entities");
		p.setEngineVersion("1.0.0");
		p.setConfidence(confidence);
		p.setSourceSet("engine:entities");
		s.setProvenance(p);
		s.setStatus(AnnotationStatus.PROPOSED);
		set.getAnnotations().add(s);
		return s;
	}
}
