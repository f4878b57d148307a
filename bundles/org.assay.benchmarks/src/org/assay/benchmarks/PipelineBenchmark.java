/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.benchmarks;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngineDescription;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.uima.UIMAFramework;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Type;
import org.apache.uima.resource.ResourceInitializationException;
import org.assay.engines.annotators.ClaimAnnotator;
import org.assay.engines.annotators.EntityAnnotator;
import org.assay.engines.annotators.SegmenterAnnotator;
import org.assay.model.AssayFactory;
import org.assay.model.Document;
import org.assay.model.Project;
import org.assay.model.support.StandardSchema;
import org.assay.sample.SampleProject;
import org.assay.uima.Engine;
import org.assay.uima.EngineRunner;
import org.assay.uima.EngineSets;
import org.assay.uima.RunMonitor;
import org.assay.uima.spi.EngineContext;
import org.assay.uima.types.AssayTypes;

/**
 * Speed of the whole engine pipeline (segmenter, entity rules, claim rules) over the sample articles repeated
 * to at least a million tokens: Assay's way (documents in the EMF model, a CAS per document through the bridge,
 * proposals back into engine sets with provenance, on N threads) against the same UIMA engines called directly
 * on the texts, in the same run; then Assay on one thread and on all cores.
 * <p>
 * {@code releng/scripts/benchmark pipeline [MIN_TOKENS [ROUNDS]]}
 */
public final class PipelineBenchmark {

