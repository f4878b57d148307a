/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.agreement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.assay.agreement.Disputes.Place;
import org.assay.agreement.Disputes.Version;
import org.assay.agreement.internal.LinkCandidates;
import org.assay.model.Annotation;
import org.assay.model.AnnotationSet;
import org.assay.model.AnnotationStatus;
import org.assay.model.Document;
import org.assay.model.Link;
import org.assay.model.Span;
import org.assay.model.support.Links;
import org.assay.model.support.SetNames;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * What comes with a version a curator takes into the target set, so that a claim reaches gold with its claimant
 * and cue, as the version had them:
 * <ul>
 * <li>each link of the version (from its span), from the taken span to the target set's span at the link's end
 * (same extent and label), or, when the target set has nothing there, to a copy of the version's end, which comes
 * too; an end the target set holds rejected is not linked to;</li>
 * <li>each link that the version's sets have <em>to</em> its span from a span the target set has, to the taken
 * span, unless that span already has a link of that role there (a claimant taken after its claim).</li>
 * </ul>
 * What it gives is accepted, without ids and provenance, and not added: the caller adds it with the span, as one
 * command.
 */
public final class CuratedLinks {

	private CuratedLinks() {
	}

	/**
	 * The links, and the ends the target set lacks, to add with {@code taken}: the version's span as it enters the
	 * target set, or the target set's own span at the version's extent ({@link #unlinked}), which gets the links of
	 * the roles it has none in; ends before the links to them.
	 *
	 * @param target the target set, or null when it does not exist yet
	 */
	public static List<Annotation> of(Document d, Version version, Span taken, AnnotationSet target) {
		List<Annotation> more = new ArrayList<>();
		Map<String, Span> brought = new HashMap<>(); // ends copied here, by place: two roles may share one
		for (Link l : version.links()) {
			if (target != null && hasLink(target, taken, l.getRole())) {
				continue; // a span the target holds already, linked in that role (merged, or decided before)
			}
			String end = LinkCandidates.place(l.getTarget());
			Span to = target == null ? null : find(target, end);
			if (to == null && (target == null || !holds(target, end))) {
				to = brought.computeIfAbsent(end, x -> {
					Span copy = EcoreUtil.copy((Span) l.getTarget());
					copy.setId(null);
					copy.setStatus(AnnotationStatus.ACCEPTED);
					copy.setProvenance(null);
					more.add(copy);
					return copy;
				});
			}
			if (to != null) {
				more.add(Links.create(l.getRole(), taken, to, AnnotationStatus.ACCEPTED));
			}
		}
		if (target == null) {
			return more;
		}
		String place = LinkCandidates.place(version.span());
		Set<List<Object>> linked = new HashSet<>(); // (role, span) linked here already
		for (String name : version.sets()) {
			AnnotationSet set = SetNames.find(d, name);
			if (set == null) {
				continue;
			}
			for (Annotation a : set.getAnnotations()) {
				if (a instanceof Link l && l.getRole() != null && l.getSource() instanceof Span s
						&& l.getTarget() instanceof Span t && t.getLabel() != null && Counted.counts(set, a, false)
						&& place.equals(LinkCandidates.place(t))) {
					Span from = find(target, LinkCandidates.place(s));
					if (from != null && !hasLink(target, from, l.getRole())
							&& linked.add(List.of(l.getRole(), from))) {
						more.add(Links.create(l.getRole(), from, taken, AnnotationStatus.ACCEPTED));
					}
				}
			}
		}
		return more;
	}

	/**
	 * The target set's span at a place whose versions draw one span alike but link it differently, when that span is
	 * still proposed and has no link in a role those versions use: a claim Pre-merge proposed without the claimant
	 * the sets dispute. Null when there is none: the place is decided as far as links go (the curator accepted or
	 * rejected the span, or it has a link in every such role).
	 */
	public static Span unlinked(Place place, AnnotationSet target) {
		if (target == null || place.versions().size() < 2
				|| place.versions().stream().allMatch(v -> v.links().isEmpty())) {
			return null; // most places: nothing linked, or one version
		}
		Map<String, Set<String>> rolesByExtent = new HashMap<>();
		Map<String, Integer> versionsByExtent = new HashMap<>();
		for (Version v : place.versions()) {
			String extent = LinkCandidates.place(v.span());
			versionsByExtent.merge(extent, 1, Integer::sum);
			Set<String> roles = rolesByExtent.computeIfAbsent(extent, k -> new HashSet<>());
			v.links().forEach(l -> roles.add(l.getRole()));
		}
		for (Map.Entry<String, Set<String>> e : rolesByExtent.entrySet()) {
			if (versionsByExtent.get(e.getKey()) < 2) {
				continue;
			}
			Span held = find(target, e.getKey());
			if (held != null && held.getStatus() == AnnotationStatus.PROPOSED
					&& e.getValue().stream().anyMatch(role -> !hasLink(target, held, role))) {
				return held;
			}
		}
		return null;
	}

	/** The target set's span (not rejected) at a version's extent, or null. */
	public static Span held(Version version, AnnotationSet target) {
		return target == null ? null : find(target, LinkCandidates.place(version.span()));
	}

	/** Whether the set has a span at a place, of any status. */
	private static boolean holds(AnnotationSet target, String place) {
		for (Annotation a : target.getAnnotations()) {
			if (a instanceof Span s && s.getLabel() != null && place.equals(LinkCandidates.place(s))) {
				return true;
			}
		}
		return false;
	}

	/** The first span of the set at a place (layer, extent, label) that is not rejected. */
	private static Span find(AnnotationSet target, String place) {
		for (Annotation a : target.getAnnotations()) {
			if (a instanceof Span s && s.getLabel() != null && a.getStatus() != AnnotationStatus.REJECTED
					&& place.equals(LinkCandidates.place(s))) {
				return s;
			}
		}
		return null;
	}

	private static boolean hasLink(AnnotationSet target, Span from, String role) {
		for (Annotation a : target.getAnnotations()) {
			if (a instanceof Link l && l.getSource() == from && role.equals(l.getRole())
					&& a.getStatus() != AnnotationStatus.REJECTED) {
				return true;
			}
		}
		return false;
	}
}
