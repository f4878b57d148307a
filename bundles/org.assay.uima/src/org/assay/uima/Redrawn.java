/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.uima;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.assay.model.Annotation;
import org.assay.model.AnnotationSet;
import org.assay.model.AnnotationStatus;
import org.assay.model.Fragment;
import org.assay.model.Label;
import org.assay.model.Link;
import org.assay.model.Proposal;
import org.assay.model.Span;
import org.assay.model.support.FragmentIndex;
import org.assay.model.support.Spans;

/**
 * The proposals of a run that redraw, at another extent, what an annotator already decided, so that
 * {@link Proposals#offer} leaves them out.
 * <p>
 * A proposed span redraws a decided span (accepted, corrected or rejected) when both have the same label (for
 * a correction: the label it has, or the one it was proposed with), their extents share a character, their
 * links do not tell them apart (two claims whose cues or claimants lie in different places are two claims,
 * one nested in the other, not one claim drawn twice), and they pair one to one: a proposal over two
 * decisions, or one of two proposals over a decision ("Leicestershire" and "Somerset" where "Leicestershire
 * beat Somerset" was taken), is not a redrawing of it and is offered. A span of another label over a
 * decision is another opinion and offered too. The parts of a redrawn proposal in its own layer that only it links to
 * (a claim's cue and source) are left out with it; parts in another layer (a claimant's entity mention) stand
 * on their own.
 */
final class Redrawn {

	private Redrawn() {
	}

	/**
	 * The redrawn proposals of the engine set, each with the decision a new link to it should go to instead (a
	 * decision that still has its label and was not rejected), or with itself when such links are dropped.
	 *
	 * @param alreadyThere proposals on an extent the target already has, which are left out anyway
	 */
	static Map<Annotation, Annotation> find(AnnotationSet engineSet, AnnotationSet target,
			Predicate<Annotation> alreadyThere) {
		Decisions decisions = new Decisions(target);
		Map<Annotation, Annotation> redrawn = new HashMap<>();
		if (decisions.isEmpty()) {
			return redrawn;
		}
		Map<Annotation, List<Link>> proposedLinks = linksFrom(engineSet);
		Map<Span, Set<Annotation>> over = new HashMap<>();
		Map<Annotation, Integer> proposalsOver = new HashMap<>();
		for (Annotation a : engineSet.getAnnotations()) {
			if (a instanceof Span s && s.getLabel() != null) {
				Set<Annotation> decided = decisions.overlappedBy(s, proposedLinks.getOrDefault(s, List.of()));
				over.put(s, decided);
				decided.forEach(d -> proposalsOver.merge(d, 1, Integer::sum));
			}
		}
		over.forEach((proposal, decided) -> {
			if (decided.size() == 1 && !alreadyThere.test(proposal)) {
				Annotation on = decided.iterator().next();
				if (proposalsOver.get(on) == 1) {
					redrawn.put(proposal, Decisions.standing(on, name(proposal.getLabel())) ? on : proposal);
				}
			}
		});
		withTheirParts(engineSet, redrawn, alreadyThere);
		return redrawn;
	}

	private static void withTheirParts(AnnotationSet engineSet, Map<Annotation, Annotation> redrawn,
			Predicate<Annotation> alreadyThere) {
		if (redrawn.isEmpty()) {
			return;
		}
		Set<Annotation> partsOfRedrawn = new HashSet<>();
		Set<Annotation> partsOfOthers = new HashSet<>();
		for (Annotation a : engineSet.getAnnotations()) {
			if (a instanceof Link l && l.getTarget() instanceof Span part && part.getLabel() != null) {
				boolean ofRedrawn = redrawn.containsKey(l.getSource())
						&& part.getLabel().getLayer() == l.getSource().getLabel().getLayer();
				(ofRedrawn ? partsOfRedrawn : partsOfOthers).add(part);
			}
		}
		for (Annotation part : partsOfRedrawn) {
			if (!partsOfOthers.contains(part) && !alreadyThere.test(part)) {
				redrawn.putIfAbsent(part, part);
			}
		}
	}

