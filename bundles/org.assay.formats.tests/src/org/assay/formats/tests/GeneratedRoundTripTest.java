/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.formats.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.assay.formats.ExportReport;
import org.assay.formats.Format;
import org.assay.formats.ImportOptions;
import org.assay.formats.brat.BratFormat;
import org.assay.formats.conll.Conll2003Format;
import org.assay.formats.jsonl.JsonlFormat;
import org.assay.formats.xmi.XmiFormat;
import org.assay.model.AnnotationSet;
import org.assay.model.AnnotationStatus;
import org.assay.model.AssayFactory;
import org.assay.model.Document;
import org.assay.model.Label;
import org.assay.model.Link;
import org.assay.model.Span;
import org.assay.model.support.Schemas;
import org.assay.model.support.SetNames;
import org.assay.model.support.Spans;
import org.assay.store.ProjectFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated documents with non-ASCII text (accents, CJK, emoji), overlapping, nested and discontinuous spans,
 * features and links go out through every format and back: what comes back equals what went out, less
 * exactly what the export report counts.
 */
class GeneratedRoundTripTest {

	private static final String[] WORDS = { "Zoë", "Ørsted", "東京", "said", "the", "minister", "😀", "Łódź", "reports",
			"\u201cquoted\u201d", "on", "Tuesday", "€12", "naïve", "and", "officials", "agreed", "." };

	@TempDir
	Path dir;

	private ProjectFolder generated() throws Exception {
		ProjectFolder p = Projects.empty(dir.resolve("gen"));
		Random r = new Random(11);
		List<Label> entity = Schemas.layer(p.project().getSchema(), "entity").getLabels();
		for (int doc = 0; doc < 8; doc++) {
			StringBuilder text = new StringBuilder();
			List<int[]> tokens = new ArrayList<>();
			for (int i = 0; i < 60; i++) {
				if (i > 0) {
					text.append(i % 15 == 0 ? "\n" : " ");
				}
				String w = WORDS[r.nextInt(WORDS.length)];
				tokens.add(new int[] { text.length(), text.length() + w.length() });
				text.append(w);
			}
			Document d = p.addDocument("gen-" + doc, "generated " + doc, text.toString());
			AnnotationSet gold = SetNames.findOrCreate(d, "gold");
			List<Span> spans = new ArrayList<>();
			for (int k = 0; k < 25; k++) {
				int a = r.nextInt(tokens.size() - 3);
				int b = a + r.nextInt(3);
				Span s = Spans.create(entity.get(r.nextInt(entity.size())), tokens.get(a)[0], tokens.get(b)[1]);
				if (k % 7 == 0 && b + 2 < tokens.size()) { // discontinuous
					s.getFragments().add(Spans.fragment(tokens.get(b + 2)[0], tokens.get(b + 2)[1]));
				}
				if (k % 5 == 0) {
					s.getFeatures().put("certainty", k % 2 == 0 ? "high" : "low");
				}
				s.setStatus(AnnotationStatus.ACCEPTED);
				spans.add(s);
				gold.getAnnotations().add(s);
			}
			for (int k = 0; k < 6; k++) {
				Link l = AssayFactory.eINSTANCE.createLink();
				l.setRole(k % 2 == 0 ? "claimant" : "related");
				l.setSource(spans.get(r.nextInt(spans.size())));
				l.setTarget(spans.get(r.nextInt(spans.size())));
				l.setStatus(AnnotationStatus.ACCEPTED);
				gold.getAnnotations().add(l);
			}
			p.save(gold);
		}
		return p;
	}

	@Test
	void losslessFormatsGiveEverythingBack() throws Exception {
		ProjectFolder source = generated();
		List<String> original = Projects.describe(source, "gold", true);
		for (Format format : List.of(new JsonlFormat(), new BratFormat(), new XmiFormat())) {
			Path out = dir.resolve("out-" + format.id() + (format.exporter().writesOneFile() ? ".x" : ""));
			ExportReport report = Projects.export(format, source, "gold", out, "iob1");
			assertTrue(report.isLossless(), () -> format.id() + ": " + report.entries().get(0).what());
			ProjectFolder back = Projects.imported(format, out, dir.resolve("back-" + format.id()), ImportOptions.defaults());
			assertEquals(original, Projects.describe(back, "gold", true), format.id());
		}
	}

	@Test
	void conllGivesBackWhatItsReportDoesNotCount() throws Exception {
		ProjectFolder source = generated();
		Path out = dir.resolve("out.conll");
		ExportReport report = Projects.export(new Conll2003Format(), source, "gold", out, "iob1");
		int spans = (int) Projects.describe(source, "gold", false).stream().filter(l -> !l.contains(" LINK ")).count();
		int dropped = report.count("overlapping or nested spans (CoNLL tags each token once)");
		assertTrue(dropped > 0, "the generated spans overlap");
		assertTrue(report.count("links (CoNLL has no relations)") > 0);
		assertTrue(report.count("span features (CoNLL holds only the label)") > 0);
		ProjectFolder back = Projects.imported(new Conll2003Format(), out, dir.resolve("back"), ImportOptions.defaults());
		int entities = (int) Projects.describe(back, "gold", false).stream().filter(l -> l.contains(" entity/")).count();
		int split = report.count("discontinuous spans (written as one entity per fragment)") + report.count(
				"spans across a sentence boundary (CoNLL ends every entity with its sentence: read back as two)");
		assertTrue(entities >= spans - dropped, entities + " of " + spans + " spans, " + dropped + " dropped");
		assertTrue(entities <= spans - dropped + split, "each extra entity is a reported split: " + entities + " of "
				+ spans + " spans, " + dropped + " dropped, " + split + " split");
		assertEquals(report.annotationsWritten(), spans - dropped, "every span not counted as lost was written");
	}
}
