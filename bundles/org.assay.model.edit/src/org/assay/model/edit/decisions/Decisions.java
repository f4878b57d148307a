/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.model.edit.decisions;

import java.util.Date;

import org.assay.model.Annotation;
import org.assay.model.AnnotationStatus;
import org.assay.model.AssayFactory;
import org.assay.model.AssayPackage;
import org.assay.model.Fragment;
import org.assay.model.Label;
import org.assay.model.Origin;
import org.assay.model.Proposal;
import org.assay.model.Provenance;
import org.assay.model.Span;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * An annotator's decisions on an annotation as undoable commands, each recording in the provenance who
 * decided and when, and for a correction what the proposal was before it.
 */
public final class Decisions {

	private Decisions() {
	}

	/** Accepts the annotation as it is. */
	public static Command accept(EditingDomain domain, Annotation a, String who, Date when) {
		return decide(domain, a, AnnotationStatus.ACCEPTED, null, who, when, "Accept");
	}

	/** Rejects the annotation: it stays, struck through, so that an engine's precision can be read off. */
	public static Command reject(EditingDomain domain, Annotation a, String who, Date when) {
		return decide(domain, a, AnnotationStatus.REJECTED, null, who, when, "Reject");
	}

	/** Gives the annotation another label: a correction, keeping the proposal it was. */
	public static Command relabel(EditingDomain domain, Annotation a, Label label, String who, Date when) {
		return decide(domain, a, AnnotationStatus.CORRECTED, label, who, when, "Relabel as " + label.getName());
	}

	private static Command decide(EditingDomain domain, Annotation a, AnnotationStatus status, Label label, String who,
			Date when, String name) {
		Provenance p = a.getProvenance() == null ? newProvenance(who, when) : EcoreUtil.copy(a.getProvenance());
		p.setDecidedBy(who);
		p.setDecided(when);
		if (label != null && p.getProposed() == null && a.getLabel() != label) {
			p.setProposed(snapshot(a));
		}
		CompoundCommand command = new CompoundCommand(name);
		command.append(SetCommand.create(domain, a, AssayPackage.Literals.ANNOTATION__PROVENANCE, p));
		command.append(SetCommand.create(domain, a, AssayPackage.Literals.ANNOTATION__STATUS, status));
		if (label != null) {
			command.append(SetCommand.create(domain, a, AssayPackage.Literals.ANNOTATION__LABEL, label));
		}
		return command;
	}

	private static Provenance newProvenance(String who, Date when) {
		Provenance p = AssayFactory.eINSTANCE.createProvenance();
		p.setOrigin(Origin.ANNOTATOR);
		p.setAuthor(who);
		p.setCreated(when);
		return p;
	}

	/** What the annotation is now: its label and fragments. */
	private static Proposal snapshot(Annotation a) {
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
