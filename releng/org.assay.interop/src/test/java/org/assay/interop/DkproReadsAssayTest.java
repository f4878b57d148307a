/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.collection.CollectionReaderDescription;
import org.apache.uima.fit.factory.CollectionReaderFactory;
import org.apache.uima.fit.factory.TypeSystemDescriptionFactory;
import org.apache.uima.fit.pipeline.JCasIterable;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;
import org.assay.formats.ExportDocument;
import org.assay.formats.ExportOptions;
import org.assay.formats.ExportReport;
import org.assay.formats.Exporting;
import org.assay.formats.conll.Conll2003Format;
import org.assay.formats.xmi.XmiFormat;
import org.assay.model.Annotation;
import org.assay.model.Span;
import org.assay.model.support.Spans;
import org.assay.sample.SampleProject;
import org.assay.store.ProjectFolder;
import org.dkpro.core.io.conll.Conll2003Reader;
import org.dkpro.core.io.xmi.XmiReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity;

/** DKPro Core's readers, which Assay does not control, read Assay's exports and find the same entities. */
class DkproReadsAssayTest {

	@TempDir
	Path dir;
	ProjectFolder sample;
	List<ExportDocument> entities;

	@BeforeEach
	void export() throws Exception {
		sample = SampleProject.create(dir.resolve("sample"));
		entities = Exporting.select(sample.project(), new Exporting.Selection("gold", List.of("entity"), false),
				new ExportReport());
	}

	/** "LABEL covered text", in document order, of the sample's entities. */
	private List<String> expected() {
		List<String> out = new ArrayList<>();
		for (ExportDocument d : entities) {
			for (Annotation a : d.annotations()) {
				if (a instanceof Span s) {
					out.add(a.getLabel().getName() + " " + Spans.coveredText(s, d.document().getText()));
				}
			}
		}
		return out;
	}

	@Test
	void dkprosConll2003ReaderFindsTheSampleEntities() throws Exception {
		Path out = dir.resolve("conll");
		java.nio.file.Files.createDirectories(out);
		ExportReport report = new ExportReport();
		new Conll2003Format().exporter().write(entities, out.resolve("sample.conll"), ExportOptions.defaults(), report);
		assertTrue(report.isLossless(), "the sample's entities neither nest nor overlap");
		CollectionReaderDescription reader = CollectionReaderFactory.createReaderDescription(Conll2003Reader.class,
				Conll2003Reader.PARAM_SOURCE_LOCATION, out.toString(), Conll2003Reader.PARAM_PATTERNS, "*.conll",
				Conll2003Reader.PARAM_LANGUAGE, "en");
		List<String> found = new ArrayList<>();
		for (JCas jcas : new JCasIterable(reader)) {
			for (NamedEntity ne : JCasUtil.select(jcas, NamedEntity.class)) {
				found.add(ne.getValue() + " " + ne.getCoveredText());
			}
		}
		// DKPro rebuilds the text from the tokens with a space between each: "$ 240 million" for "$240 million"
		assertEquals(expected().stream().map(s -> s.replace(" ", "")).toList(),
				found.stream().map(s -> s.replace(" ", "")).toList());
	}

	@Test
	void dkprosXmiReaderReadsAssaysXmiWithItsTypeSystem() throws Exception {
		Path out = dir.resolve("xmi");
		new XmiFormat().exporter().write(entities, out, ExportOptions.defaults(), new ExportReport());
		// DKPro's own types (found by uimaFIT) and the TypeSystem.xml that Assay wrote beside the files
		TypeSystemDescription types = CasCreationUtils.mergeTypeSystems(List.of(
				TypeSystemDescriptionFactory.createTypeSystemDescription(),
				TypeSystemDescriptionFactory.createTypeSystemDescriptionFromPath(out.resolve("TypeSystem.xml").toUri().toString())));
		CollectionReaderDescription reader = CollectionReaderFactory.createReaderDescription(XmiReader.class, types,
				XmiReader.PARAM_SOURCE_LOCATION, out.toString(), XmiReader.PARAM_PATTERNS, "*.xmi",
				XmiReader.PARAM_LENIENT, false);
		List<String> found = new ArrayList<>();
		int documents = 0;
		for (JCas jcas : new JCasIterable(reader)) {
			documents++;
			CAS cas = jcas.getCas();
			Type span = cas.getTypeSystem().getType("org.assay.type.Span");
			for (AnnotationFS a : cas.getAnnotationIndex(span)) {
				found.add(a.getStringValue(span.getFeatureByBaseName("label")) + " " + a.getCoveredText());
			}
		}
		assertEquals(6, documents);
		assertEquals(expected(), found);
	}
}
