/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.agreement.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.assay.model.Fragment;
import org.assay.model.Span;
import org.assay.model.evaluation.Matching;

/**
 * The units of one layer, for a fixed list of raters, gathered document by document.
 * <p>
 * <b>Coding units</b> (for kappa and alpha): every distinct place (the fragments of a span, as
 * {@link Matching#place} gives them) that at least one rater annotated in the document; each rater's value
 * for it is the label of its span there, or {@link #NONE} if it has none (several labels on one place are
 * joined with '+'). Two spans that overlap without the same fragments are two units, each with a
 * disagreement: boundary differences count fully here, and partially in the unitizing alpha.
 * <p>
 * <b>Unitizing</b>: the documents' texts end to end form one continuum; each rater's spans are units on it
 * (one per fragment; a rater's overlapping spans of one label are joined first, as the measure needs).
 */
public final class LayerStudy {

	/** The value of a rater that did not annotate a place. */
	public static final String NONE = "(none)";

	/** A rater's unit on the continuum. */
	public record Segment(long begin, long length, int rater, String label) {
	}

	private final int raters;
	private final List<String[]> units = new ArrayList<>();
	private final List<Segment> segments = new ArrayList<>();
	private final Set<String> labels = new LinkedHashSet<>();
	private long length;
	private int documents;

	public LayerStudy(int raters) {
		this.raters = raters;
	}

	/** Adds one document of {@code textLength} characters: each rater's spans, in rater order. */
	public void add(int textLength, List<List<Span>> spans) {
		Map<String, String[]> byPlace = new HashMap<>();
		Map<String, Integer> begins = new HashMap<>();
		for (int r = 0; r < raters; r++) {
			Map<String, List<int[]>> own = new TreeMap<>();
			for (Span s : spans.get(r)) {
				String label = s.getLabel().getName();
				labels.add(label);
				String place = Matching.place(s);
				String[] values = byPlace.computeIfAbsent(place, k -> none());
				begins.putIfAbsent(place, s.getFragments().get(0).getBegin());
				values[r] = NONE.equals(values[r]) ? label : join(values[r], label);
				for (Fragment f : s.getFragments()) {
					if (f.getEnd() > f.getBegin()) { // an empty unit is nothing to agree on
						own.computeIfAbsent(label, k -> new ArrayList<>()).add(new int[] { f.getBegin(), f.getEnd() });
					}
				}
			}
			int rater = r;
			own.forEach((label, fragments) -> {
				for (int[] f : joined(fragments)) {
					segments.add(new Segment(length + f[0], f[1] - f[0], rater, label));
				}
			});
		}
		List<String> places = new ArrayList<>(byPlace.keySet()); // in text order, so that units read as the text
		places.sort(Comparator.comparing((String p) -> begins.get(p)).thenComparing(Comparator.naturalOrder()));
		for (String place : places) {
			units.add(byPlace.get(place));
		}
		length += textLength;
		documents++;
	}

	/** Adds one coding unit, each rater's value given (the links' units, {@link LinkUnits}). */
	public void addUnit(String[] values) {
		units.add(values.clone());
	}

	/**
	 * Adds one coding unit whose values are labels (several joined with '+'), which count as the study's labels
	 * (a document's labels, {@link DocumentUnits}).
	 */
	public void addLabelledUnit(String[] values) {
		addUnit(values);
		for (String v : values) {
			if (!NONE.equals(v)) {
				labels.addAll(List.of(v.split("\\+")));
			}
		}
	}

	public int raters() {
		return raters;
	}

	public int documents() {
		return documents;
	}

	/** Each unit's values, one per rater. */
	public List<String[]> units() {
		return units;
	}

	public List<Segment> segments() {
		return segments;
	}

	/** The continuum's length: all documents' characters. */
	public long length() {
		return length;
	}

	/** The labels raters used, in the order first seen. */
	public Set<String> labels() {
		return labels;
	}

	private String[] none() {
		String[] values = new String[raters];
		java.util.Arrays.fill(values, NONE);
		return values;
	}

	private static String join(String labels, String label) {
		Set<String> all = new java.util.TreeSet<>(List.of(labels.split("\\+")));
		all.add(label);
		return String.join("+", all);
	}

	/** Fragments of one rater and label, overlapping ones joined, in order. */
	private static List<int[]> joined(List<int[]> fragments) {
		fragments.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
		List<int[]> out = new ArrayList<>();
		for (int[] f : fragments) {
			int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
			if (last != null && f[0] < last[1]) {
				last[1] = Math.max(last[1], f[1]);
			} else {
				out.add(new int[] { f[0], f[1] });
			}
		}
		return out;
	}
}
