/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.model.edit.decisions;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.assay.model.Annotation;
import org.assay.model.AnnotationSet;
import org.assay.model.AnnotationStatus;
import org.assay.model.AssayFactory;
import org.assay.model.AssayPackage;
import org.assay.model.DocumentLabel;
import org.assay.model.Fragment;
import org.assay.model.Label;
import org.assay.model.Link;
import org.assay.model.Origin;
import org.assay.model.Proposal;
import org.assay.model.Provenance;
import org.assay.model.Span;
import org.assay.model.WorkState;
import org.assay.model.support.Links;
import org.assay.model.support.Spans;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.common.util.BasicEMap;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * An annotator's decisions on annotations as undoable commands, each recording in the provenance who
 * decided and when, and for a correction what the proposal was before it.
 */
public final class Decisions {

	private Decisions() {
	}

	/**
	 * The command, with its set marked in progress first when the set is still new: the annotator's first change
	 * to a document starts their work on it, and undoing that change makes it new again. Anything else as it is.
	 */
	public static Command starting(EditingDomain domain, AnnotationSet set, Command command) {
		if (set == null || set.getState() != WorkState.NEW || !command.canExecute()) {
			return command;
		}
		CompoundCommand started = new CompoundCommand(command.getLabel(), command.getDescription());
		started.append(SetCommand.create(domain, set, AssayPackage.Literals.ANNOTATION_SET__STATE, WorkState.IN_PROGRESS));
		started.append(command); // last: what the command touched and made stays what the compound reports
		return started;
	}

	/** Accepts the annotation as it is. */
	public static Command accept(EditingDomain domain, Annotation a, String who, Date when) {
		return decide(domain, a, AnnotationStatus.ACCEPTED, false, who, when, "Accept");
	}

	/** Rejects the annotation: it stays, struck through, so that an engine's precision can be read off. */
	public static Command reject(EditingDomain domain, Annotation a, String who, Date when) {
		return decide(domain, a, AnnotationStatus.REJECTED, false, who, when, "Reject");
	}

	/** Gives the annotation another label: a correction, keeping the proposal it was. */
	public static Command relabel(EditingDomain domain, Annotation a, Label label, String who, Date when) {
		CompoundCommand command = decide(domain, a, AnnotationStatus.CORRECTED, true, who, when,
				"Relabel as " + label.getName());
		command.append(SetCommand.create(domain, a, AssayPackage.Literals.ANNOTATION__LABEL, label));
		return command;
	}

	/** Gives a span new bounds, one fragment [begin, end): a correction, keeping the proposal it was. */
	public static Command reshape(EditingDomain domain, Span span, int begin, int end, String who, Date when) {
		CompoundCommand command = decide(domain, span, AnnotationStatus.CORRECTED, true, who, when,
				"Resize " + span.getLabel().getName());
		command.append(SetCommand.create(domain, span, AssayPackage.Literals.SPAN__FRAGMENTS,
				List.of(Spans.fragment(begin, end))));
		return command;
	}

	/** A new span the annotator marked: accepted, with the annotator as its author. */
	public static Command create(EditingDomain domain, AnnotationSet set, Label label, int begin, int end, String who,
			Date when) {
		Span span = Spans.create(label, begin, end);
		span.setStatus(AnnotationStatus.ACCEPTED);
		Provenance p = newProvenance(who, when);
		p.setDecidedBy(who);
		p.setDecided(when);
		span.setProvenance(p);
		return AddCommand.create(domain, set, AssayPackage.Literals.ANNOTATION_SET__ANNOTATIONS, span);
	}

	/**
	 * Labels the whole document in the label's layer, one label per layer: a new accepted document label, or
	 * the one already there accepted (the same label, proposed) or corrected to this label (another label).
	 * Unexecutable when the set already holds exactly this decision.
	 */
	public static Command labelDocument(EditingDomain domain, AnnotationSet set, Label label, String who, Date when) {
		for (Annotation a : set.getAnnotations()) {
			if (a instanceof DocumentLabel d && a.getLabel() != null && a.getLabel().getLayer() == label.getLayer()
					&& a.getStatus() != AnnotationStatus.REJECTED) {
				if (a.getLabel() != label) {
					return relabel(domain, a, label, who, when);
				}
				return a.getStatus() == AnnotationStatus.PROPOSED ? accept(domain, a, who, when)
						: UnexecutableCommand.INSTANCE;
			}
		}
		DocumentLabel made = AssayFactory.eINSTANCE.createDocumentLabel();
		made.setLabel(label);
		made.setStatus(AnnotationStatus.ACCEPTED);
		Provenance p = newProvenance(who, when);
		p.setDecidedBy(who);
		p.setDecided(when);
		made.setProvenance(p);
		CompoundCommand command = new CompoundCommand("Label the document " + label.getName());
		command.append(AddCommand.create(domain, set, AssayPackage.Literals.ANNOTATION_SET__ANNOTATIONS, made));
		return command;
	}

	/**
	 * Rejects a claim with what its links point at that is still undecided (its source and cue) and the links
	 * themselves: one command, one undo.
	 */
	public static Command rejectWithParts(EditingDomain domain, Annotation claim, String who, Date when) {
		CompoundCommand command = new CompoundCommand("Reject the claim with its parts");
		command.append(reject(domain, claim, who, when));
		for (Annotation part : parts(claim)) {
			command.append(reject(domain, part, who, when));
		}
		return command;
	}

