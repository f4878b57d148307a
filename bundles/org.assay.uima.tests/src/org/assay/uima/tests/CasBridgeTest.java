/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.uima.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.uima.cas.CAS;
import org.apache.uima.util.CasCreationUtils;
import org.assay.model.Annotation;
import org.assay.model.AnnotationSet;
import org.assay.model.AnnotationStatus;
import org.assay.model.AssayFactory;
import org.assay.model.Document;
import org.assay.model.Link;
import org.assay.model.Origin;
import org.assay.model.Proposal;
import org.assay.model.Provenance;
import org.assay.model.Span;
import org.assay.model.support.SetNames;
import org.assay.model.support.Spans;
import org.assay.sample.SampleProject;
import org.assay.store.ProjectFolder;
import org.assay.uima.CasBridge;
import org.assay.uima.CasBridge.FromCas;
import org.assay.uima.LabelMapping;
import org.assay.uima.types.AssayTypes;
import org.assay.model.support.StandardSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CasBridgeTest {

	@TempDir
	Path dir;

	@Test
	void everyGoldAnnotationOfTheSampleComesBackFromTheCas() throws Exception {
		ProjectFolder sample = SampleProject.create(dir);
		CAS cas = CasCreationUtils.createCas(AssayTypes.description(), null, null);
		int annotations = 0;
		for (Document d : sample.project().getDocuments()) {
			AnnotationSet gold = SetNames.find(d, SetNames.GOLD);
			CasBridge.toCas(d, gold.getAnnotations(), cas);
			assertEquals(d.getText(), cas.getDocumentText());
			FromCas back = CasBridge.fromCas(cas, LabelMapping.identity(sample.project().getSchema()));
			assertEquals(Map.of(), back.unmapped());
			assertEquals(0, back.droppedLinks());
			assertEquals(describe(gold.getAnnotations()), describe(back.annotations()), d.getId());
			annotations += back.annotations().size();
		}
		assertTrue(annotations > 300, "the sample's gold has hundreds of annotations: " + annotations);
	}

	@Test
	void provenanceFeaturesDiscontinuousSpansAndDecisionsSurviveBothWays() throws Exception {
		ProjectFolder sample = SampleProject.create(dir);
		Document d = sample.project().getDocuments().get(0);
		var schema = sample.project().getSchema();
		Span span = Spans.create(schema.getLayers().get(0).getLabels().get(0), 0, 7);
		span.getFragments().add(Spans.fragment(12, 20));
		span.setId("s1");
		span.setStatus(AnnotationStatus.CORRECTED);
		span.getFeatures().put("note", "two parts = one name");
		Provenance p = AssayFactory.eINSTANCE.createProvenance();
		p.setOrigin(Origin.ENGINE);
		p.setEngineId("entities");
		p.setEngineVersion("1.0.0");
		p.setConfidence(0.625);
		p.setCreated(new Date(1_700_000_000_000L));
		p.setDecidedBy("ana");
		p.setDecided(new Date(1_700_000_100_000L));
		p.setSourceSet("engine:entities");
		p.setSourceId("p7");
		Proposal proposed = AssayFactory.eINSTANCE.createProposal();
		proposed.setLabel(schema.getLayers().get(0).getLabels().get(1));
		proposed.getFragments().add(Spans.fragment(0, 7));
		p.setProposed(proposed);
		span.setProvenance(p);
		Span target = Spans.create(schema.getLayers().get(0).getLabels().get(2), 30, 35);
		target.setId("s2");
		Link link = AssayFactory.eINSTANCE.createLink();
		link.setId("l1");
		link.setRole("refersTo");
		link.setSource(span);
		link.setTarget(target);
		link.setLabel(target.getLabel());
		CAS cas = CasCreationUtils.createCas(AssayTypes.description(), null, null);
		CasBridge.toCas(d, List.of(span, target, link), cas);
		FromCas back = CasBridge.fromCas(cas, LabelMapping.identity(schema));
		assertEquals(describe(List.of(span, target, link)), describe(back.annotations()));
		Span again = (Span) back.annotations().get(0);
		assertEquals(0.625, again.getProvenance().getConfidence());
		assertEquals("ana", again.getProvenance().getDecidedBy());
		assertNull(((Span) back.annotations().get(1)).getProvenance(), "no provenance stays none");
	}

	@Test
	void labelsTheSchemaLacksAreCountedNotGuessed() throws Exception {
		ProjectFolder sample = SampleProject.create(dir);
		Document d = sample.project().getDocuments().get(0);
		CAS cas = CasCreationUtils.createCas(AssayTypes.description(), null, null);
		CasBridge.toCas(d, null, cas);
		var span = cas.getTypeSystem().getType(AssayTypes.SPAN);
		for (String label : List.of("PER", "MISC", "MISC")) {
			var fs = cas.createAnnotation(span, 0, 4);
			fs.setStringValue(span.getFeatureByBaseName(AssayTypes.F_LAYER), "entity");
			fs.setStringValue(span.getFeatureByBaseName(AssayTypes.F_LABEL), label);
			cas.addFsToIndexes(fs);
		}
		var schema = sample.project().getSchema();
		FromCas plain = CasBridge.fromCas(cas, LabelMapping.identity(schema));
		assertEquals(Map.of("entity/PER", 1, "entity/MISC", 2), plain.unmapped());
		FromCas renamed = CasBridge.fromCas(cas, new LabelMapping(schema, Map.of("PER", "PERSON")));
		assertEquals(1, renamed.annotations().size());
		assertEquals(StandardSchema.ENTITY, renamed.annotations().get(0).getLabel().getLayer().getName());
		assertEquals("PERSON", renamed.annotations().get(0).getLabel().getName());
	}

	@Test
	void linksComeInTheOrderOfWhatTheyJoinWhateverTheCasHeldBefore() throws Exception {
		ProjectFolder sample = SampleProject.create(dir);
		Document d = sample.project().getDocuments().get(0);
		LabelMapping mapping = LabelMapping.identity(sample.project().getSchema());
		CAS used = CasCreationUtils.createCas(AssayTypes.description(), null, null);
		CasBridge.toCas(d, null, used);
		for (int i = 0; i < 500; i++) { // a document before with many links: the CAS's index of links grows
			addLinks(used, List.of(new int[] { i % 7, (i + 1) % 7 }), "next");
		}
		CAS fresh = CasCreationUtils.createCas(AssayTypes.description(), null, null);
		List<String> orders = new ArrayList<>();
		for (CAS cas : List.of(fresh, used)) {
			CasBridge.toCas(d, null, cas);
			// spans at 0, 5, 10 joined by links made in no particular order
			addLinks(cas, List.of(new int[] { 2, 0 }, new int[] { 1, 2 }, new int[] { 0, 1 }), "cue");
			addLinks(cas, List.of(new int[] { 0, 1 }), "claimant");
			StringBuilder links = new StringBuilder();
			for (Annotation a : CasBridge.fromCas(cas, mapping).annotations()) {
				if (a instanceof Link l) {
					links.append(Spans.begin((Span) l.getSource())).append("->").append(Spans.begin((Span) l.getTarget()))
							.append(' ').append(l.getRole()).append("; ");
				}
			}
			orders.add(links.toString());
		}
		assertEquals("0->5 claimant; 0->5 cue; 5->10 cue; 10->0 cue; ", orders.get(0));
		assertEquals(orders.get(0), orders.get(1), "the same links in the same order after another document");
	}

	/** Spans of PERSON at 0, 5, 10 (made once per CAS and document) and links between them, by their numbers. */
	private static void addLinks(CAS cas, List<int[]> pairs, String role) {
		var span = cas.getTypeSystem().getType(AssayTypes.SPAN);
		var link = cas.getTypeSystem().getType(AssayTypes.LINK);
		List<org.apache.uima.cas.text.AnnotationFS> spans = new ArrayList<>();
		cas.getAnnotationIndex(span).forEach(spans::add);
		if (spans.isEmpty()) {
			for (int begin = 0; begin <= 10; begin += 5) {
				var fs = cas.createAnnotation(span, begin, begin + 4);
				fs.setStringValue(span.getFeatureByBaseName(AssayTypes.F_LAYER), StandardSchema.ENTITY);
				fs.setStringValue(span.getFeatureByBaseName(AssayTypes.F_LABEL), "PERSON");
				cas.addFsToIndexes(fs);
				spans.add(fs);
			}
		}
		for (int[] pair : pairs) {
			var fs = cas.createFS(link);
			fs.setStringValue(link.getFeatureByBaseName(AssayTypes.F_ROLE), role);
			fs.setFeatureValue(link.getFeatureByBaseName(AssayTypes.F_SOURCE), spans.get(pair[0] % spans.size()));
			fs.setFeatureValue(link.getFeatureByBaseName(AssayTypes.F_TARGET), spans.get(pair[1] % spans.size()));
			cas.addFsToIndexes(fs);
		}
	}

	/** Everything the model says of the annotations, as sorted lines of text. */
	static String describe(List<? extends Annotation> annotations) {
		List<String> lines = new ArrayList<>();
		for (Annotation a : annotations) {
			StringBuilder b = new StringBuilder(a.eClass().getName()).append(' ').append(a.getId()).append(' ')
					.append(a.getLabel() == null ? "-" : a.getLabel().getLayer().getName() + "/" + a.getLabel().getName())
					.append(' ').append(a.getStatus());
			if (a instanceof Span s) {
				s.getFragments().forEach(f -> b.append(" [").append(f.getBegin()).append(',').append(f.getEnd()).append(']'));
			}
			if (a instanceof Link l) {
				b.append(' ').append(l.getRole()).append(' ').append(l.getSource().getId()).append("->")
						.append(l.getTarget().getId());
			}
			b.append(' ').append(a.getFeatures().stream().map(e -> e.getKey() + "=" + e.getValue())
					.collect(Collectors.joining(",")));
			Provenance p = a.getProvenance();
			if (p != null) {
				b.append(" | ").append(p.getOrigin()).append(' ').append(p.getEngineId()).append(' ')
						.append(p.getEngineVersion()).append(' ').append(p.isSetConfidence() ? p.getConfidence() : "-")
						.append(' ').append(p.getAuthor()).append(' ').append(p.getCreated()).append(' ')
						.append(p.getDecidedBy()).append(' ').append(p.getDecided()).append(' ')
						.append(p.getSourceSet()).append(' ').append(p.getSourceId());
				if (p.getProposed() != null) {
					b.append(" proposed ").append(p.getProposed().getLabel() == null ? "-" : p.getProposed().getLabel().getName());
					p.getProposed().getFragments().forEach(f -> b.append(" [").append(f.getBegin()).append(',').append(f.getEnd()).append(']'));
				}
			}
			lines.add(b.toString());
		}
		lines.sort(null); // a CAS keeps annotations in text order, a set in the order they were made
		return String.join("\n", lines);
	}
}
