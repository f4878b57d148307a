/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.internal.engines;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.assay.model.Annotation;
import org.assay.model.AnnotationSet;
import org.assay.model.Document;
import org.assay.model.SetKind;
import org.assay.model.support.SetNames;
import org.assay.ui.internal.editor.SetTally;
import org.assay.uima.Proposals;
import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.ECollections;

/**
 * The proposals engines already made for a document (its {@code engine:ID} sets, from a run on the command
 * line or by another annotator) that a set has not been offered yet, and the undoable command that offers them
 * to it ({@link Proposals#offer}), without running the engines again. An engine's set counts as offered once
 * the set holds anything that came from it, decided or not.
 */
public final class EngineOffer {

	private EngineOffer() {
	}

	/**
	 * The document's engine sets with proposals none of which has reached the target; empty for an engine's set,
	 * and for a set marked done (its annotator chose what to take).
	 */
	public static List<AnnotationSet> pending(AnnotationSet target) {
		if (!(target.eContainer() instanceof Document document) || SetNames.kindOf(target.getName()) == SetKind.ENGINE
				|| target.getState() == org.assay.model.WorkState.DONE) {
			return List.of();
		}
		List<AnnotationSet> pending = new ArrayList<>(engineSets(document));
		// runs on every change the editor makes: stops as soon as each engine set is seen to have reached the target
		Set<String> unseen = new HashSet<>();
		pending.forEach(set -> unseen.add(set.getName()));
		for (Annotation a : target.getAnnotations()) {
			if (unseen.isEmpty()) {
				break;
			}
			if (a.getProvenance() != null && a.getProvenance().getSourceSet() != null) {
				unseen.remove(a.getProvenance().getSourceSet());
			}
		}
		pending.removeIf(set -> !unseen.contains(set.getName()));
		return pending;
	}

	/** The document's engine sets that hold proposals: what an offer takes from. */
	public static List<AnnotationSet> engineSets(Document document) {
		return document.getAnnotationSets().stream()
				.filter(set -> SetNames.kindOf(set.getName()) == SetKind.ENGINE && !set.getAnnotations().isEmpty())
				.toList();
	}

	/** "entities 1.0.0: 23, claims 1.2.0: 8": each engine's proposals, their links apart as everywhere. */
	public static String describe(List<AnnotationSet> engineSets) {
		return engineSets.stream().map(s -> name(s) + ": " + SetTally.of(s, 0).annotations())
				.collect(Collectors.joining(", "));
	}

	private static String name(AnnotationSet engineSet) {
		if (engineSet.getRun() == null || engineSet.getRun().getEngineId() == null) {
			return SetNames.ownerOf(engineSet.getName());
		}
		String version = engineSet.getRun().getEngineVersion();
		return engineSet.getRun().getEngineId() + (version == null ? "" : " " + version);
	}

	/** Offers the engine sets' proposals to the target, as one step to undo. */
	public static Command command(AnnotationSet target, List<AnnotationSet> engineSets, String label) {
		return new OfferCommand(target, List.copyOf(engineSets), label);
	}

	/** Whether the command is an offer: proposals put before the annotator, not a change of theirs. */
	public static boolean isOffer(Command command) {
		return command instanceof OfferCommand;
	}

	private static final class OfferCommand extends AbstractCommand {

		private final AnnotationSet target;
		private final List<AnnotationSet> engineSets;
		private List<Annotation> before;
		private List<Annotation> after;
		private Proposals.Offer offered = Proposals.Offer.NONE;

		OfferCommand(AnnotationSet target, List<AnnotationSet> engineSets, String label) {
			super(label);
			this.target = target;
			this.engineSets = engineSets;
		}

		@Override
		protected boolean prepare() {
			return !engineSets.isEmpty();
		}

		@Override
		public void execute() {
			// an offer only takes undecided proposals out and adds copies: the lists before and after are the whole change
			before = new ArrayList<>(target.getAnnotations());
			for (AnnotationSet engineSet : engineSets) {
				offered = offered.plus(Proposals.offer(engineSet, target));
			}
			after = new ArrayList<>(target.getAnnotations());
		}

		@Override
		public void undo() {
			ECollections.setEList(target.getAnnotations(), before);
		}

		@Override
		public void redo() {
			ECollections.setEList(target.getAnnotations(), after);
		}

		@Override
		public java.util.Collection<?> getAffectedObjects() {
			return List.of(target);
		}

		@Override
		public String getDescription() {
			return offered.added() + " proposal(s) offered";
		}
	}
}
