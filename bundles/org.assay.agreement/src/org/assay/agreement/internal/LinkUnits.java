/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.agreement.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.assay.agreement.Counted;
import org.assay.model.Annotation;
import org.assay.model.AnnotationSet;
import org.assay.model.Link;
import org.assay.model.Span;

/**
 * The coding units of links, one study per role: a unit is a span (layer, extent and label) that every rater
 * annotated and some rater links in that role, each rater's value the end it links it to (extent and label; ends
 * joined with '+' when it links several) or {@link LayerStudy#NONE}. So a claim the raters all drew is one unit of
 * {@code claimant}, agreed when they name the same claimant; a claim only some drew is the spans' disagreement,
 * not counted again here.
 */
public final class LinkUnits {

	private LinkUnits() {
	}

	/**
	 * Adds one document's units to each role's study (made, for as many raters as sets, with its first unit), from
	 * the raters' sets in rater order; only links from spans of {@code layers}.
	 */
	public static void add(Map<String, LayerStudy> byRole, List<AnnotationSet> sets, List<String> layers,
			boolean proposals) {
		int raters = sets.size();
		List<Set<String>> places = new ArrayList<>();
		List<Map<String, Map<String, Set<String>>>> links = new ArrayList<>(); // role -> source -> ends
		Set<String> roles = new LinkedHashSet<>();
		for (AnnotationSet set : sets) {
			Set<String> own = new HashSet<>();
			Map<String, Map<String, Set<String>>> byRoleHere = new LinkedHashMap<>();
			for (Annotation a : set.getAnnotations()) {
				if (a instanceof Span s && s.getLabel() != null && Counted.counts(set, a, proposals)) {
					own.add(LinkCandidates.place(s));
				} else if (a instanceof Link l && l.getRole() != null && l.getSource() instanceof Span s
						&& s.getLabel() != null && layers.contains(s.getLabel().getLayer().getName())
						&& l.getTarget() instanceof Span t && t.getLabel() != null
						&& Counted.counts(set, a, proposals)) {
					roles.add(l.getRole());
					byRoleHere.computeIfAbsent(l.getRole(), k -> new LinkedHashMap<>())
							.computeIfAbsent(LinkCandidates.place(s), k -> new TreeSet<>())
							.add(LinkCandidates.place(t));
				}
			}
			places.add(own);
			links.add(byRoleHere);
		}
		for (String role : roles) {
			Set<String> sources = new LinkedHashSet<>();
			links.forEach(l -> sources.addAll(l.getOrDefault(role, Map.of()).keySet()));
			for (String source : sources) {
				if (places.stream().allMatch(p -> p.contains(source))) {
					String[] values = new String[raters];
					for (int r = 0; r < raters; r++) {
						Set<String> ends = links.get(r).getOrDefault(role, Map.of()).get(source);
						values[r] = ends == null ? LayerStudy.NONE : String.join("+", ends);
					}
					byRole.computeIfAbsent(role, k -> new LayerStudy(raters)).addUnit(values);
				}
			}
		}
	}
}
