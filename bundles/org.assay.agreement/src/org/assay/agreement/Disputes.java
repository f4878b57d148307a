/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.agreement;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.assay.agreement.internal.Candidates;
import org.assay.agreement.internal.Candidates.Candidate;
import org.assay.agreement.internal.LinkCandidates;
import org.assay.model.Annotation;
import org.assay.model.AnnotationSet;
import org.assay.model.Document;
import org.assay.model.LabelSchema;
import org.assay.model.LayerKind;
import org.assay.model.Link;
import org.assay.model.Span;
import org.assay.model.evaluation.Answers;

/**
 * The places of a document where sets annotated, for curation: each place is a run of overlapping spans in one
 * layer, with every distinct version and the sets that have it. A version is an extent and label together with the
 * links from it (a claim's claimant and cue: each role with the extent and label of its target), so that two sets
 * that draw a claim alike but give it different claimants have two versions. A place is agreed when every set has
 * every version there (one span, or several stacked alike); otherwise it is disputed. Which annotations count is {@link Counted}'s rule, as for
 * agreement and merging.
 */
public final class Disputes {

	/**
	 * One version of a place: a span, the sets (by name) that have it with the same links from it, and those links
	 * (the first such set's, ordered by role and target).
	 */
	public record Version(Span span, List<String> sets, List<Link> links) {
	}

	/** A place: its layer, extent over all its versions, the versions in text order, and whether all agree. */
	public record Place(String layer, int begin, int end, List<Version> versions, boolean agreed) {
	}

	private Disputes() {
	}

	/** The places of one document, by layer (in schema order) then text order; missing sets have no versions. */
	public static List<Place> of(Document d, LabelSchema schema, List<String> sets, boolean proposals) {
		List<Place> places = new ArrayList<>();
		List<AnnotationSet> found = sets.stream().map(s -> Answers.answering(d, s, proposals)).toList();
		List<Map<Annotation, List<Link>>> links = found.stream().map(s -> linksFrom(s, proposals)).toList();
		for (var layer : schema.getLayers()) {
			if (layer.getKind() != LayerKind.SPAN) {
				continue;
			}
			List<List<Span>> spans = found.stream().map(s -> Counted.spans(s, layer.getName(), proposals)).toList();
			List<Candidate> candidates = Candidates.of(spans);
			List<Candidate> run = new ArrayList<>();
			int runEnd = -1;
			for (Candidate c : candidates) {
				if (!run.isEmpty() && c.begin() >= runEnd) {
					places.add(place(layer.getName(), run, sets, links));
					run = new ArrayList<>();
				}
				run.add(c);
				runEnd = Math.max(runEnd, end(c.span()));
			}
			if (!run.isEmpty()) {
				places.add(place(layer.getName(), run, sets, links));
			}
		}
		return places;
	}

	private static Place place(String layer, List<Candidate> run, List<String> sets,
			List<Map<Annotation, List<Link>>> links) {
		List<Version> versions = new ArrayList<>();
		int begin = Integer.MAX_VALUE;
		int end = 0;
		for (Candidate c : run) {
			begin = Math.min(begin, c.begin());
			end = Math.max(end, end(c.span()));
			if (!linked(c, links)) { // most spans: one version, no links to tell voters apart
				versions.add(new Version(c.span(), c.voters().stream().mapToObj(sets::get).toList(), List.of()));
				continue;
			}
			// the candidate's voters, grouped by the links from their span: one version per way of linking it
			Map<String, BitSet> byLinks = new LinkedHashMap<>();
			Map<String, List<Link>> firstLinks = new HashMap<>();
			int k = 0;
			for (int i = c.voters().nextSetBit(0); i >= 0; i = c.voters().nextSetBit(i + 1), k++) {
				Span span = c.spans().get(k);
				List<Link> from = links.get(i).getOrDefault(span, List.of());
				String key = from.stream().map(l -> l.getRole() + "\t" + LinkCandidates.place(l.getTarget()))
						.collect(Collectors.joining("\n"));
				byLinks.computeIfAbsent(key, x -> new BitSet()).set(i);
				firstLinks.putIfAbsent(key, from);
			}
			for (Map.Entry<String, BitSet> e : byLinks.entrySet()) {
				Span first = c.spans().get(c.voters().get(0, e.getValue().nextSetBit(0)).cardinality());
				versions.add(new Version(first, e.getValue().stream().mapToObj(sets::get).toList(),
						List.copyOf(firstLinks.get(e.getKey()))));
			}
		}
		// every set has every version: one span, or spans stacked alike (brat's event anchor on its cue)
		boolean agreed = versions.stream().allMatch(v -> v.sets().size() == sets.size());
		return new Place(layer, begin, end, List.copyOf(versions), agreed);
	}

	/** Whether any voter's span has links. */
	private static boolean linked(Candidate c, List<Map<Annotation, List<Link>>> links) {
		int k = 0;
		for (int i = c.voters().nextSetBit(0); i >= 0; i = c.voters().nextSetBit(i + 1), k++) {
			if (links.get(i).containsKey(c.spans().get(k))) {
				return true;
			}
		}
		return false;
	}

	/** A set's counted links between labelled spans, by source, each source's ordered by role and target. */
	private static Map<Annotation, List<Link>> linksFrom(AnnotationSet set, boolean proposals) {
		Map<Annotation, List<Link>> bySource = new HashMap<>();
		if (set == null) {
			return bySource;
		}
		for (Annotation a : set.getAnnotations()) {
			if (a instanceof Link l && l.getSource() instanceof Span && l.getTarget() instanceof Span t
					&& t.getLabel() != null && l.getRole() != null && Counted.counts(set, a, proposals)) {
				bySource.computeIfAbsent(l.getSource(), x -> new ArrayList<>()).add(l);
			}
		}
		Comparator<Link> order = Comparator.comparing(Link::getRole)
				.thenComparing(l -> LinkCandidates.place(l.getTarget()));
		bySource.values().forEach(l -> l.sort(order));
		return bySource;
	}

	private static int end(Span s) {
		return s.getFragments().stream().mapToInt(f -> f.getEnd()).max().orElse(0);
	}
}
