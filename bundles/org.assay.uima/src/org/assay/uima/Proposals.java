/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.uima;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.assay.model.Annotation;
import org.assay.model.AnnotationSet;
import org.assay.model.AnnotationStatus;
import org.assay.model.Fragment;
import org.assay.model.Layer;
import org.assay.model.Link;
import org.assay.model.Proposal;
import org.assay.model.Provenance;
import org.assay.model.Span;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Brings an engine's proposals into an annotator's (or the gold) set, where they are confirmed or
 * corrected. What the annotator already decided is never touched: the set's undecided proposals from an
 * earlier run of the same engine are replaced, and a proposal on an extent the set already has in that layer
 * is left out, whatever the label and status there: a rejected proposal is not offered again, nor a
 * relabelled one under its old label, nor a resized one at its old extent (the extent it was proposed at
 * counts too).
 * <p>
 * Nor is the same thing offered again at another extent ({@link Redrawn}): a new version of an engine, or a
 * retrained model, that draws "the U.S." where the annotator accepted "U.S.", or a claim without its quotation
 * marks where the annotator took it with them, does not reopen what was decided.
 */
public final class Proposals {

	/**
	 * What an offer did: proposals added, old undecided ones removed, ones left out as already there, and of
	 * those how many lie on a decision (the rest on another engine's undecided proposal).
	 */
	public record Offer(int added, int replaced, int alreadyThere, int alreadyDecided) {

		public static final Offer NONE = new Offer(0, 0, 0, 0);

		public Offer plus(Offer other) {
			return new Offer(added + other.added, replaced + other.replaced, alreadyThere + other.alreadyThere,
					alreadyDecided + other.alreadyDecided);
		}

		/** "23 already there", saying what they are when there are any: "(5 decided, 18 proposed by another engine)". */
		public String alreadyThereText() {
			int proposed = alreadyThere - alreadyDecided;
			StringBuilder b = new StringBuilder().append(alreadyThere).append(" already there");
			if (alreadyThere > 0) {
				b.append(" (");
				if (alreadyDecided > 0) {
					b.append(alreadyDecided).append(" decided").append(proposed > 0 ? ", " : "");
				}
				if (proposed > 0) {
					b.append(proposed).append(" proposed by another engine");
				}
				b.append(')');
			}
			return b.toString();
		}
	}

	private Proposals() {
	}

	public static Offer offer(AnnotationSet engineSet, AnnotationSet target) {
		return offer(engineSet, target, Set.of());
	}

	/**
	 * The layers an engine preferred where engines propose alike ({@code assay annotate --prefer}, Engines >
	 * Annotate) takes over in a document: those named, or, none named, those of its proposals there (links left
	 * out).
	 */
	public static Set<String> layersTakenOver(Set<String> named, Collection<? extends Annotation> proposals) {
		if (!named.isEmpty()) {
			return named;
		}
		Set<String> layers = new java.util.TreeSet<>();
		for (Annotation a : proposals) {
			if (!(a instanceof Link) && a.getLabel() != null) {
				layers.add(a.getLabel().getLayer().getName());
			}
		}
		return layers;
	}