	private static Map<Annotation, List<Link>> linksFrom(AnnotationSet set) {
		Map<Annotation, List<Link>> from = new HashMap<>();
		for (Annotation a : set.getAnnotations()) {
			if (a instanceof Link l && l.getSource() != null) {
				from.computeIfAbsent(l.getSource(), k -> new ArrayList<>()).add(l);
			}
		}
		return from;
	}

	static String name(Label label) {
		return label.getLayer().getName() + '/' + label.getName();
	}

	/** A set's decided spans by label, with the extents they have and were proposed at, and their links. */
	private static final class Decisions {

		private final Map<String, Extents> byLabel = new HashMap<>();
		private final Map<Annotation, List<Link>> links;

		Decisions(AnnotationSet set) {
			for (Annotation a : set.getAnnotations()) {
				if (a instanceof Span s && a.getStatus() != AnnotationStatus.PROPOSED && a.getLabel() != null) {
					add(a.getLabel(), s.getFragments(), a);
					Proposal before = a.getProvenance() == null ? null : a.getProvenance().getProposed();
					if (before != null && before.getLabel() != null && !before.getFragments().isEmpty()) {
						add(before.getLabel(), before.getFragments(), a);
					}
				}
			}
			links = byLabel.isEmpty() ? Map.of() : linksFrom(set);
		}

		private void add(Label label, List<Fragment> fragments, Annotation decision) {
			byLabel.computeIfAbsent(name(label), k -> new Extents()).add(fragments, decision);
		}

		boolean isEmpty() {
			return byLabel.isEmpty();
		}

		/** The decisions of the proposal's label that it overlaps and that its links do not tell apart from it. */
		Set<Annotation> overlappedBy(Span proposal, List<Link> proposalLinks) {
			Set<Annotation> found = new HashSet<>(2);
			Extents same = byLabel.get(name(proposal.getLabel()));
			if (same != null) {
				for (Annotation decision : same.overlapping(proposal.getFragments())) {
					if (!toldApart(proposalLinks, links.getOrDefault(decision, List.of()))) {
						found.add(decision);
					}
				}
			}
			return found;
		}

		/** Whether both have links of a role and none of those of one lies where one of the other does. */
		private static boolean toldApart(List<Link> proposed, List<Link> decided) {
			for (Link p : proposed) {
				boolean sameRole = false;
				boolean samePlace = false;
				for (Link d : decided) {
					if (p.getRole() != null && p.getRole().equals(d.getRole())) {
						sameRole = true;
						samePlace |= p.getTarget() instanceof Span pt && d.getTarget() instanceof Span dt
								&& Spans.overlaps(pt, dt);
					}
				}
				if (sameRole && !samePlace) {
					return true;
				}
			}
			return false;
		}

		static boolean standing(Annotation decision, String label) {
			return decision.getStatus() != AnnotationStatus.REJECTED && label.equals(name(decision.getLabel()));
		}
	}

	/**
	 * The decided extents of one label, indexed once asked ({@link FragmentIndex}), so that a proposal's overlaps
	 * are found without a walk through all of them.
	 */
	private static final class Extents {

		private final List<List<Fragment>> fragmentsOf = new ArrayList<>();
		private final List<Annotation> decisionOf = new ArrayList<>();
		private FragmentIndex index;

		void add(List<Fragment> fragments, Annotation decision) {
			fragmentsOf.add(fragments);
			decisionOf.add(decision);
			index = null;
		}

		/** The decisions with an extent that shares a character with these fragments, each once. */
		Set<Annotation> overlapping(List<Fragment> fragments) {
			if (index == null) {
				FragmentIndex.Builder b = new FragmentIndex.Builder();
				for (int e = 0; e < fragmentsOf.size(); e++) {
					for (Fragment f : fragmentsOf.get(e)) {
						b.add(f.getBegin(), f.getEnd(), e);
					}
				}
				index = b.build();
			}
			Set<Annotation> found = new HashSet<>(2);
			for (Fragment f : fragments) {
				index.overlapping(f.getBegin(), f.getEnd(), e -> found.add(decisionOf.get(e)));
			}
			return found;
		}
	}
}
