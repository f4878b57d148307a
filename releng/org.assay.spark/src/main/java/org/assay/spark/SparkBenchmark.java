/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.assay.model.AssayFactory;
import org.assay.model.Document;
import org.assay.model.Project;
import org.assay.model.support.StandardSchema;
import org.assay.sample.SampleProject;
import org.assay.uima.EngineRunner;
import org.assay.uima.RunMonitor;
import org.assay.uima.spi.EngineContext;

/**
 * Tokens per second of the entities and claims engines over the sample articles repeated to at least 5 M
 * tokens (as {@code PipelineBenchmark} repeats them): Assay's own runner on 1 and 2 threads (what
 * {@code assay annotate} runs, engine after engine, proposals counted and dropped) and the Spark job on
 * {@code local[1]} and {@code local[2]} (end to end: documents handed to Spark, both engines per document,
 * JSONL lines made on the executors and written through the driver), in one run, with the ratios.
 * <p>
 * {@code releng/scripts/benchmark spark [MIN_TOKENS]}
 */
public final class SparkBenchmark {

	private static final List<String> ENGINES = List.of("entities", "claims");

	public static void main(String[] args) throws Exception {
		long minTokens = args.length > 0 ? Long.parseLong(args[0]) : 5_000_000;
		List<String> texts = SampleProject.repeatedTexts(minTokens);
		Path out = Files.createTempDirectory("assay-spark-benchmark");
		System.out.printf(Locale.ROOT, "spark benchmark: %,d documents, %,d characters; %d cores, Java %s, Spark %s%n",
				texts.size(), texts.stream().mapToLong(String::length).sum(), Runtime.getRuntime().availableProcessors(),
				System.getProperty("java.version"), org.apache.spark.package$.MODULE$.SPARK_VERSION());
		Project project = project(texts);
		List<Document> warm = project.getDocuments().subList(0, Math.min(300, texts.size()));
		assay(warm, project, 1);
		double[] assay = new double[2];
		long tokens = 0;
		double[] spark = new double[2];
		for (int cores = 1; cores <= 2; cores++) {
			try (SparkSession session = SparkSession.builder().appName("assay-spark benchmark").master("local[" + cores + "]")
					.config("spark.ui.enabled", "false").getOrCreate()) {
				session.sparkContext().setLogLevel("WARN");
				spark(session, texts.subList(0, warm.size()), out, cores); // warm up
				long start = System.nanoTime();
				AnnotateJob.Summary s = spark(session, texts, out, cores);
				double seconds = (System.nanoTime() - start) / 1e9;
				tokens = s.tokens();
				spark[cores - 1] = tokens / seconds;
				System.out.printf(Locale.ROOT,
						"%-40s %,10.0f tokens/s  (%.1f s, %,d proposals, %d failed; annotating %.1f s = %,.0f tokens/s, then %.1f s writing %,.1f MB of JSONL)%n",
						"assay-spark local[" + cores + "]", spark[cores - 1], seconds, s.proposals(), s.failures().size(),
						s.annotateMillis() / 1000.0, tokens / (s.annotateMillis() / 1000.0),
						(s.millis() - s.annotateMillis()) / 1000.0, s.jsonlBytes() / 1e6);
			}
			long start = System.nanoTime();
			long proposals = assay(project.getDocuments(), project, cores);
			double seconds = (System.nanoTime() - start) / 1e9;
			assay[cores - 1] = tokens / seconds;
			System.out.printf(Locale.ROOT, "%-40s %,10.0f tokens/s  (%.1f s, %,d proposals)%n",
					"Assay's runner, " + cores + " thread(s)", assay[cores - 1], seconds, proposals);
		}
		System.out.printf(Locale.ROOT, "%,d tokens; Spark/Assay: %.2fx on 1 core, %.2fx on 2; 1 to 2 cores: Spark %.2fx, Assay %.2fx%n",
				tokens, spark[0] / assay[0], spark[1] / assay[1], spark[1] / spark[0], assay[1] / assay[0]);
	}

	private static Project project(List<String> texts) {
		Project p = AssayFactory.eINSTANCE.createProject();
		p.setName("benchmark");
		p.setSchema(StandardSchema.create());
		for (int i = 0; i < texts.size(); i++) {
			Document d = AssayFactory.eINSTANCE.createDocument();
			d.setId("d" + i);
			d.setText(texts.get(i));
			p.getDocuments().add(d);
		}
		return p;
	}

	private static long assay(List<Document> documents, Project project, int threads) throws Exception {
		long proposals = 0;
		for (String id : ENGINES) {
			proposals += new EngineRunner(Engines.get(id), new EngineContext(null, null), project.getSchema(), threads)
					.run(documents, RunMonitor.NONE, (d, found) -> {
					}).proposals();
		}
		return proposals;
	}

	private static AnnotateJob.Summary spark(SparkSession session, List<String> texts, Path out, int cores)
			throws IOException {
		List<Input> inputs = new ArrayList<>(texts.size());
		for (int i = 0; i < texts.size(); i++) {
			inputs.add(Input.of("d" + i, texts.get(i)));
		}
		var rdd = JavaSparkContext.fromSparkContext(session.sparkContext()).parallelize(inputs, cores * 4);
		return AnnotateJob.run(session, rdd, new RunSpec(ENGINES, null, false, Map.of(), System.currentTimeMillis()),
				out.resolve("out.jsonl").toString(), null);
	}
}