	/** The links from an annotation, and their targets, that are not decided yet. */
	public static List<Annotation> parts(Annotation from) {
		List<Annotation> parts = new ArrayList<>();
		if (from.eContainer() instanceof AnnotationSet set) {
			for (Annotation a : set.getAnnotations()) {
				if (a instanceof Link l && l.getSource() == from) {
					if (l.getStatus() == AnnotationStatus.PROPOSED) {
						parts.add(l);
					}
					if (l.getTarget() != null && l.getTarget().getStatus() == AnnotationStatus.PROPOSED
							&& !parts.contains(l.getTarget())) {
						parts.add(l.getTarget());
					}
				}
			}
		}
		return parts;
	}

	/**
	 * Links a claim to its claimant or cue (any role): a new accepted link with the annotator as author. A role
	 * a claim has once (claimant, cue, refersTo) replaces the claim's earlier link of that role.
	 */
	public static Command link(EditingDomain domain, Annotation from, Annotation to, String role, String who, Date when) {
		AnnotationSet set = (AnnotationSet) from.eContainer();
		CompoundCommand command = new CompoundCommand("Link " + role);
		List<Annotation> old = new ArrayList<>();
		for (Annotation other : set.getAnnotations()) {
			if (other instanceof Link l && l.getSource() == from && role.equals(l.getRole())) {
				old.add(l);
			}
		}
		if (!old.isEmpty()) {
			command.append(RemoveCommand.create(domain, set, AssayPackage.Literals.ANNOTATION_SET__ANNOTATIONS, old));
		}
		Link link = Links.create(role, from, to, AnnotationStatus.ACCEPTED);
		Provenance p = newProvenance(who, when);
		p.setDecidedBy(who);
		p.setDecided(when);
		link.setProvenance(p);
		command.append(AddCommand.create(domain, set, AssayPackage.Literals.ANNOTATION_SET__ANNOTATIONS, link));
		return command;
	}

	/**
	 * Removes an annotation and the links that start or end at it. An engine's proposal (or what an annotator
	 * decided of one) is not removed but rejected: the set keeps the record, so that the engine is not
	 * proposing it again on the next run and its precision can be read off.
	 */
	public static Command delete(EditingDomain domain, Annotation a, String who, Date when) {
		if (fromEngine(a)) {
			return a.getStatus() == AnnotationStatus.REJECTED ? UnexecutableCommand.INSTANCE
					: decide(domain, a, AnnotationStatus.REJECTED, false, who, when, "Delete (reject the proposal)");
		}
		AnnotationSet set = (AnnotationSet) a.eContainer();
		List<Annotation> gone = new ArrayList<>();
		gone.add(a);
		for (Annotation other : set.getAnnotations()) {
			if (other instanceof Link l && (l.getSource() == a || l.getTarget() == a)) {
				gone.add(l);
			}
		}
		return RemoveCommand.create(domain, set, AssayPackage.Literals.ANNOTATION_SET__ANNOTATIONS, gone);
	}

	/**
	 * Sets a feature's value as text (a claim's type); null or empty removes it. An edit of a value, not a
	 * decision: status and provenance stay as they are.
	 */
	public static Command setFeature(EditingDomain domain, Annotation a, String name, String value) {
		boolean clear = value == null || value.isEmpty();
		int index = a.getFeatures().indexOfKey(name);
		if (index < 0) {
			if (clear) {
				return UnexecutableCommand.INSTANCE;
			}
			@SuppressWarnings("unchecked")
			BasicEMap.Entry<String, String> entry = (BasicEMap.Entry<String, String>) EcoreUtil
					.create(EcorePackage.Literals.ESTRING_TO_STRING_MAP_ENTRY);
			entry.setKey(name);
			entry.setValue(value);
			return labelled(AddCommand.create(domain, a, AssayPackage.Literals.ANNOTATION__FEATURES, entry), name);
		}
		Map.Entry<String, String> entry = a.getFeatures().get(index);
		if (clear) {
			return labelled(RemoveCommand.create(domain, a, AssayPackage.Literals.ANNOTATION__FEATURES, entry), name);
		}
		return labelled(SetCommand.create(domain, entry, EcorePackage.Literals.ESTRING_TO_STRING_MAP_ENTRY__VALUE, value),
				name);
	}

	private static Command labelled(Command command, String feature) {
		CompoundCommand named = new CompoundCommand("Set " + feature);
		named.append(command);
		return named;
	}

	private static CompoundCommand decide(EditingDomain domain, Annotation a, AnnotationStatus status,
			boolean correction, String who, Date when, String name) {
		Provenance p = a.getProvenance() == null ? newProvenance(who, when) : EcoreUtil.copy(a.getProvenance());
		p.setDecidedBy(who);
		p.setDecided(when);
		if (correction && p.getProposed() == null) {
			p.setProposed(snapshot(a));
		}
		CompoundCommand command = new CompoundCommand(name);
		command.append(SetCommand.create(domain, a, AssayPackage.Literals.ANNOTATION__PROVENANCE, p));
		command.append(SetCommand.create(domain, a, AssayPackage.Literals.ANNOTATION__STATUS, status));
		return command;
	}

	private static boolean fromEngine(Annotation a) {
		Provenance p = a.getProvenance();
		return p != null && (p.getOrigin() == Origin.ENGINE || p.getSourceSet() != null);
	}

	private static Provenance newProvenance(String who, Date when) {
		Provenance p = AssayFactory.eINSTANCE.createProvenance();
		p.setOrigin(Origin.ANNOTATOR);
		p.setAuthor(who);
		p.setCreated(when);
		return p;
	}

	/** What the annotation is now, as a correction records what was proposed: its label and fragments. */
	public static Proposal snapshot(Annotation a) {
		Proposal proposal = AssayFactory.eINSTANCE.createProposal();
		proposal.setLabel(a.getLabel());
		if (a instanceof Span s) {
			for (Fragment f : s.getFragments()) {
				proposal.getFragments().add(EcoreUtil.copy(f));
			}
		}
		return proposal;
	}
}
