/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.agreement;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.assay.agreement.MergeReport.LabelCount;
import org.assay.agreement.internal.Candidates;
import org.assay.agreement.internal.Candidates.Candidate;
import org.assay.agreement.internal.LinkCandidates;
import org.assay.model.Annotation;
import org.assay.model.AnnotationSet;
import org.assay.model.AnnotationStatus;
import org.assay.model.AssayFactory;
import org.assay.model.Document;
import org.assay.model.Label;
import org.assay.model.LabelSchema;
import org.assay.model.LayerKind;
import org.assay.model.Link;
import org.assay.model.Origin;
import org.assay.model.Provenance;
import org.assay.model.Span;
import org.assay.model.evaluation.Answers;
import org.assay.model.evaluation.Evaluation;
import org.assay.model.evaluation.Matching;
import org.assay.model.support.Links;
import org.assay.model.support.Schemas;
import org.assay.model.support.SetNames;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Merges the spans several sets agree on into a target set (usually {@code gold}), by a
 * {@link MergeStrategy}. Only documents where every named set is present are merged. What the target set
 * already has on a place (in the same layer, with any label or status) stays, and nothing is added there.
 * A merged span carries the features all its voters give the same value, and provenance: author
 * {@code merge:STRATEGY}, the agreeing sets in {@code sourceSet} and their annotations' ids in
 * {@code sourceId} (both comma-separated, in set order), and, when merged as accepted, the curator and time
 * as its decision. Links (a claim's claimant and cue) are merged the same way between spans the target has,
 * a source the target already links in a role keeping its link. A span merged now that lacks a link the sets
 * dispute (a claim whose claimant they give differently) is merged as a proposal even when accepted was asked,
 * for the curator to decide. Document labels are not merged.
 */
public final class Merge {

	private static final int PLACES_SHOWN = 10;

	private Merge() {
	}

	/**
	 * @param as {@link AnnotationStatus#PROPOSED} or {@link AnnotationStatus#ACCEPTED}
	 * @param proposals whether undecided proposals in annotator and gold sets count as votes
	 * @param curator who runs the merge (recorded as the decider of accepted spans)
	 */
	public static MergeReport merge(List<Document> documents, LabelSchema schema, List<String> sets, String into,
			MergeStrategy strategy, AnnotationStatus as, boolean proposals, String curator, Date now) {
		List<String> merged = new ArrayList<>();
		List<String> skipped = new ArrayList<>();
		Map<String, int[]> counts = new LinkedHashMap<>();
		List<String> places = new ArrayList<>();
		List<AnnotationSet> changed = new ArrayList<>();
		int heldOpen = 0;
		List<String> layers = schema.getLayers().stream().filter(l -> l.getKind() == LayerKind.SPAN)
				.map(l -> l.getName()).toList();
		for (Document d : documents) {
			List<AnnotationSet> found = sets.stream()
					.map(s -> Answers.answering(d, s, proposals)).toList();
			if (found.contains(null)) {
				skipped.add(d.getId());
				continue;
			}
			merged.add(d.getId());
			AnnotationSet target = SetNames.find(d, into);
			Set<String> taken = taken(target);
			List<Annotation> added = new ArrayList<>();
			for (String layer : layers) {
				List<List<Span>> spans = found.stream().map(s -> Counted.spans(s, layer, proposals)).toList();
				for (Candidate c : Candidates.of(spans)) {
					int[] count = counts.computeIfAbsent(layer + "\t" + c.span().getLabel().getName(), k -> new int[3]);
					int votes = c.voters().cardinality();
					if (!strategy.accepts(votes, c.present().cardinality(), sets.size(), c.strongestRival())) {
						count[1]++;
						if (places.size() < PLACES_SHOWN) {
							places.add(d.getId() + "@" + c.begin() + " " + c.span().getLabel().getName() + " ("
									+ names(sets, c.voters()) + ")");
						}
					} else if (taken.contains(layer + Matching.place(c.span()))) {
						count[2]++;
					} else { // distinct extents: two labels stacked on one place by the voters both go in
						added.add(copy(c, sets, strategy, as, curator, now));
						count[0]++;
					}
				}
			}
			Set<String> unlinked = new HashSet<>();
			added.addAll(links(d, found, target, added, sets, strategy, as, proposals, curator, now, counts, places,
					unlinked));
			if (as != AnnotationStatus.PROPOSED) {
				heldOpen += proposeUnlinked(added, unlinked);
			}
			if (!added.isEmpty()) {
				AnnotationSet set = SetNames.findOrCreate(d, into);
				set.getAnnotations().addAll(added);
				set.setModified(now);
				changed.add(set);
			}
		}
		List<LabelCount> labels = new ArrayList<>();
		counts.forEach((key, c) -> {
			String[] parts = key.split("\t", 2);
			labels.add(new LabelCount(parts[0], parts[1], c[0], c[1], c[2]));
		});
		labels.sort(java.util.Comparator.comparingInt((LabelCount l) -> layers.contains(l.layer())
				? layers.indexOf(l.layer()) : Integer.MAX_VALUE) // links after the spans
				.thenComparingInt(l -> labelIndex(schema, l)));
		return new MergeReport(merged, skipped, labels, places, changed, heldOpen);
	}

	/** The label's place in its layer of the schema, for printing in the schema's order. */
	private static int labelIndex(LabelSchema schema, LabelCount l) {
		Label label = Schemas.label(schema, l.layer(), l.label());
		return label == null ? Integer.MAX_VALUE : label.getLayer().getLabels().indexOf(label);
	}

	/**
	 * The links the sets agree on by the strategy, between spans the target has (before the merge or merged
	 * now): a claim's claimant and cue. A link whose ends are not both there, or that another link of the same
	 * role from the same source rivals as the strategy reads it, is disputed; one whose source the target already
	 * links in that role is already there. Fills {@code unlinked} with the place of each disputed link's source that
	 * the target does not link in that role after the merge.
	 */
	private static List<Annotation> links(Document d, List<AnnotationSet> found, AnnotationSet target,
			List<Annotation> merged, List<String> sets, MergeStrategy strategy, AnnotationStatus as, boolean proposals,
			String curator, Date now, Map<String, int[]> counts, List<String> places, Set<String> unlinked) {
		List<LinkCandidates.Candidate> candidates = LinkCandidates.of(found, proposals);
		if (candidates.isEmpty()) {
			return List.of();
		}
		Map<String, Annotation> ends = new HashMap<>();
		Set<String> linked = new HashSet<>();
		if (target != null) {
			for (Annotation a : target.getAnnotations()) {
				if (a instanceof Span && a.getStatus() != AnnotationStatus.REJECTED) {
					ends.putIfAbsent(LinkCandidates.place(a), a);
				}
			}
			for (Annotation a : target.getAnnotations()) {
				if (a instanceof Link l && l.getSource() != null && l.getStatus() != AnnotationStatus.REJECTED) {
					linked.add(l.getRole() + "\t" + LinkCandidates.place(l.getSource()));
				}
			}
		}
		for (Annotation a : merged) {
			ends.putIfAbsent(LinkCandidates.place(a), a);
		}
		List<Annotation> added = new ArrayList<>();
		Set<String> disputed = new HashSet<>();
		for (LinkCandidates.Candidate c : candidates) {
			int[] count = counts.computeIfAbsent(Evaluation.LINKS + "\t" + c.link().getRole(), k -> new int[3]);
			Annotation from = ends.get(c.from());
			Annotation to = ends.get(c.to());
			if (!strategy.accepts(c.voters().cardinality(), c.present().cardinality(), sets.size(), c.strongestRival())
					|| from == null || to == null) {
				count[1]++;
				disputed.add(c.link().getRole() + "\t" + c.from());
				if (places.size() < PLACES_SHOWN) {
					places.add(d.getId() + " " + c.link().getRole() + " " + c.from() + " > " + c.to() + " ("
							+ names(sets, c.voters()) + ")");
				}
			} else if (!linked.add(c.link().getRole() + "\t" + c.from())) {
				count[2]++;
			} else {
				Link link = Links.create(c.link().getRole(), from, to, as);
				link.setProvenance(provenance(strategy, as, curator, now, names(sets, c.voters()),
						c.links().stream().map(l -> String.valueOf(l.getId())).collect(Collectors.joining(","))));
				added.add(link);
				count[0]++;
			}
		}
		disputed.removeAll(linked);
		disputed.forEach(key -> unlinked.add(key.substring(key.indexOf('\t') + 1)));
		return added;
	}

	/**
	 * Turns back into proposals the spans just merged as accepted that lack a link the sets dispute (a claim whose
	 * claimant they give differently, or only some of them give): such a claim is not agreed on, and the curator
	 * decides it. Returns how many.
	 */
	private static int proposeUnlinked(List<Annotation> added, Set<String> unlinked) {
		if (unlinked.isEmpty()) {
			return 0;
		}
		int n = 0;
		for (Annotation a : added) {
			if (a instanceof Span && a.getStatus() != AnnotationStatus.PROPOSED
					&& unlinked.contains(LinkCandidates.place(a))) {
				a.setStatus(AnnotationStatus.PROPOSED);
				a.getProvenance().setDecidedBy(null);
				a.getProvenance().setDecided(null);
				n++;
			}
		}
		return n;
	}

	/** The places (layer and fragments) the target set had anything on before the merge. */
	private static Set<String> taken(AnnotationSet target) {
		Set<String> taken = new HashSet<>();
		if (target != null) {
			for (Annotation a : target.getAnnotations()) {
				if (a instanceof Span s && a.getLabel() != null) {
					taken.add(a.getLabel().getLayer().getName() + Matching.place(s));
				}
			}
		}
		return taken;
	}

	private static Span copy(Candidate c, List<String> sets, MergeStrategy strategy, AnnotationStatus as,
			String curator, Date now) {
		Span copy = EcoreUtil.copy(c.span());
		copy.setId(null);
		copy.setStatus(as);
		copy.getFeatures().clear();
		c.span().getFeatures().forEach(e -> {
			if (c.spans().stream().allMatch(s -> Objects.equals(s.getFeatures().get(e.getKey()), e.getValue()))) {
				copy.getFeatures().put(e.getKey(), e.getValue());
			}
		});
		copy.setProvenance(provenance(strategy, as, curator, now, names(sets, c.voters()),
				c.spans().stream().map(s -> String.valueOf(s.getId())).collect(Collectors.joining(","))));
		return copy;
	}

	private static Provenance provenance(MergeStrategy strategy, AnnotationStatus as, String curator, Date now,
			String sourceSets, String sourceIds) {
		Provenance p = AssayFactory.eINSTANCE.createProvenance();
		p.setOrigin(Origin.ANNOTATOR);
		p.setAuthor("merge:" + strategy);
		p.setCreated(now);
		p.setSourceSet(sourceSets);
		p.setSourceId(sourceIds);
		if (as != AnnotationStatus.PROPOSED) {
			p.setDecidedBy(curator);
			p.setDecided(now);
		}
		return p;
	}

	private static String names(List<String> sets, BitSet voters) {
		return voters.stream().mapToObj(sets::get).collect(Collectors.joining(","));
	}
}