	/**
	 * The same, the engine's proposals also taking the place of every other engine's undecided proposals in the
	 * layers named ({@code takeOver}; none, the default, leaves them), except those a link starts or ends at: how
	 * the learning loop's model, once it has learned enough, replaces what the rules it is built on proposed.
	 */
	public static Offer offer(AnnotationSet engineSet, AnnotationSet target, Set<String> takeOver) {
		String source = engineSet.getName();
		Set<Annotation> stale = new HashSet<>();
		for (Annotation a : target.getAnnotations()) {
			if (a.getStatus() == AnnotationStatus.PROPOSED && a.getProvenance() != null
					&& source.equals(a.getProvenance().getSourceSet())) {
				stale.add(a);
			}
		}
		Set<Annotation> linked = new HashSet<>();
		for (Annotation a : target.getAnnotations()) {
			if (a instanceof Link l) {
				linked.add(l.getSource());
				linked.add(l.getTarget());
				if (!stale.contains(l)) {
					stale.remove(l.getSource()); // a decided link keeps its ends
					stale.remove(l.getTarget());
				}
			}
		}
		if (!takeOver.isEmpty()) {
			for (Annotation a : target.getAnnotations()) {
				if (!(a instanceof Link) && a.getStatus() == AnnotationStatus.PROPOSED && a.getProvenance() != null
						&& a.getProvenance().getSourceSet() != null && a.getLabel() != null
						&& takeOver.contains(a.getLabel().getLayer().getName()) && !linked.contains(a)) {
					stale.add(a);
				}
			}
		}
		target.getAnnotations().removeAll(stale);

		Map<String, Annotation> existing = new HashMap<>();
		for (Annotation a : target.getAnnotations()) {
			if (!(a instanceof Link)) {
				existing.putIfAbsent(key(a), a);
				Proposal before = a.getProvenance() == null ? null : a.getProvenance().getProposed();
				if (before != null && before.getLabel() != null) {
					existing.putIfAbsent(key(before.getLabel().getLayer(), before.getFragments()), a);
				}
			}
		}
		// left out as redrawn: the decision each lies on, or itself when links to it are to be dropped
		Map<Annotation, Annotation> redrawn = Redrawn.find(engineSet, target, a -> existing.containsKey(key(a)));
		Map<Annotation, Annotation> placed = new HashMap<>();
		List<Annotation> added = new ArrayList<>();
		int already = redrawn.size();
		int decided = redrawn.size(); // a redrawn proposal lies on a decision
		for (Annotation a : engineSet.getAnnotations()) {
			if (a instanceof Link || redrawn.containsKey(a)) {
				continue;
			}
			Annotation there = existing.get(key(a));
			if (there != null) {
				placed.put(a, there);
				already++;
				decided += there.getStatus() == AnnotationStatus.PROPOSED ? 0 : 1;
			} else {
				Annotation copy = copy(a, source);
				placed.put(a, copy);
				added.add(copy);
			}
		}
		Map<String, Link> links = new HashMap<>();
		for (Annotation a : target.getAnnotations()) {
			if (a instanceof Link l) {
				links.putIfAbsent(linkKey(l.getRole(), l.getSource(), l.getTarget()), l);
			}
		}
		for (Annotation a : engineSet.getAnnotations()) {
			if (!(a instanceof Link l) || !placed.containsKey(l.getSource())) {
				continue;
			}
			// a link to a redrawn proposal goes to the decision it lies on; none when that decision no longer stands
			Annotation to = placed.containsKey(l.getTarget()) ? placed.get(l.getTarget()) : redrawn.get(l.getTarget());
			if (to != null && to != l.getTarget()) {
				Annotation from = placed.get(l.getSource());
				String key = linkKey(l.getRole(), from, to);
				Link there = links.get(key);
				if (there == null) {
					Link copy = (Link) copy(l, source);
					copy.setSource(from);
					copy.setTarget(to);
					added.add(copy);
					links.put(key, copy);
				} else {
					already++;
					decided += there.getStatus() == AnnotationStatus.PROPOSED ? 0 : 1;
				}
			}
		}
		target.getAnnotations().addAll(added);
		return new Offer(added.size(), stale.size(), already, decided);
	}

	private static Annotation copy(Annotation a, String sourceSet) {
		Annotation copy = EcoreUtil.copy(a);
		copy.setId(null);
		copy.setStatus(AnnotationStatus.PROPOSED);
		Provenance p = copy.getProvenance();
		if (p != null) {
			p.setSourceSet(sourceSet);
			p.setSourceId(a.getId());
		}
		return copy;
	}

	/** Layer and extent; a document label's extent is the whole document. */
	private static String key(Annotation a) {
		return key(a.getLabel().getLayer(), a instanceof Span s ? s.getFragments() : List.of());
	}

	private static String key(Layer layer, List<Fragment> fragments) {
		StringBuilder b = new StringBuilder(layer.getName());
		for (Fragment f : fragments) {
			b.append(' ').append(f.getBegin()).append('-').append(f.getEnd());
		}
		return b.toString();
	}

	private static String linkKey(String role, Annotation from, Annotation to) {
		return role + ':' + System.identityHashCode(from) + ':' + System.identityHashCode(to);
	}
}
