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
import org.assay.model.Document;
import org.assay.model.Fragment;
import org.assay.model.Link;
import org.assay.model.Proposal;
import org.assay.model.Provenance;
import org.assay.model.SetKind;
import org.assay.model.Span;
import org.assay.model.support.SetNames;

/**
 * What engines are worth, read off real work: for every engine proposal offered to a set people decide (an
 * annotator's, gold), what became of it — accepted, corrected (relabelled, resized, or both), rejected, or still
 * open — per engine, version and the label it proposed, and per confidence band. Precision is what it implies:
 * accepted among the decided ones; "label right" also counts a proposal whose extent alone was corrected.
 * Nothing is counted that the provenance does not record.
 */
public final class EngineReport {

	/** The confidence bands, by their lower bounds; the last runs to 1. */
	public static final double[] BANDS = { 0, 0.5, 0.7, 0.8, 0.9, 0.95 };

	/** What became of one engine's proposals of one label (or of all labels, {@code label} "all"). */
	public static final class Tally {
		int accepted;
		int relabelled;
		int resized;
		int rejected;
		int open;
		final Map<String, Integer> relabelledTo = new TreeMap<>();

		public int accepted() {
			return accepted;
		}

		/** Corrections that changed the label (whatever else they changed). */
		public int relabelled() {
			return relabelled;
		}

		/** Corrections that kept the label and changed the extent. */
		public int resized() {
			return resized;
		}

		public int rejected() {
			return rejected;
		}

		public int open() {
			return open;
		}

		public int decided() {
			return accepted + relabelled + resized + rejected;
		}

		/** The labels annotators corrected this one to, with how often. */
		public Map<String, Integer> relabelledTo() {
			return relabelledTo;
		}

		/** Accepted among the decided, or null when none was decided. */
		public Double precision() {
			return decided() == 0 ? null : (double) accepted / decided();
		}

		/** Accepted or only resized among the decided: the label was right. */
		public Double labelPrecision() {
			return decided() == 0 ? null : (double) (accepted + resized) / decided();
		}

		void add(Tally t) {
			accepted += t.accepted;
			relabelled += t.relabelled;
			resized += t.resized;
			rejected += t.rejected;
			open += t.open;
			t.relabelledTo.forEach((k, v) -> relabelledTo.merge(k, v, Integer::sum));
		}
	}

	/** One engine version's proposals: per label, in all, and per confidence band. */
	public record Engine(String id, String version, Map<String, Tally> labels, Tally all, Tally[] bands) {
	}

	private final Map<String, Engine> engines = new TreeMap<>();

	/** Reads every engine proposal in the sets people decide of these documents. */
	public static EngineReport of(List<Document> documents) {
		EngineReport r = new EngineReport();
		for (Document d : documents) {
			for (AnnotationSet set : d.getAnnotationSets()) {
				if (SetNames.kindOf(set.getName()) == SetKind.ENGINE) {
					continue;
				}
				for (Annotation a : set.getAnnotations()) {
					Provenance p = a.getProvenance();
					if (!(a instanceof Link) && p != null && p.getEngineId() != null && a.getLabel() != null) {
						r.count(a, p);
					}
				}
			}
		}
		return r;
	}

	private void count(Annotation a, Provenance p) {
		String version = p.getEngineVersion() == null ? "?" : p.getEngineVersion();
		Engine e = engines.computeIfAbsent(p.getEngineId() + '\u0000' + version,
				k -> new Engine(p.getEngineId(), version, new TreeMap<>(), new Tally(), bands()));
		Proposal before = p.getProposed();
		String proposed = before != null && before.getLabel() != null ? before.getLabel().getName() : a.getLabel().getName();
		Tally t = new Tally();
		switch (a.getStatus()) {
		case REJECTED -> t.rejected++;
		case PROPOSED -> t.open++;
		// accepted as it is now: what the engine proposed may have been changed before, by a decision on the same
		// words that the proposal followed (its provenance keeps the proposal), and is then a correction too
		case ACCEPTED, CORRECTED -> {
			if (!proposed.equals(a.getLabel().getName())) {
				t.relabelled++;
				t.relabelledTo.put(a.getLabel().getName(), 1);
			} else if (before != null && a instanceof Span s && !sameExtent(before.getFragments(), s.getFragments())) {
				t.resized++;
			} else {
				t.accepted++; // a correction that changed neither: decided as proposed
			}
		}
		}
		e.labels().computeIfAbsent(proposed, k -> new Tally()).add(t);
		e.all().add(t);
		if (p.isSetConfidence()) {
			e.bands()[band(p.getConfidence())].add(t);
		}
	}

	private static Tally[] bands() {
		Tally[] bands = new Tally[BANDS.length];
		for (int i = 0; i < bands.length; i++) {
			bands[i] = new Tally();
		}
		return bands;
	}

	/** The band a confidence falls in. */
	public static int band(double confidence) {
		int b = 0;
		while (b + 1 < BANDS.length && confidence >= BANDS[b + 1]) {
			b++;
		}
		return b;
	}

	private static boolean sameExtent(List<Fragment> a, List<Fragment> b) {
		if (a.size() != b.size()) {
			return false;
		}
		for (int i = 0; i < a.size(); i++) {
			if (a.get(i).getBegin() != b.get(i).getBegin() || a.get(i).getEnd() != b.get(i).getEnd()) {
				return false;
			}
		}
		return true;
	}

	/** Every engine version seen, by id then version. */
	public List<Engine> engines() {
		return new ArrayList<>(engines.values());
	}
}
