/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.assay.engines.claims.AttributionSpans;
import org.assay.formats.FormatException;
import org.assay.formats.ImportData;
import org.assay.formats.ImportOptions;
import org.assay.formats.ImportedDocument;
import org.assay.formats.brat.BratFormat;

/**
 * Reads one split of PolNeAR ({@code SPLIT/text/NAME.txt} and brat standoff
 * {@code SPLIT/attributions/NAME_ANNOTATOR.ann}) through Assay's brat reader, the one that {@code assay import
 * brat} uses, and turns each attribution event into the Source, Cue and Content spans the claim scorer
 * compares. A few texts were annotated by several annotators (to measure agreement); the first annotator file
 * by name is the reference for those, so every text counts once. The data is read in place and never copied.
 */
final class PolnearCorpus {

	/** One article with its reference attributions. */
	record Article(String name, String text, List<AttributionSpans> attributions) {
	}

	private PolnearCorpus() {
	}

	static List<Article> read(Path root, String split) throws IOException {
		ImportOptions options = ImportOptions.defaults();
		ImportData data;
		try {
			data = new BratFormat().importer().read(root.resolve(split), options);
		} catch (FormatException e) {
			throw new IOException(e.getMessage(), e);
		}
		List<Article> articles = new ArrayList<>();
		for (ImportedDocument d : data.documents()) {
			// the first annotator's file fills the import's own set; a text with no annotator file is no reference
			if (d.set() == null && d.properties().containsKey(BratFormat.FILE_PROPERTY + options.set())) {
				articles.add(new Article(d.id(), d.text(), attributions(d)));
			}
		}
		return articles;
	}

	/**
	 * The document's events as Source, Cue and Content spans (a role the event lacks is empty), in the order of
	 * their numbers. An event with no argument at all still counts, as one reference nothing can match.
	 */
	static List<AttributionSpans> attributions(ImportedDocument d) {
		Map<String, List<int[]>> spans = new HashMap<>();
		Map<String, Map<String, List<int[]>>> events = new TreeMap<>(
				Comparator.comparingInt((String id) -> number(id)).thenComparing(id -> id));
		for (ImportedDocument.Span s : d.spans()) {
			spans.put(s.id(), s.fragments());
			String triggered = s.features().get(BratFormat.EVENT_FEATURE); // the events this span triggers
			if (triggered != null) {
				for (String event : triggered.split(" ")) {
					events.computeIfAbsent(event, k -> new HashMap<>());
				}
			}
		}
		for (ImportedDocument.Link l : d.links()) {
			int colon = l.id().indexOf(':'); // an event's arguments are linked as EVENT:ROLE
			if (colon > 0 && spans.containsKey(l.to())) {
				events.computeIfAbsent(l.id().substring(0, colon), k -> new HashMap<>()).put(l.role(), spans.get(l.to()));
			}
		}
		List<AttributionSpans> result = new ArrayList<>();
		for (Map<String, List<int[]>> roles : events.values()) {
			result.add(new AttributionSpans(roles.getOrDefault("Source", List.of()), roles.getOrDefault("Cue",
					List.of()), roles.getOrDefault("Content", List.of())));
		}
		return result;
	}

	private static int number(String id) {
		String digits = id.replaceAll("\\D", "");
		return digits.isEmpty() || digits.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(digits);
	}
}
