/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.formats.xmi.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.impl.XmiCasSerializer;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;
import org.assay.formats.ExportDocument;
import org.assay.formats.ExportReport;
import org.assay.formats.Exporting;
import org.assay.formats.ExportOptions;
import org.assay.formats.FormatException;
import org.assay.formats.ImportOptions;
import org.assay.formats.Importing;
import org.assay.formats.conll.Conll2003Format;
import org.assay.formats.xmi.XmiFormat;
import org.assay.model.Annotation;
import org.assay.model.AnnotationSet;
import org.assay.model.Document;
import org.assay.model.Fragment;
import org.assay.model.Link;
import org.assay.model.Span;
import org.assay.model.support.SetNames;
import org.assay.model.support.StandardSchema;
import org.assay.sample.SampleProject;
import org.assay.store.ProjectFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XmiFormatTest {

	@TempDir
	Path dir;
	final XmiFormat xmi = new XmiFormat();

	@Test
	void theSampleRoundTripsThroughXmiWithDiscontinuousSpansLinksAndFeatures() throws Exception {
		ProjectFolder sample = SampleProject.create(dir.resolve("sample"));
		Path out = dir.resolve("xmi");
		ExportReport report = new ExportReport();
		xmi.exporter().write(Exporting.select(sample.project(), new Exporting.Selection("gold", List.of(), false), report),
				out, ExportOptions.defaults(), report);
		assertTrue(Files.isRegularFile(out.resolve("TypeSystem.xml")));
		String port = Files.readString(out.resolve("01-port-expansion.xmi"));
		assertEquals(port.indexOf("Claire Duval"), port.lastIndexOf("Claire Duval"), "the text is in the sofa, once");
		assertEquals(0, report.count(ExportReport.PROVENANCE_DETAILS), "XMI keeps the whole provenance");
		ProjectFolder back = ProjectFolder.create(dir.resolve("back"), "back", StandardSchema.create());
		Importing.apply(back, xmi.importer().read(out, ImportOptions.defaults()), ImportOptions.defaults());
		assertEquals(describe(sample), describe(back));
	}

	static final String CONLL = """
			-DOCSTART- -X- O O

			EU NNP I-NP I-ORG
			rejects VBZ I-VP O
			German JJ I-NP I-MISC
			call NN I-NP O
			. . O O

			Peter NNP I-NP I-PER
			Blackburn NNP I-NP I-PER

			""";

	@Test
	void aDocumentsTokensGoThroughXmiAsTokensAndSentencesAndComeBack() throws Exception {
		Path source = dir.resolve("tiny.conll");
		Files.writeString(source, CONLL);
		Conll2003Format conll = new Conll2003Format();
		ProjectFolder project = ProjectFolder.create(dir.resolve("p"), "p", StandardSchema.create());
		Importing.apply(project, conll.importer().read(source, ImportOptions.defaults()), ImportOptions.defaults());
		Path out = dir.resolve("xmi");
		ExportReport report = new ExportReport();
		xmi.exporter().write(Exporting.select(project.project(), new Exporting.Selection("gold", List.of(), false), report),
				out, ExportOptions.defaults(), report);
		String file = Files.readString(out.resolve("tiny-0001.xmi"));
		assertTrue(file.contains("<type:Token ") && file.contains("pos=\"VBZ\"") && file.contains("chunk=\"I-VP\""), file);
		assertEquals(2, file.split("<type:Sentence ", -1).length - 1, file);
		ProjectFolder back = ProjectFolder.create(dir.resolve("back"), "back", StandardSchema.create());
		Importing.apply(back, xmi.importer().read(out, ImportOptions.defaults()), ImportOptions.defaults());
		Document d = back.document("tiny-0001");
		assertEquals(project.document("tiny-0001").getTokens(), d.getTokens());
		Path again = dir.resolve("again.conll");
		conll.exporter().write(Exporting.select(back.project(), new Exporting.Selection("gold", List.of(), false),
				new ExportReport()), again, ExportOptions.defaults(), new ExportReport());
		// the same tokens, tags and entities; the -DOCSTART- line's columns are a document property, which XMI does
		// not carry, so the default one is written
		assertEquals(CONLL.replace("-DOCSTART- -X- O O", "-DOCSTART- -X- -X- O"), Files.readString(again),
				"CoNLL, XMI and back: the same tokens");
	}

	@Test
	void manyDocumentsAreWrittenOnAllCoresEachAsIfAloneAndAFailureNamesItsFile() throws Exception {
		Path source = Files.createDirectories(dir.resolve("many"));
		for (int i = 0; i < 48; i++) { // enough for every core to take some
			Files.writeString(source.resolve(String.format("m%02d.conll", i)), CONLL.replace("Peter", "Peter" + i));
		}
		ProjectFolder project = ProjectFolder.create(dir.resolve("p"), "p", StandardSchema.create());
		Importing.apply(project, new Conll2003Format().importer().read(source, ImportOptions.defaults()),
				ImportOptions.defaults());
		List<ExportDocument> all = Exporting.select(project.project(), new Exporting.Selection("gold", List.of(), false),
				new ExportReport());
		assertEquals(48, all.size());
		ExportReport report = new ExportReport();
		Path out = dir.resolve("all");
		xmi.exporter().write(all, out, ExportOptions.defaults(), report);
		assertEquals(48, report.documents());
		assertEquals(48 * 3, report.annotationsWritten());
		for (ExportDocument d : all) { // each file as the document written on its own, on one thread
			Path alone = dir.resolve("alone-" + d.document().getId());
			xmi.exporter().write(List.of(d), alone, ExportOptions.defaults(), new ExportReport());
			String name = d.document().getId() + ".xmi";
			assertEquals(Files.readString(alone.resolve(name)), Files.readString(out.resolve(name)), name);
		}

		// a folder in the way of one file (not empty, so no rename replaces it): the export stops and names it
		String blocked = all.get(30).document().getId() + ".xmi";
		Path in = dir.resolve("blocked");
		Files.createDirectories(in.resolve(blocked).resolve("in-the-way"));
		IOException e = assertThrows(IOException.class,
				() -> xmi.exporter().write(all, in, ExportOptions.defaults(), new ExportReport()));
		assertTrue(e.getMessage().contains(blocked), e.getMessage());
	}

	@Test
	void annotationsOfOtherUimaToolsComeInByTheirValueOrType() throws Exception {
		TypeSystemDescription tsd = UIMAFramework.getResourceSpecifierFactory().createTypeSystemDescription();
		tsd.addType("com.example.NamedEntity", "", CAS.TYPE_NAME_ANNOTATION).addFeature("value", "", CAS.TYPE_NAME_STRING);
		tsd.addType("com.example.Token", "", CAS.TYPE_NAME_ANNOTATION);
		CAS cas = CasCreationUtils.createCas(tsd, null, null);
		cas.setDocumentText("Olga Berg visited Riga.");
		Type ne = cas.getTypeSystem().getType("com.example.NamedEntity");
		AnnotationFS olga = cas.createAnnotation(ne, 0, 9);
		olga.setStringValue(ne.getFeatureByBaseName("value"), "PER");
		cas.addFsToIndexes(olga);
		cas.addFsToIndexes(cas.createAnnotation(cas.getTypeSystem().getType("com.example.Token"), 18, 22));
		Path in = Files.createDirectories(dir.resolve("foreign"));
		try (OutputStream o = Files.newOutputStream(in.resolve("TypeSystem.xml"))) {
			tsd.toXML(o);
		}
		try (OutputStream o = Files.newOutputStream(in.resolve("trip.xmi"))) {
			XmiCasSerializer.serialize(cas, o);
		}
		ProjectFolder p = ProjectFolder.create(dir.resolve("p"), "p", StandardSchema.create());
		Importing.apply(p, xmi.importer().read(in, ImportOptions.defaults()), ImportOptions.defaults());
		List<String> d = describe(p);
		assertTrue(d.contains("trip entity/PER [0,9] accepted"), d.toString());
		assertTrue(d.contains("trip entity/Token [18,22] accepted"), d.toString());
	}

	@Test
	void aDamagedXmiNamesItsFileAndLineAndImportsNothing() throws Exception {
		ProjectFolder sample = SampleProject.create(dir.resolve("sample"));
		Path out = dir.resolve("xmi");
		ExportReport report = new ExportReport();
		xmi.exporter().write(Exporting.select(sample.project(), new Exporting.Selection("gold", List.of(), false), report),
				out, ExportOptions.defaults(), report);
		Path damaged = out.resolve("03-data-brokers.xmi");
		String s = Files.readString(damaged);
		Files.writeString(damaged, s.substring(0, s.length() / 2));
		FormatException e = assertThrows(FormatException.class, () -> xmi.importer().read(out, ImportOptions.defaults()));
		assertEquals(damaged, e.file());
		assertTrue(e.line() >= 1, e.getMessage());
		assertTrue(e.reason().startsWith("not valid XMI"), e.reason());
		// a fragment that refers to nothing (found by the fuzzer: "fragments" naming the CAS's null, xmi:id 0)
		Files.writeString(damaged, s);
		String span = s.substring(s.indexOf("<type:Span"), s.indexOf("/>", s.indexOf("<type:Span")));
		Files.writeString(damaged, s.replace(span, span.replaceFirst(" fragments=\"[^\"]*\"", "") + " fragments=\"0\""));
		FormatException nothing = assertThrows(FormatException.class, () -> xmi.importer().read(out, ImportOptions.defaults()));
		assertEquals(damaged, nothing.file());
		assertTrue(nothing.reason().contains("has a fragment that is no annotation (1 of 1)"), nothing.reason());
		Files.delete(out.resolve("TypeSystem.xml"));
		FormatException noTypes = assertThrows(FormatException.class, () -> xmi.importer().read(out, ImportOptions.defaults()));
		assertTrue(noTypes.reason().contains("no TypeSystem.xml"), noTypes.reason());
	}

	private static List<String> describe(ProjectFolder folder) {
		List<String> lines = new ArrayList<>();
		for (Document d : folder.project().getDocuments()) {
			AnnotationSet set = SetNames.find(d, "gold");
			for (Annotation a : set.getAnnotations()) {
				StringBuilder sb = new StringBuilder(d.getId()).append(' ');
				if (a instanceof Link l) {
					sb.append("LINK ").append(l.getRole()).append(' ').append(l.getSource().getId()).append("->")
							.append(l.getTarget().getId());
				} else {
					sb.append(a.getLabel().getLayer().getName()).append('/').append(a.getLabel().getName()).append(' ');
					if (a instanceof Span s) {
						for (Fragment f : s.getFragments()) {
							sb.append('[').append(f.getBegin()).append(',').append(f.getEnd()).append(']');
						}
					}
					sb.append(' ').append(a.getStatus().getLiteral());
					if (!a.getFeatures().isEmpty()) {
						java.util.TreeMap<String, String> sorted = new java.util.TreeMap<>();
						a.getFeatures().forEach(e -> sorted.put(e.getKey(), e.getValue()));
						sb.append(' ').append(sorted);
					}
				}
				lines.add(sb.toString());
			}
		}
		lines.sort(Comparator.naturalOrder());
		return lines;
	}
}
