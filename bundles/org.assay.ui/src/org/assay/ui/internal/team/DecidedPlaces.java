/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.internal.team;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.assay.agreement.CuratedLinks;
import org.assay.agreement.Disputes.Place;
import org.assay.model.Annotation;
import org.assay.model.AnnotationSet;
import org.assay.model.AnnotationStatus;
import org.assay.model.Span;
import org.assay.model.support.Sorted;
import org.assay.model.support.Spans;

/** What the curation's target set holds at the disputed places of a document. */
final class DecidedPlaces {

	private DecidedPlaces() {
	}

	/**
	 * The places the target set has decided: it has anything there, proposed, accepted or rejected, and, where the
	 * versions draw one span alike but link it differently, that span linked in each role they use. Per layer the
	 * target's spans sorted by start with the running maximum of their ends, so each place is one binary search (a
	 * document of 100,000 places stays quick).
	 */
	static Set<Place> of(List<Place> places, AnnotationSet target) {
		Set<Place> decided = new HashSet<>();
		if (target == null) {
			return decided;
		}
		Map<String, List<Span>> byLayer = new HashMap<>();
		for (Annotation a : target.getAnnotations()) {
			if (a instanceof Span s && a.getLabel() != null && !s.getFragments().isEmpty()) {
				byLayer.computeIfAbsent(a.getLabel().getLayer().getName(), k -> new ArrayList<>()).add(s);
			}
		}
		Map<String, int[][]> index = new HashMap<>();
		byLayer.forEach((layer, spans) -> {
			spans.sort(Comparator.comparingInt(Spans::begin));
			int[] begins = new int[spans.size()];
			int[] maxEnds = new int[spans.size()];
			int max = 0;
			for (int i = 0; i < begins.length; i++) {
				begins[i] = Spans.begin(spans.get(i));
				max = Math.max(max, Spans.end(spans.get(i)));
				maxEnds[i] = max;
			}
			index.put(layer, new int[][] { begins, maxEnds });
		});
		for (Place p : places) {
			int[][] idx = index.get(p.layer());
			if (idx == null) {
				continue;
			}
			int before = Sorted.firstAtLeast(idx[0], 0, p.end());
			if (before > 0 && idx[1][before - 1] > p.begin() && CuratedLinks.unlinked(p, target) == null) {
				decided.add(p); // and not a span taken without the links the sets dispute
			}
		}
		return decided;
	}

	/**
	 * The target set's span, not rejected, of the place's layer and overlapping it, that was added last: the one
	 * the curator took (or Pre-merge put) there. Null when there is none.
	 */
	static Span heldAt(AnnotationSet target, Place place) {
		if (target == null) {
			return null;
		}
		List<Annotation> all = target.getAnnotations();
		for (int i = all.size() - 1; i >= 0; i--) {
			if (all.get(i) instanceof Span s && s.getLabel() != null && s.getStatus() != AnnotationStatus.REJECTED
					&& s.getLabel().getLayer().getName().equals(place.layer()) && !s.getFragments().isEmpty()
					&& Spans.begin(s) < place.end() && Spans.end(s) > place.begin()) {
				return s;
			}
		}
		return null;
	}
}