	public static void main(String[] args) throws Exception {
		int minTokens = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
		int cores = Runtime.getRuntime().availableProcessors();
		List<String> texts = SampleProject.repeatedTexts(minTokens);
		AnalysisEngineDescription description = description();
		int tokens = countTokens(texts, description);
		System.out.printf(Locale.ROOT, "pipeline benchmark: %d documents, %,d tokens, %,d characters; %d cores, Java %s%n",
				texts.size(), tokens, texts.stream().mapToLong(String::length).sum(), cores,
				System.getProperty("java.version"));

		Project project = project(texts);
		Engine engine = new Engine("pipeline", "segmenter + entities + claims", "1", "", List.of(), Map.of(),
				context -> description);
		// warm up both paths on the whole corpus, so that neither is measured while the JIT still compiles
		direct(texts, description, cores);
		assay(project.getDocuments(), engine, project, cores);
		// the four runs interleaved, round after round, so that a change in the machine's load (other builds on
		// the same cores) falls on all of them alike; the overheads are the medians of each round's own ratio
		int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
		double[][] rates = new double[4][rounds];
		double[][] cpu = new double[4][rounds];
		double[] overhead1 = new double[rounds];
		double[] overheadN = new double[rounds];
		double[] cpuOverhead1 = new double[rounds];
		double[] cpuOverheadN = new double[rounds];
		List<Bench.Work> runs = List.of(() -> direct(texts, description, 1),
				() -> assay(project.getDocuments(), engine, project, 1), () -> direct(texts, description, cores),
				() -> assay(project.getDocuments(), engine, project, cores));
		for (int r = 0; r < rounds; r++) {
			for (int k = 0; k < runs.size(); k++) {
				Bench.Result measured = new Bench(0, 1).time("", runs.get(k));
				rates[k][r] = tokens / (measured.medianMs() / 1000);
				cpu[k][r] = measured.medianCpuMs() / 1000;
			}
			overhead1[r] = rates[0][r] / rates[1][r] - 1;
			overheadN[r] = rates[2][r] / rates[3][r] - 1;
			cpuOverhead1[r] = cpu[1][r] / cpu[0][r] - 1;
			cpuOverheadN[r] = cpu[3][r] / cpu[2][r] - 1;
		}
		double direct1 = median(rates[0]);
		double assay1 = median(rates[1]);
		double directN = median(rates[2]);
		double assayN = median(rates[3]);
		System.out.printf(Locale.ROOT, "%d rounds, each running the four in turn; medians%n", rounds);
		System.out.printf(Locale.ROOT, "%-44s %,12.0f tokens/s%n", "UIMA engines called directly, 1 thread", direct1);
		System.out.printf(Locale.ROOT, "%-44s %,12.0f tokens/s  (%.1f%% overhead, median of the rounds' own)%n",
				"Assay pipeline, 1 thread", assay1, 100 * median(overhead1));
		System.out.printf(Locale.ROOT, "%-44s %,12.0f tokens/s%n", "UIMA engines called directly, " + cores + " threads", directN);
		System.out.printf(Locale.ROOT, "%-44s %,12.0f tokens/s  (%.1f%% overhead, median of the rounds' own)%n",
				"Assay pipeline, " + cores + " threads", assayN, 100 * median(overheadN));
		System.out.printf(Locale.ROOT, "speed-up from 1 to %d threads: Assay %.2fx, direct %.2fx%n", cores, assayN / assay1,
				directN / direct1);
		// the process's CPU time (all its threads, the collector's and the compiler's included) is steadier than the
		// wall time on a machine others use too
		System.out.printf(Locale.ROOT, "CPU time a run (medians): direct %.2f s, Assay %.2f s on 1 thread (%.1f%% more); "
				+ "direct %.2f s, Assay %.2f s on %d threads (%.1f%% more)%n", median(cpu[0]), median(cpu[1]),
				100 * median(cpuOverhead1), median(cpu[2]), median(cpu[3]), cores, 100 * median(cpuOverheadN));
		double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
		System.out.printf(Locale.ROOT, "load average at the end: %.1f%n", load);
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		java.util.Arrays.sort(sorted);
		return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
				: (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
	}

	private static AnalysisEngineDescription description() throws ResourceInitializationException {
		return createEngineDescription(createEngineDescription(SegmenterAnnotator.class, AssayTypes.description()),
				createEngineDescription(EntityAnnotator.class, AssayTypes.description()),
				createEngineDescription(ClaimAnnotator.class, AssayTypes.description()));
	}

	private static int countTokens(List<String> texts, AnalysisEngineDescription description) throws Exception {
		AnalysisEngine ae = UIMAFramework.produceAnalysisEngine(
				createEngineDescription(SegmenterAnnotator.class, AssayTypes.description()));
		CAS cas = ae.newCAS();
		Type token = cas.getTypeSystem().getType(AssayTypes.TOKEN);
		int n = 0;
		for (String t : texts) {
			cas.reset();
			cas.setDocumentText(t);
			ae.process(cas);
			n += cas.getAnnotationIndex(token).size();
		}
		return n;
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

	/** The engines on the texts, one engine and CAS per thread, nothing kept: UIMA alone. */
	private static Object direct(List<String> texts, AnalysisEngineDescription description, int threads)
			throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		AtomicInteger next = new AtomicInteger();
		List<Future<Integer>> parts = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			parts.add(pool.submit(() -> {
				AnalysisEngine ae = UIMAFramework.produceAnalysisEngine(description);
				CAS cas = ae.newCAS();
				Type span = cas.getTypeSystem().getType(AssayTypes.SPAN);
				int found = 0;
				for (int i = next.getAndIncrement(); i < texts.size(); i = next.getAndIncrement()) {
					cas.reset();
					cas.setDocumentText(texts.get(i));
					cas.setDocumentLanguage("en");
					ae.process(cas);
					found += cas.getAnnotationIndex(span).size();
				}
				ae.destroy();
				return found;
			}));
		}
		int found = 0;
		for (Future<Integer> f : parts) {
			found += f.get();
		}
		pool.shutdown();
		return found;
	}

	/**
	 * Assay's run as {@code assay annotate} makes it, but for the saving: model in, CAS through the bridge,
	 * proposals into each document's engine set, which is then released from the model as the command line does
	 * once it has saved it.
	 */
	private static Object assay(List<Document> documents, Engine engine, Project project, int threads) throws Exception {
		Date started = new Date();
		return new EngineRunner(engine, new EngineContext(null, null), project.getSchema(), threads)
				.run(documents, RunMonitor.NONE, (d, found) -> {
					EngineSets.replace(d, engine, null, started, found.annotations());
					EngineSets.release(d, engine);
				}).proposals();
	}
}
