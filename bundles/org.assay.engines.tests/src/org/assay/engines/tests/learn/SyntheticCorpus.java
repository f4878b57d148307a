/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.engines.tests.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.assay.engines.learn.BioTags;
import org.assay.engines.learn.Mention;
import org.assay.engines.learn.TaggedDocument;
import org.assay.text.Segmentation;
import org.assay.uima.spi.GoldText;
import org.assay.uima.spi.TextSpan;

/** Small generated documents in a templated language, so that the tagger tests need no corpus files. */
final class SyntheticCorpus {

	private static final String[] FIRST = { "John", "Mary", "Peter", "Anna", "Paul", "Laura", "Mark", "Sofia" };
	private static final String[] LAST = { "Smith", "Jones", "Brown", "Miller", "Davis", "Wilson", "Moore" };
	private static final String[] CITY = { "Paris", "Berlin", "Madrid", "Vienna", "Oslo", "Lisbon", "Prague" };
	private static final String[] ORG = { "Acme", "Globex", "Initech", "Hooli", "Vandelay", "Contoso" };

	private SyntheticCorpus() {
	}

	/** Documents of a few sentences each, with BIO labels. */
	static List<TaggedDocument> documents(int count, long seed) {
		Random random = new Random(seed);
		List<TaggedDocument> docs = new ArrayList<>();
		for (int d = 0; d < count; d++) {
			List<String[]> sentences = new ArrayList<>();
			List<String[]> labels = new ArrayList<>();
			for (int s = 0; s < 4; s++) {
				List<String> words = new ArrayList<>();
				List<String> tags = new ArrayList<>();
				switch (random.nextInt(5)) {
				case 0 -> {
					person(random, words, tags);
					plain(words, tags, "said on Monday that prices rose .");
				}
				case 1 -> {
					person(random, words, tags);
					plain(words, tags, "flew to");
					span(words, tags, "LOC", pick(random, CITY));
					plain(words, tags, "last week .");
				}
				case 2 -> {
					span(words, tags, "ORG", pick(random, ORG), "Corp");
					plain(words, tags, "shares fell in");
					span(words, tags, "LOC", pick(random, CITY));
					plain(words, tags, ".");
				}
				case 3 -> {
					plain(words, tags, "the mayor of");
					span(words, tags, "LOC", pick(random, CITY));
					plain(words, tags, "met");
					person(random, words, tags);
					plain(words, tags, "and the board of");
					span(words, tags, "ORG", pick(random, ORG), "Corp");
					plain(words, tags, ".");
				}
				default -> {
					plain(words, tags, "analysts said the market in");
					span(words, tags, "LOC", pick(random, CITY));
					plain(words, tags, "was quiet .");
				}
				}
				sentences.add(words.toArray(new String[0]));
				labels.add(tags.toArray(new String[0]));
			}
			docs.add(new TaggedDocument(sentences, labels));
		}
		return docs;
	}

	private static String pick(Random random, String[] options) {
		return options[random.nextInt(options.length)];
	}

	/**
	 * Each document as a text of its words, one sentence a line, with its own tokens and, when it is labelled, the
	 * spans of its labels in the entity layer: as the learned engine's trainer gets its texts.
	 */
	static List<GoldText> goldTexts(List<TaggedDocument> documents) {
		List<GoldText> texts = new ArrayList<>();
		for (TaggedDocument d : documents) {
			StringBuilder text = new StringBuilder();
			List<int[]> words = new ArrayList<>();
			int[] starts = new int[d.sentences().size()];
			int[] ends = new int[d.sentences().size()];
			for (int s = 0; s < d.sentences().size(); s++) {
				starts[s] = words.size();
				for (String w : d.sentences().get(s)) {
					words.add(new int[] { text.length(), text.length() + w.length() });
					text.append(w).append(' ');
				}
				ends[s] = words.size();
				text.append('\n');
			}
			int[] begins = words.stream().mapToInt(w -> w[0]).toArray();
			int[] stops = words.stream().mapToInt(w -> w[1]).toArray();
			List<TextSpan> spans = new ArrayList<>();
			for (int s = 0; d.isLabeled() && s < d.sentences().size(); s++) {
				for (Mention m : BioTags.spans(s, d.labels().get(s))) {
					spans.add(new TextSpan(begins[starts[s] + m.start()], stops[starts[s] + m.end() - 1], "entity", m.type()));
				}
			}
			texts.add(new GoldText("d" + texts.size(), text.toString(), spans,
					new Segmentation(text.toString(), begins, stops, starts, ends)));
		}
		return texts;
	}

	private static void person(Random random, List<String> words, List<String> tags) {
		span(words, tags, "PER", pick(random, FIRST), pick(random, LAST));
	}

	private static void span(List<String> words, List<String> tags, String type, String... span) {
		for (int i = 0; i < span.length; i++) {
			words.add(span[i]);
			tags.add((i == 0 ? "B-" : "I-") + type);
		}
	}

	private static void plain(List<String> words, List<String> tags, String text) {
		for (String w : text.split(" ")) {
			words.add(w);
			tags.add("O");
		}
	}
}
