/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.benchmarks;

import java.util.Date;
import java.util.List;
import java.util.Random;

import org.assay.agreement.Agreement;
import org.assay.agreement.Disputes;
import org.assay.agreement.Merge;
import org.assay.agreement.MergeStrategy;
import org.assay.model.AnnotationSet;
import org.assay.model.AnnotationStatus;
import org.assay.model.AssayFactory;
import org.assay.model.Document;
import org.assay.model.Label;
import org.assay.model.LabelSchema;
import org.assay.model.Span;
import org.assay.model.support.SetNames;
import org.assay.model.support.Spans;
import org.assay.model.support.StandardSchema;

/**
 * Curation on one big document: three annotators with 100,000 spans each (their versions differ: 10% shifted
 * by a character, 8% relabelled, 3% missing), and how long it takes to find the disputed places (what the
 * curation editor shows when it opens), to pre-merge by each strategy, and to compute the agreement.
 *
 * <pre>java -cp ... org.assay.benchmarks.CurationBenchmark [spans per annotator]</pre>
 */
public final class CurationBenchmark {

	private CurationBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
		LabelSchema schema = StandardSchema.create();
		Document d = document(schema, count, 7);
		List<String> sets = List.of("ana", "ben", "cai");
		System.out.printf("curation benchmark: one document of %,d characters, %d annotators x %,d spans%n",
				d.getText().length(), sets.size(), count);
		System.out.printf("JVM %s, %d cores, max heap %d MB%n%n", System.getProperty("java.version"),
				Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
		Bench bench = new Bench(2, 5);
		List<Disputes.Place> places = Disputes.of(d, schema, sets, false);
		long disputed = places.stream().filter(p -> !p.agreed()).count();
		print(bench.time("disputed places (open the curation editor)", () -> Disputes.of(d, schema, sets, false)),
				places.size() + " places, " + disputed + " disputed");
		for (String strategy : List.of("unanimous", "agreeing", "min:2")) {
			print(bench.time("pre-merge " + strategy, () -> {
				d.getAnnotationSets().removeIf(s -> s.getName().equals("gold"));
				return Merge.merge(List.of(d), schema, sets, "gold", MergeStrategy.parse(strategy, sets.size()),
						AnnotationStatus.PROPOSED, false, "bench", new Date());
			}), "");
		}
		Bench once = new Bench(0, 1);
		print(once.time("agreement (every figure, per document, per pair)",
				() -> Agreement.compute(List.of(d), schema, sets, List.of("entity"), false)), "one run");
	}

	private static void print(Bench.Result r, String note) {
		System.out.printf("%-52s median %8.1f ms  best %8.1f ms  %s%n", r.name(), r.medianMs(), r.bestMs(), note);
	}

	/** A document of words with three annotators' spans on every third word, their versions differing a little. */
	static Document document(LabelSchema schema, int count, long seed) {
		Random random = new Random(seed);
		StringBuilder text = new StringBuilder(count * 24);
		int[][] spans = new int[count][2];
		for (int i = 0; i < count; i++) {
			text.append("word ").append("and ");
			int begin = text.length();
			text.append("Name").append(i % 1000).append(' ').append("Surname");
			spans[i][0] = begin;
			spans[i][1] = text.length();
			text.append(". ");
		}
		Document d = AssayFactory.eINSTANCE.createDocument();
		d.setId("big");
		d.setText(text.toString());
		List<Label> labels = schema.getLayers().get(0).getLabels();
		for (String name : List.of("ana", "ben", "cai")) {
			AnnotationSet set = SetNames.findOrCreate(d, name);
			for (int i = 0; i < count; i++) {
				double roll = random.nextDouble();
				if (roll < 0.03) {
					continue;
				}
				int begin = spans[i][0] + (roll < 0.13 ? 1 : 0);
				Label label = labels.get(roll >= 0.13 && roll < 0.21 ? 1 + random.nextInt(3) : 0);
				Span s = Spans.create(label, begin, spans[i][1]);
				s.setStatus(AnnotationStatus.ACCEPTED);
				set.getAnnotations().add(s);
			}
		}
		return d;
	}
}
