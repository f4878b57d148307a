/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.spark.sql.Row;
import org.assay.engines.learn.TrainingMonitor;
import org.assay.engines.learn.TrainingOptions;
import org.assay.engines.learn.LearnedModel;
import org.assay.engines.learn.LearnedTrainer;
import org.assay.formats.ImportData;
import org.assay.formats.ImportOptions;
import org.assay.formats.ImportedDocument;
import org.assay.formats.Importing;
import org.assay.formats.jsonl.JsonlFormat;
import org.assay.model.Annotation;
import org.assay.model.AnnotationStatus;
import org.assay.model.Document;
import org.assay.model.Fragment;
import org.assay.model.Link;
import org.assay.model.Span;
import org.assay.model.support.SetNames;
import org.assay.model.support.StandardSchema;
import org.assay.sample.SampleProject;
import org.assay.store.ProjectFolder;
import org.assay.store.TextFolderImport;
import org.assay.uima.Engine;
import org.assay.uima.EngineRunner;
import org.assay.uima.GoldTexts;
import org.assay.uima.RunMonitor;
import org.assay.uima.spi.EngineContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same documents give the same proposals through Assay's own runner (what {@code assay annotate} runs) and
 * through the Spark job, annotation by annotation: document, engine, layer, label, extent and confidence; and
 * the job's JSONL reads back with Assay's reader and imports into a project.
 */
class SameProposalsTest {

	@TempDir
	Path dir;

	@Test
	void theSampleGetsTheSameProposalsFromAllThreeEnginesAndItsJsonlImportsBack() throws Exception {
		ProjectFolder sample = SampleProject.create(dir.resolve("sample"));
		List<Document> documents = sample.project().getDocuments();
		Path model = dir.resolve("learned.model");
		LearnedModel trained = new LearnedTrainer(TrainingOptions.defaults().withMaxIterations(30))
				.train(GoldTexts.of(documents, SetNames.GOLD), List.of("entity", "claim"), TrainingMonitor.NONE);
		try (OutputStream out = Files.newOutputStream(model)) {
			trained.write(out);
		}
		Path texts = Files.createDirectories(dir.resolve("texts"));
		for (Document d : documents) {
			Files.writeString(texts.resolve(d.getId() + ".txt"), d.getText());
		}
		List<String> engines = List.of("entities", "claims", "learned");
		Assay assay = assay(sample, engines, model);

		Path output = dir.resolve("out.jsonl");
		Path parquet = dir.resolve("out.parquet");
		AnnotateJob.Summary s = AnnotateJob.run(TestSpark.get(),
				Inputs.read(TestSpark.get(), texts.toString(), Inputs.Kind.TEXT),
				new RunSpec(engines, model.toString(), false, Map.of(), System.currentTimeMillis()), output.toString(),
				parquet.toString());

		List<String> spark = sparkSpans(parquet);
		assertEquals(assay.spans.size(), spark.size(), "proposed spans");
		assertEquals(assay.spans, spark);
		assertEquals(6, s.documents());
		assertEquals(List.of(), s.failures());
		assertEquals(assay.spans.size() + assay.links, s.proposals(), "proposals counted, links included");
		for (String engine : engines) {
			assertTrue(spark.stream().anyMatch(k -> k.contains("|" + engine + "|")), engine + " proposed nothing");
		}

		// the JSONL: Assay's reader takes it, with every span and link, all proposed; and it imports
		ImportData read = new JsonlFormat().importer().read(output, ImportOptions.defaults());
		assertEquals(documents.stream().map(Document::getId).toList(),
				read.documents().stream().map(ImportedDocument::id).toList());
		List<String> readSpans = new ArrayList<>();
		int links = 0;
		for (ImportedDocument d : read.documents()) {
			for (ImportedDocument.Span span : d.spans()) {
				assertEquals(AnnotationStatus.PROPOSED, span.status());
				readSpans.add(d.id() + "|" + span.layer() + "|" + span.label() + "|" + extent(d.text(), span.fragments()));
			}
			links += d.links().size();
		}
		Collections.sort(readSpans);
		assertEquals(assay.extents, readSpans);
		assertEquals(assay.links, links, "links");

		ProjectFolder target = ProjectFolder.create(dir.resolve("target"), "target", StandardSchema.create());
		Importing.apply(target, read, new ImportOptions("spark", "entity", Map.of(), false));
		int imported = 0;
		for (Document d : target.project().getDocuments()) {
			imported += SetNames.find(d, "spark").getAnnotations().size();
		}
		assertEquals(assay.spans.size() + assay.links, imported, "annotations imported");
	}

