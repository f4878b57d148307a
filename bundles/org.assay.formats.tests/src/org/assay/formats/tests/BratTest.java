/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.formats.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.assay.formats.ExportReport;
import org.assay.formats.FormatException;
import org.assay.formats.ImportOptions;
import org.assay.formats.brat.BratFormat;
import org.assay.store.ProjectFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BratTest {

	static final String TEXT = "\u201cWe will win,\u201d said Ana \uD83D\uDE00 P\u00e9rez, who leads Acme.\nShe left.\n";
	static final String ANN = """
			T1	Content 1 12	We will win
			T2	Cue 15 19	said
			T3	Source 20 23	Ana
			T4	Attribution 15 19	said
			E1	Attribution:T4 Content:T1 Cue:T2 Source:T3
			T5	Person 20 23;26 31	Ana Pérez
			T6	Organization 43 47	Acme
			R1	Works_for Arg1:T5 Arg2:T6
			A1	Negated T1
			A2	Confidence T6 High
			#1	AnnotatorNotes T6	a company
			N1	Reference T6 Wikidata:Q1	Acme
			""";

	@TempDir
	Path dir;
	final BratFormat brat = new BratFormat();

	private Path pair(String text, String ann) throws Exception {
		Path in = Files.createDirectories(dir.resolve("in"));
		Files.writeString(in.resolve("doc.txt"), text);
		Files.writeString(in.resolve("doc.ann"), ann);
		return in;
	}

	@Test
	void spansEventsRelationsAttributesNotesAndNormalizationsRoundTrip() throws Exception {
		Path in = pair(TEXT, ANN);
		ProjectFolder p = Projects.imported(brat, in, dir.resolve("p"), new ImportOptions("gold", "claim", Map.of(), false));
		List<String> described = Projects.describe(p, "gold", true);
		assertTrue(described.contains("doc LINK Content claim/Attribution[15,19] -> claim/Content[1,12]"), described.toString());
		assertTrue(described.stream().anyMatch(l -> l.startsWith("doc claim/Person[20,23][27,32]")),
				"discontinuous, and after the emoji code points became chars: " + described);
		Path out = dir.resolve("out");
		ExportReport report = Projects.export(brat, p, "gold", out, "iob1");
		assertTrue(report.isLossless(), () -> report.entries().get(0).what());
		assertEquals(TEXT, Files.readString(out.resolve("doc.txt")));
		assertEquals(sorted(ANN), sorted(Files.readString(out.resolve("doc.ann"))));
	}

	@Test
	void badAnnotationsNameTheirLine() throws Exception {
		String[][] cases = { { ANN.replace("T6\tOrganization 43 47\tAcme", "T6\tOrganization 43 47\tAcne"), "7",
				"is not what the document has" },
				{ ANN.replace("T2\tCue 15 19\tsaid", "T2\tCue 15 900\tsaid"), "2", "outside the text" },
				{ ANN + "X1\tStrange T1\n", "13", "unknown annotation kind 'X'" },
				{ ANN.replace("Cue:T2", "Cue:T99"), "5", "'Cue:T99' is not ROLE:T-id" },
				{ ANN.replace("T1\tContent 1 12", "T1\tContent one 12"), "1", "bad offsets" } };
		for (String[] c : cases) {
			Path in = pair(TEXT, c[0]);
			FormatException e = assertThrows(FormatException.class, () -> brat.importer().read(in, ImportOptions.defaults()));
			assertEquals(in.resolve("doc.ann"), e.file());
			assertEquals(Integer.parseInt(c[1]), e.line(), e.getMessage());
			assertTrue(e.reason().contains(c[2]), e.getMessage());
		}
	}

	@Test
	void attributionEventsBecomeClaimsWithTheirClaimantAndCue() throws Exception {
		String text = "Mia Lund said the port will grow. Critics say it will not.";
		String ann = """
				T1	Source 0 8	Mia Lund
				T2	Cue 9 13	said
				T3	Content 14 32	the port will grow
				T4	Attribution 9 13	said
				E1	Attribution:T4 Source:T1 Cue:T2 Content:T3
				T5	Cue 42 45	say
				T6	Content 46 57	it will not
				T7	Attribution-no-source 42 45	say
				E2	Attribution-no-source:T7 Cue:T5 Content:T6
				T8	Source 34 41	Critics
				""";
		Path in = pair(text, ann);
		ImportOptions options = new ImportOptions("gold", "claim", Map.of(), false, true);
		ProjectFolder p = Projects.imported(brat, in, dir.resolve("p"), options);
		List<String> described = Projects.describe(p, "gold", true);
		assertTrue(described.stream().anyMatch(l -> l.startsWith("doc claim/CLAIM[14,32]" + " ")), described.toString());
		assertTrue(described.stream().anyMatch(l -> l.startsWith("doc claim/SOURCE[0,8]" + " ")), described.toString());
		assertTrue(described.stream().anyMatch(l -> l.startsWith("doc claim/CUE[9,13]" + " ")), described.toString());
		assertTrue(described.contains("doc LINK claimant claim/CLAIM[14,32] -> claim/SOURCE[0,8]"), described.toString());
		assertTrue(described.contains("doc LINK cue claim/CLAIM[14,32] -> claim/CUE[9,13]"), described.toString());
		assertTrue(described.contains("doc LINK cue claim/CLAIM[46,57] -> claim/CUE[42,45]"), "a claim without source");
		assertTrue(described.stream().noneMatch(l -> l.contains("Attribution")), "the events' triggers only repeat the cue");
		assertTrue(described.stream().anyMatch(l -> l.startsWith("doc claim/Source[34,41]" + " ")), "a span no event uses stays as it was: " + described);
	}

	@Test
	void polnearDevImportsAsClaimsOnePerAttribution() throws Exception {
		Path dev = Projects.shared("data/polnear/dev");
		assumeTrue(dev != null, "../shared/data/polnear is not beside the checkout");
		ProjectFolder p = Projects.imported(brat, dev, dir.resolve("p"), new ImportOptions("gold", "claim", Map.of(), false, true));
		int attributions = 0;
		int withSource = 0;
		try (Stream<Path> anns = Files.list(dev.resolve("attributions"))) {
			for (Path ann : anns.filter(f -> f.toString().endsWith(".ann")).toList()) {
				for (String line : Files.readAllLines(ann)) {
					if (line.startsWith("E") && line.contains(" Content:")) {
						attributions++;
						withSource += line.contains(" Source:") ? 1 : 0;
					}
				}
			}
		}
		int claims = 0;
		int claimants = 0;
		int cues = 0;
		for (var d : p.project().getDocuments()) {
			for (var set : d.getAnnotationSets()) {
				for (var a : set.getAnnotations()) {
					if (a instanceof org.assay.model.Link l) {
						claimants += l.getRole().equals("claimant") ? 1 : 0;
						cues += l.getRole().equals("cue") ? 1 : 0;
					} else if (a.getLabel().getName().equals("CLAIM")) {
						claims++;
					}
				}
			}
		}
		assertTrue(attributions > 1000, "PolNeAR dev's attributions: " + attributions);
		assertEquals(withSource, claimants, "one claimant link per attribution with a source");
		assertEquals(attributions, cues, "one cue link per attribution");
		assertTrue(claims <= attributions && claims > attributions * 9 / 10, claims + " claims for " + attributions
				+ " attributions (two attributions may share one content)");
	}

	@Test
	void theWholePolnearTrainingSplitComesBackWithEverySpanAndEvent() throws Exception {
		Path train = Projects.shared("data/polnear/train");
		assumeTrue(train != null, "../shared/data/polnear is not beside the checkout");
		ImportOptions options = new ImportOptions("gold", "claim", Map.of(), false);
		ProjectFolder p = Projects.imported(brat, train, dir.resolve("p"), options);
		assertEquals(Projects.countFiles(train.resolve("text")), p.project().getDocuments().size());
		Path out = dir.resolve("out");
		ProjectFolder reopened = ProjectFolder.open(dir.resolve("p"));
		java.util.Set<String> sets = new java.util.TreeSet<>();
		reopened.project().getDocuments().forEach(d -> d.getAnnotationSets().forEach(s -> sets.add(s.getName())));
		assertTrue(sets.size() > 1, "doubly annotated texts keep each annotator's file in a set: " + sets);
		for (String set : sets) {
			ExportReport report = Projects.export(brat, reopened, set, out, "iob1");
			assertTrue(report.isLossless(), () -> report.entries().get(0).what() + " " + report.entries().get(0).where());
		}
		assertEquals(Projects.countFiles(train.resolve("attributions")),
				Projects.countFiles(out) - Projects.countFiles(train.resolve("text")), "one .ann per annotator's file");
		int spans = 0;
		int events = 0;
		try (Stream<Path> anns = Files.list(train.resolve("attributions"))) {
			for (Path ann : anns.toList()) {
				String original = Files.readString(ann);
				String exported = Files.readString(out.resolve(ann.getFileName()));
				List<String> missing = new ArrayList<>(sorted(original));
				missing.removeAll(sorted(exported));
				List<String> extra = new ArrayList<>(sorted(exported));
				extra.removeAll(sorted(original));
				assertEquals(sorted(original), sorted(exported), ann.getFileName() + ": missing " + missing + ", extra " + extra);
				spans += (int) original.lines().filter(l -> l.startsWith("T")).count();
				events += (int) original.lines().filter(l -> l.startsWith("E")).count();
				String name = ann.getFileName().toString().replaceFirst("_[^_]+\\.ann$", ".txt"); // TEXT_ANNOTATOR.ann
				assertEquals(Files.readString(train.resolve("text").resolve(name)), Files.readString(out.resolve(name)));
			}
		}
		assertTrue(spans > 80_000 && events > 20_000, spans + " spans, " + events + " events");
	}

	/**
	 * The lines of an .ann, sorted, each span as id, type and fragments in text order (brat allows any order);
	 * the span's text is left out: both sides check it against the document, and some files carry its line
	 * breaks onto lines of their own.
	 */
	private static List<String> sorted(String ann) {
		List<String> lines = new ArrayList<>();
		for (String raw : ann.lines().toList()) {
			String line = raw.stripTrailing(); // "E33\tAttribution:T129 " has no argument after its space
			if (!line.matches("^[TERAMN#*][0-9]*\t.*")) {
				continue; // blank, or the rest of a span's text after a line break
			}
			String[] cols = line.split("\t", -1);
			if (line.startsWith("T") && cols.length >= 2) {
				String type = cols[1].substring(0, cols[1].indexOf(' '));
				List<String> fragments = new ArrayList<>(List.of(cols[1].substring(type.length() + 1).split(";")));
				fragments.sort(java.util.Comparator.comparingInt(f -> Integer.parseInt(f.strip().split(" ")[0])));
				line = cols[0] + "\t" + type + " " + String.join(";", fragments);
			}
			lines.add(line);
		}
		lines.sort(null);
		return lines;
	}
}
