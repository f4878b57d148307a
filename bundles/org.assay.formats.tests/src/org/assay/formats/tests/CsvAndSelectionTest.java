/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.formats.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.assay.formats.ExportDocument;
import org.assay.formats.ExportReport;
import org.assay.formats.Exporting;
import org.assay.formats.FormatException;
import org.assay.formats.csv.ClaimsCsvFormat;
import org.assay.model.AnnotationStatus;
import org.assay.sample.SampleProject;
import org.assay.store.ProjectFolder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvAndSelectionTest {

	@TempDir
	Path dir;
	ProjectFolder sample;

	@BeforeEach
	void sample() throws Exception {
		sample = SampleProject.create(dir.resolve("sample"));
	}

	@Test
	void theClaimsCsvHasOneRowPerClaimWithClaimantAndCue() throws Exception {
		Path out = dir.resolve("claims.csv");
		ExportReport report = Projects.export(new ClaimsCsvFormat(), sample, "gold", out, "iob1");
		List<String> lines = Files.readAllLines(out);
		assertEquals(ClaimsCsvFormat.HEADER, lines.get(0));
		assertEquals(1 + 39, lines.size());
		assertTrue(lines.contains("01-port-expansion,indirect,1063,1142,"
				+ "Canadian and Norwegian shipping companies have already signed letters of intent,1144,1149,Duval,Duval,"
				+ "1150,1154,said,accepted,"), String.join("\n", lines));
		String pronoun = lines.stream().filter(l -> l.startsWith("02-wheat-prices,indirect") && l.contains(",She,"))
				.findFirst().orElseThrow();
		assertTrue(pronoun.contains(",She,Priya Raman,"), "a pronoun claimant names its person: " + pronoun);
		assertTrue(lines.stream().anyMatch(l -> l.contains("\"the department was \"\"reviewing the final design\"\"")),
				"quotes inside a cell are doubled");
		assertTrue(report.count("discontinuous claims (begin and end give the whole extent; text joins the parts with \u2026)") > 0);
		assertTrue(report.count("spans that are not claims, claimants or cues") > 100, "entities are counted as left out");
	}

	@Test
	void layersStatusesAndSplits() throws Exception {
		var gold = org.assay.model.support.SetNames.find(sample.project().getDocuments().get(0), "gold");
		gold.getAnnotations().get(0).setStatus(AnnotationStatus.PROPOSED);
		gold.getAnnotations().get(1).setStatus(AnnotationStatus.REJECTED);
		ExportReport report = new ExportReport();
		List<ExportDocument> entity = Exporting.select(sample.project(),
				new Exporting.Selection("gold", List.of("entity"), true), report);
		assertEquals(6, entity.size());
		assertTrue(entity.stream().flatMap(d -> d.annotations().stream())
				.allMatch(a -> a.getLabel().getLayer().getName().equals("entity")
						&& a.getStatus() == AnnotationStatus.ACCEPTED));
		assertEquals(1, report.count("rejected annotations"));
		assertEquals(1, report.count("proposals (accepted only)"));
		assertTrue(report.isLossless(), "what the choice left out is no loss of the format");
		String place = report.leftOut().get(0).where().get(0);
		assertTrue(place.matches("01-port-expansion@\\d+"), "every loss has its place: " + place);
		java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
		report.print(new java.io.PrintStream(printed, true, java.nio.charset.StandardCharsets.UTF_8));
		assertTrue(printed.toString(java.nio.charset.StandardCharsets.UTF_8).contains("left out as chosen:"), printed.toString());

		int[] split = Exporting.parseSplit("50/20/30");
		Map<String, List<ExportDocument>> a = Exporting.split(entity, split, 7);
		Map<String, List<ExportDocument>> b = Exporting.split(entity, split, 7);
		assertEquals(ids(a), ids(b), "the same seed gives the same split");
		assertEquals(List.of(3, 1, 2), List.of(a.get("train").size(), a.get("dev").size(), a.get("test").size()));
		Set<String> all = new HashSet<>();
		a.values().forEach(part -> part.forEach(d -> all.add(d.document().getId())));
		assertEquals(6, all.size(), "every document in exactly one part");
		assertNotEquals(ids(a), ids(Exporting.split(entity, split, 8)), "another seed, another split");
		Map<String, List<ExportDocument>> small = Exporting.split(entity, Exporting.parseSplit("80/10/10"), 7);
		assertEquals(List.of(4, 1, 1), List.of(small.get("train").size(), small.get("dev").size(), small.get("test").size()),
				"six documents: test gets one rather than none");
		assertEquals(List.of(6, 0, 0), Exporting.split(entity, Exporting.parseSplit("100/0/0"), 7).values().stream()
				.map(List::size).toList(), "a part without a share stays empty");
		assertThrows(FormatException.class, () -> Exporting.parseSplit("80/10/20"));
		assertThrows(FormatException.class, () -> Exporting.parseSplit("80/20"));
		assertThrows(FormatException.class,
				() -> Exporting.select(sample.project(), new Exporting.Selection("nobody", List.of(), false), report));
	}

	@Test
	void anAnnotatorsTrainingDataLeavesOutWhatTheyHaveNotStartedOrFinished() throws Exception {
		List<org.assay.model.Document> documents = sample.project().getDocuments();
		for (int i = 0; i < 3; i++) { // ana: 0 done, 1 half-way, 2 only the engines' offers
			var ana = org.assay.model.support.SetNames.findOrCreate(documents.get(i), "ana");
			ana.getAnnotations().addAll(org.eclipse.emf.ecore.util.EcoreUtil
					.copyAll(org.assay.model.support.SetNames.find(documents.get(i), "gold").getAnnotations()));
			ana.getAnnotations().forEach(a -> a.setStatus(AnnotationStatus.PROPOSED));
			if (i < 2) {
				ana.getAnnotations().get(0).setStatus(AnnotationStatus.ACCEPTED);
			}
			ana.setState(i == 0 ? org.assay.model.WorkState.DONE : org.assay.model.WorkState.NEW);
		}
		ExportReport report = new ExportReport();
		List<ExportDocument> accepted = Exporting.select(sample.project(),
				new Exporting.Selection("ana", List.of(), true), report);
		assertEquals(List.of("01-port-expansion", "02-wheat-prices"),
				accepted.stream().map(d -> d.document().getId()).toList(), "not the one she has not started");
		assertEquals(1, report.count("documents ana has not started (accepted only: they would read as having"
				+ " nothing to label)"));
		assertEquals(3, Exporting.select(sample.project(), new Exporting.Selection("ana", List.of(), false),
				new ExportReport()).size(), "with the proposals, every document that has the set");
		ExportReport doneReport = new ExportReport();
		List<ExportDocument> done = Exporting.select(sample.project(),
				new Exporting.Selection("ana", List.of(), true, true), doneReport);
		assertEquals(List.of("01-port-expansion"), done.stream().map(d -> d.document().getId()).toList());
		assertEquals(2, doneReport.count("documents not marked done in ana (done only)"));
		org.assay.model.support.SetNames.findOrCreate(documents.get(3), "engine:entities"); // new, and stays so
		assertEquals(1, Exporting.select(sample.project(), new Exporting.Selection("engine:entities", List.of(), false,
				true), new ExportReport()).size(), "an engine's set is never left out as not done");
		assertEquals(6, Exporting.select(sample.project(), new Exporting.Selection("gold", List.of(), true, true),
				new ExportReport()).size(), "the sample's gold is done");
	}

	private static List<List<String>> ids(Map<String, List<ExportDocument>> split) {
		List<List<String>> ids = new ArrayList<>();
		split.values().forEach(part -> ids.add(part.stream().map(d -> d.document().getId()).toList()));
		return ids;
	}

	@Test
	void aFolderExportCutShortSaysSoAndAWholeOneDoesNot(@org.junit.jupiter.api.io.TempDir java.nio.file.Path out)
			throws Exception {
		List<ExportDocument> documents = Exporting.select(sample.project(),
				new Exporting.Selection("gold", List.of(), false), new ExportReport());
		org.assay.formats.Exporter failing = new org.assay.formats.Exporter() {
			@Override
			public boolean writesOneFile() {
				return false;
			}

			@Override
			public void write(List<ExportDocument> docs, java.nio.file.Path to, org.assay.formats.ExportOptions options,
					ExportReport report) throws java.io.IOException {
				java.nio.file.Files.writeString(to.resolve("first.txt"), "one document written");
				throw new java.io.IOException("No space left on device");
			}
		};
		java.nio.file.Path cut = out.resolve("cut");
		assertThrows(java.io.IOException.class, () -> Exporting.export(failing, documents, cut,
				new org.assay.formats.ExportOptions("iob1"), null, 1, new ExportReport()));
		assertTrue(java.nio.file.Files.readString(cut.resolve(Exporting.INCOMPLETE)).contains("not complete"));
		java.nio.file.Path whole = out.resolve("whole");
		Exporting.export(org.assay.formats.Formats.find("brat").exporter(), documents, whole,
				new org.assay.formats.ExportOptions("iob1"), null, 1, new ExportReport());
		assertTrue(!java.nio.file.Files.exists(whole.resolve(Exporting.INCOMPLETE)), "a whole export has no marker");
		assertTrue(java.nio.file.Files.exists(whole.resolve("01-port-expansion.ann")));
	}
}
