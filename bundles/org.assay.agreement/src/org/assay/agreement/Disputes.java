/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.agreement;

import java.util.ArrayList;
import java.util.List;

import org.assay.agreement.internal.Candidates;
import org.assay.agreement.internal.Candidates.Candidate;
import org.assay.model.AnnotationSet;
import org.assay.model.Document;
import org.assay.model.LabelSchema;
import org.assay.model.LayerKind;
import org.assay.model.Span;
import org.assay.model.support.SetNames;

/**
 * The places of a document where sets annotated, for curation: each place is a run of overlapping spans in one
 * layer, with every distinct version (extent and label) and the sets that have it. A place is agreed when every
 * set has the same one version there; otherwise it is disputed. Which annotations count is {@link Counted}'s
 * rule, as for agreement and merging.
 */
public final class Disputes {

	/** One version of a place: a span and the sets (by name) that have it. */
	public record Version(Span span, List<String> sets) {
	}

	/** A place: its layer, extent over all its versions, the versions in text order, and whether all agree. */
	public record Place(String layer, int begin, int end, List<Version> versions, boolean agreed) {
	}

	private Disputes() {
	}

	/** The places of one document, by layer (in schema order) then text order; missing sets have no versions. */
	public static List<Place> of(Document d, LabelSchema schema, List<String> sets, boolean proposals) {
		List<Place> places = new ArrayList<>();
		List<AnnotationSet> found = sets.stream().map(s -> SetNames.find(d, s)).toList();
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
					places.add(place(layer.getName(), run, sets));
					run = new ArrayList<>();
				}
				run.add(c);
				runEnd = Math.max(runEnd, end(c.span()));
			}
			if (!run.isEmpty()) {
				places.add(place(layer.getName(), run, sets));
			}
		}
		return places;
	}

	private static Place place(String layer, List<Candidate> run, List<String> sets) {
		List<Version> versions = new ArrayList<>();
		int begin = Integer.MAX_VALUE;
		int end = 0;
		for (Candidate c : run) {
			versions.add(new Version(c.span(), c.voters().stream().mapToObj(sets::get).toList()));
			begin = Math.min(begin, c.begin());
			end = Math.max(end, end(c.span()));
		}
		boolean agreed = run.size() == 1 && run.get(0).voters().cardinality() == sets.size();
		return new Place(layer, begin, end, List.copyOf(versions), agreed);
	}

	private static int end(Span s) {
		return s.getFragments().stream().mapToInt(f -> f.getEnd()).max().orElse(0);
	}
}
