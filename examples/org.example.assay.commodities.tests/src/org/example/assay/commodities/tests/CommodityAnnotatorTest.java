/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.example.assay.commodities.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.apache.uima.UIMAFramework;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.resource.ResourceManager;
import org.assay.uima.spi.EngineContext;
import org.assay.uima.types.AssayTypes;
import org.example.assay.commodities.CommodityAnnotator;
import org.example.assay.commodities.CommodityEngine;
import org.example.assay.commodities.Gazetteer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The commodities engine as UIMA runs it, through uimaFIT's description and no Eclipse: the spans it adds to a
 * CAS, with layer, label and confidence, on whole tokens, the longest term first.
 */
class CommodityAnnotatorTest {

	private AnalysisEngine engine;
	private CAS cas;

	@BeforeEach
	void produce() throws Exception {
		ResourceManager resources = UIMAFramework.newDefaultResourceManager();
		// UIMA loads the annotator by name: through the class loader of the bundle that has it
		resources.setExtensionClassLoader(CommodityEngine.class.getClassLoader(), true);
		engine = UIMAFramework.produceAnalysisEngine(new CommodityEngine().describe(new EngineContext(null, null)),
				resources, null);
		cas = engine.newCAS();
	}

	@AfterEach
	void destroy() {
		engine.destroy();
	}

	@Test
	void proposesCommoditiesOnWholeTokensLongestFirst() throws Exception {
		List<String> found = run("Winter wheat rose 6 percent while crude oil fell. Copper and iron ore held; "
				+ "the goldfish and the Oilers were not traded.\n\nCOTTON closed higher.");
		assertEquals(List.of("COTTON", "Copper", "Winter wheat", "crude oil", "iron ore").stream().sorted().toList(),
				found.stream().sorted().toList());
	}

	@Test
	void spansCarryLayerLabelAndConfidence() throws Exception {
		run("Soybeans gained.");
		Type span = cas.getTypeSystem().getType(AssayTypes.SPAN);
		List<AnnotationFS> spans = new ArrayList<>();
		cas.getAnnotationIndex(span).forEach(spans::add);
		assertEquals(1, spans.size());
		AnnotationFS fs = spans.get(0);
		assertEquals("Soybeans", fs.getCoveredText());
		assertEquals("entity", fs.getStringValue(span.getFeatureByBaseName(AssayTypes.F_LAYER)));
		assertEquals("COMMODITY", fs.getStringValue(span.getFeatureByBaseName(AssayTypes.F_LABEL)));
		assertEquals(CommodityAnnotator.CONFIDENCE, fs.getDoubleValue(span.getFeatureByBaseName(AssayTypes.F_CONFIDENCE)));
	}

	@Test
	void aTextWithoutCommoditiesGetsNoSpan() throws Exception {
		assertEquals(List.of(), run("The council approved the tram line on Tuesday."));
	}

	@Test
	void theWordListIsReadFromTheBundle() {
		assertTrue(Gazetteer.get().size() > 50, "terms: " + Gazetteer.get().size());
	}

	private List<String> run(String text) throws Exception {
		cas.reset();
		cas.setDocumentText(text);
		engine.process(cas);
		Type span = cas.getTypeSystem().getType(AssayTypes.SPAN);
		List<String> found = new ArrayList<>();
		cas.getAnnotationIndex(span).forEach(fs -> found.add(fs.getCoveredText()));
		return found;
	}
}
