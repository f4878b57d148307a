/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.model.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.assay.model.Annotation;
import org.assay.model.AnnotationSet;
import org.assay.model.AnnotationStatus;
import org.assay.model.Document;
import org.assay.model.DocumentLabel;
import org.assay.model.Link;
import org.assay.model.Span;
import org.assay.model.support.SetNames;
import org.assay.text.scoring.Counts;

/**
 * Compares one annotation set with another over the documents that have both: an engine's proposals against
 * gold, or one annotator against another. Per layer and label it counts exact matches (same label, same
 * extent) and overlapping matches (same label, extents overlap; each annotation matched at most once, the
 * largest overlap first); links count per role, matching when their ends match exactly. Rejected
 * annotations are not part of a set's answer, and in a set that people decide (an annotator's, gold) neither
 * are the proposals still open: an annotator's set full of untouched proposals is no reference. An engine's
 * set is all proposals and counts whole. {@link #of(List, String, String, boolean)} counts open proposals too.
 */
public final class Evaluation {

	/** One line of the table: a layer and label (or {@code link} and role). */
	public record Row(String layer, String label, Counts exact, Counts overlap) {
	}

	/** The layer name under which links are counted, one row per role. */
	public static final String LINKS = "link";

	private final Map<String, Counts[]> counts = new TreeMap<>();
	private int documents;

	/**
	 * Compares the set {@code predicted} with the set {@code reference} in every document having both,
	 * counting decided annotations only in sets that people decide.
	 */
	public static Evaluation of(List<Document> documents, String predicted, String reference) {
		return of(documents, predicted, reference, false);
	}

	/** The same, counting the open proposals of every set when {@code openProposals} is true. */
	public static Evaluation of(List<Document> documents, String predicted, String reference, boolean openProposals) {
		Evaluation e = new Evaluation();
		for (Document d : documents) {
			AnnotationSet p = Answers.answering(d, predicted, openProposals);
			AnnotationSet r = Answers.answering(d, reference, openProposals);
			if (p != null && r != null) {
				e.add(Answers.of(p, openProposals), Answers.of(r, openProposals));
			}
		}
		return e;
	}

	/** Adds one document's comparison. */
	public void add(List<Annotation> predicted, List<Annotation> reference) {
		documents++;
		Map<String, List<Annotation>> p = byKey(predicted);
		Map<String, List<Annotation>> r = byKey(reference);
		TreeMap<String, Boolean> keys = new TreeMap<>();
		p.keySet().forEach(k -> keys.put(k, true));
		r.keySet().forEach(k -> keys.put(k, true));
		for (String key : keys.keySet()) {
			List<Annotation> ps = p.getOrDefault(key, List.of());
			List<Annotation> rs = r.getOrDefault(key, List.of());
			Counts exact = Matching.exact(ps, rs);
			Counts overlap = key.startsWith(LINKS + "\t") ? exact : Matching.overlapping(ps, rs);
			counts.merge(key, new Counts[] { exact, overlap },
					(a, b) -> new Counts[] { a[0].plus(b[0]), a[1].plus(b[1]) });
		}
	}

	/** The documents compared. */
	public int documents() {
		return documents;
	}

	/** Every label's row, by layer then label. */
	public List<Row> rows() {
		List<Row> rows = new ArrayList<>();
		counts.forEach((key, c) -> {
			String[] parts = key.split("\t", 2);
			rows.add(new Row(parts[0], parts[1], c[0], c[1]));
		});
		return rows;
	}

	/** The micro-averaged row of one layer (or {@code link}). */
	public Row total(String layer) {
		return total(layer, row -> true);
	}

	/** The micro-averaged row of one layer over the rows {@code include} accepts. */
	public Row total(String layer, java.util.function.Predicate<Row> include) {
		Counts exact = Counts.ZERO;
		Counts overlap = Counts.ZERO;
		for (Row row : rows()) {
			if (row.layer().equals(layer) && include.test(row)) {
				exact = exact.plus(row.exact());
				overlap = overlap.plus(row.overlap());
			}
		}
		return new Row(layer, "all", exact, overlap);
	}

	/** The layers (and {@code link}) that occur, in order. */
	public List<String> layers() {
		return rows().stream().map(Row::layer).distinct().toList();
	}

	/**
	 * The layers to show for a set: all of them for an annotator's set (a layer it left empty is a finding),
	 * only those it has annotations in for an engine's set (an engine produces only some layers).
	 */
	public List<String> layersFor(String predictedSet) {
		if (!predictedSet.startsWith(SetNames.ENGINE_PREFIX)) {
			return layers();
		}
		return layers().stream().filter(layer -> total(layer).exact().predicted() > 0).toList();
	}

	private static Map<String, List<Annotation>> byKey(List<Annotation> annotations) {
		Map<String, List<Annotation>> map = new TreeMap<>();
		for (Annotation a : annotations) {
			if (a.getStatus() == AnnotationStatus.REJECTED) {
				continue;
			}
			String key;
			if (a instanceof Link l) {
				key = LINKS + "\t" + l.getRole();
			} else if ((a instanceof Span || a instanceof DocumentLabel) && a.getLabel() != null) {
				key = a.getLabel().getLayer().getName() + "\t" + a.getLabel().getName();
			} else {
				continue;
			}
			map.computeIfAbsent(key, k -> new ArrayList<>()).add(a);
		}
		return map;
	}
}