	@Test
	void polnearDevTextsGetTheSameProposals() throws Exception {
		Path texts = TestSpark.shared().resolve("data/polnear/dev/text");
		assumeTrue(Files.isDirectory(texts), "PolNeAR dev texts not beside the checkout: " + texts.toAbsolutePath());
		ProjectFolder project = ProjectFolder.create(dir.resolve("polnear"), "polnear", StandardSchema.create());
		TextFolderImport.addAll(project, TextFolderImport.read(texts));
		List<String> engines = List.of("entities", "claims");
		Assay assay = assay(project, engines, null);

		Path parquet = dir.resolve("polnear.parquet");
		AnnotateJob.Summary s = AnnotateJob.run(TestSpark.get(),
				Inputs.read(TestSpark.get(), texts.toString(), Inputs.Kind.TEXT),
				new RunSpec(engines, null, false, Map.of(), System.currentTimeMillis()),
				dir.resolve("polnear.jsonl").toString(), parquet.toString());
		assertEquals(project.project().getDocuments().size(), s.documents());
		assertTrue(s.documents() >= 80, "documents: " + s.documents());
		List<String> spark = sparkSpans(parquet);
		assertEquals(assay.spans.size(), spark.size(), "proposed spans");
		assertEquals(assay.spans, spark);
	}

	/** What Assay's own runner proposes, as {@code assay annotate} runs it: per engine, on two threads. */
	private static Assay assay(ProjectFolder folder, List<String> engines, Path model) throws Exception {
		Assay result = new Assay();
		for (String id : engines) {
			Engine engine = Engines.get(id);
			new EngineRunner(engine, new EngineContext(folder.dir(), model), folder.project().getSchema(), 2)
					.run(folder.project().getDocuments(), RunMonitor.NONE, (d, found) -> {
						for (Annotation a : found.annotations()) {
							if (a instanceof Span s) {
								result.spans.add(key(d, s));
								result.extents.add(d.getId() + "|" + s.getLabel().getLayer().getName() + "|"
										+ s.getLabel().getName() + "|" + extent(d.getText(), s.getFragments().stream()
												.map(f -> new int[] { f.getBegin(), f.getEnd() }).toList()));
							} else if (a instanceof Link) {
								result.links++;
							}
						}
					});
		}
		Collections.sort(result.spans);
		Collections.sort(result.extents);
		return result;
	}

	private static final class Assay {
		final List<String> spans = new ArrayList<>();
		final List<String> extents = new ArrayList<>();
		int links;
	}

	private static String key(Document d, Span s) {
		String text = d.getText();
		StringBuilder fragments = new StringBuilder();
		for (Fragment f : s.getFragments()) {
			fragments.append(fragments.isEmpty() ? "" : " ").append(text.codePointCount(0, f.getBegin())).append('-')
					.append(text.codePointCount(0, f.getEnd()));
		}
		var p = s.getProvenance();
		return String.join("|", d.getId(), p.getEngineId(), p.getEngineVersion(), s.getLabel().getLayer().getName(),
				s.getLabel().getName(), fragments, p.isSetConfidence() ? confidence(p.getConfidence()) : "-");
	}

	private static List<String> sparkSpans(Path parquet) {
		List<String> keys = new ArrayList<>();
		for (Row r : TestSpark.get().read().parquet(parquet.toString()).collectAsList()) {
			keys.add(String.join("|", r.getString(0), r.getString(1), r.getString(2), r.getString(3), r.getString(4),
					r.getString(7), r.isNullAt(9) ? "-" : confidence(r.getDouble(9))));
		}
		Collections.sort(keys);
		return keys;
	}

	private static String confidence(double c) {
		return String.format(Locale.ROOT, "%.9f", c);
	}

	/** Fragments in chars of the text, as "b-e b-e". */
	private static String extent(String text, List<int[]> fragments) {
		StringBuilder b = new StringBuilder();
		for (int[] f : fragments) {
			b.append(b.isEmpty() ? "" : " ").append(f[0]).append('-').append(f[1]);
		}
		return b.toString();
	}
}
