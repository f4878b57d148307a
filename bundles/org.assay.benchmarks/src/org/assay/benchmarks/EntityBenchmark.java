/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.assay.engines.entities.EntityFinder;
import org.assay.model.Annotation;
import org.assay.model.Document;
import org.assay.model.Span;
import org.assay.model.support.SetNames;
import org.assay.model.support.Spans;
import org.assay.model.support.StandardSchema;
import org.assay.sample.SampleProject;
import org.assay.store.StoreException;
import org.assay.engines.entities.EntityMention;
import org.assay.text.Segmentation;
import org.assay.text.Segmenter;
import org.assay.text.scoring.Counts;
import org.assay.uima.spi.GoldText;
import org.assay.uima.spi.TextSpan;

/**
 * Scores the default entity finder by exact span and label: on the sample project's gold (the project
 * built as Assay builds it) and, when {@code ../shared} is present, on CoNLL-2003 eng.testa for PER, ORG and
 * LOC. Prints precision, recall and F1 per label and the speed.
 * <p>
 * Arguments: {@code [--conll FILE] [--errors] [--conll-errors]} (they list the misses and false alarms).
 */
public final class EntityBenchmark {

	private static final Map<String, String> CONLL_LABELS = Map.of("PER", "PERSON", "ORG", "ORGANIZATION", "LOC",
			"LOCATION");

	/** A labelled span. */
	record Mention(int begin, int end, String label) {
	}

	/** Counts per label. */
	static final class Score {
		final Map<String, Counts> counts = new TreeMap<>();

		void add(String text, List<Mention> gold, List<Mention> found, boolean printErrors, String name) {
			Set<Mention> g = new HashSet<>(gold);
			Set<Mention> f = new HashSet<>(found);
			for (Mention m : found) {
				boolean right = g.contains(m);
				counts.merge(m.label(), new Counts(right ? 1 : 0, right ? 0 : 1, 0), Counts::plus);
				if (!right && printErrors) {
					System.out.printf("  %s  extra  %-12s %s%n", name, m.label(), text.substring(m.begin(), m.end()));
				}
			}
			for (Mention m : gold) {
				if (!f.contains(m)) {
					counts.merge(m.label(), new Counts(0, 0, 1), Counts::plus);
					if (printErrors) {
						System.out.printf("  %s  missed %-12s %s%n", name, m.label(), text.substring(m.begin(), m.end()));
					}
				}
			}
		}

		void print(String title) {
			System.out.println(title);
			System.out.printf("  %-14s %6s %6s %6s %6s %6s %6s%n", "label", "gold", "found", "right", "P", "R", "F1");
			Counts total = Counts.ZERO;
			for (Map.Entry<String, Counts> e : counts.entrySet()) {
				row(e.getKey(), e.getValue());
				total = total.plus(e.getValue());
			}
			row("overall", total);
		}

		private static void row(String label, Counts c) {
			System.out.printf("  %-14s %6d %6d %6d %6.1f %6.1f %6.1f%n", label, c.reference(), c.predicted(),
					c.truePositives(), 100 * c.precision(), 100 * c.recall(), 100 * c.f1());
		}
	}

	private EntityBenchmark() {
	}

	public static void main(String[] args) throws IOException, StoreException {
		Path conll = Path.of("../shared/data/conll2003/eng.testa");
		boolean errors = false;
		boolean conllErrors = false;
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "--conll" -> conll = Path.of(args[++i]);
				case "--errors" -> errors = true;
				case "--conll-errors" -> conllErrors = true;
				default -> throw new IllegalArgumentException("unknown argument " + args[i]);
			}
		}
		EntityFinder finder = EntityFinder.get();
		Path dir = Files.createTempDirectory("assay-entity-benchmark");
		try {
			Score score = new Score();
			for (Document d : SampleProject.create(dir.resolve("sample")).project().getDocuments()) {
				score.add(d.getText(), sampleGold(d), found(finder.find(d.getText()), null), errors, d.getId());
			}
			score.print("Sample articles (the sample project's gold)");
		} finally {
			try (var files = Files.walk(dir)) {
				files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
		if (Files.isRegularFile(conll)) {
			conll(finder, conll, conllErrors);
		} else {
			System.out.println("CoNLL-2003: " + conll + " not found (../shared is absent), skipped");
		}
	}

	/** The entity spans of a sample document's gold set. */
	private static List<Mention> sampleGold(Document d) {
		List<Mention> gold = new ArrayList<>();
		for (Annotation a : SetNames.find(d, SetNames.GOLD).getAnnotations()) {
			if (a instanceof Span s && s.getLabel().getLayer().getName().equals(StandardSchema.ENTITY)) {
				gold.add(new Mention(Spans.begin(s), Spans.end(s), s.getLabel().getName()));
			}
		}
		return gold;
	}

	private static List<Mention> found(List<EntityMention> mentions, Set<String> keep) {
		List<Mention> result = new ArrayList<>();
		for (EntityMention m : mentions) {
			if (keep == null || keep.contains(m.label())) {
				result.add(new Mention(m.begin(), m.end(), m.label()));
			}
		}
		return result;
	}

	private static void conll(EntityFinder finder, Path file, boolean errors) throws IOException {
		List<String> texts = new ArrayList<>();
		List<List<Mention>> golds = new ArrayList<>();
		// each document's sentences, one per line, words joined by spaces (as Assay imports CoNLL); gold from the tags
		for (GoldText d : ConllCorpus.texts(file)) {
			List<Mention> gold = new ArrayList<>();
			for (TextSpan span : d.spans()) {
				String label = CONLL_LABELS.get(span.label());
				if (label != null) {
					gold.add(new Mention(span.begin(), span.end(), label));
				}
			}
			texts.add(d.text());
			golds.add(gold);
		}
		Segmenter segmenter = Segmenter.get();
		List<Segmentation> segmented = new ArrayList<>();
		long t0 = System.nanoTime();
		int tokens = 0;
		for (String t : texts) {
			Segmentation s = segmenter.segment(t);
			tokens += s.tokenCount();
			segmented.add(s);
		}
		long t1 = System.nanoTime();
		for (Segmentation s : segmented) {
			finder.find(s); // warm-up
		}
		Score score = new Score();
		Set<String> keep = Set.copyOf(CONLL_LABELS.values());
		long t2 = System.nanoTime();
		List<List<EntityMention>> results = new ArrayList<>();
		for (Segmentation s : segmented) {
			results.add(finder.find(s));
		}
		long t3 = System.nanoTime();
		for (int i = 0; i < texts.size(); i++) {
			score.add(texts.get(i), golds.get(i), found(results.get(i), keep), errors, "doc" + i);
		}
		score.print("CoNLL-2003 " + file.getFileName() + " (PER/ORG/LOC, MISC ignored; " + texts.size() + " documents)");
		System.out.printf("Speed: %,d tokens; finder %,.0f tokens/s; segmenter %,.0f tokens/s (one thread)%n", tokens,
				tokens / ((t3 - t2) / 1e9), tokens / ((t1 - t0) / 1e9));
	}
}
