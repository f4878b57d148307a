/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.model.edit.decisions;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.assay.model.Annotation;
import org.assay.model.AnnotationSet;
import org.assay.model.AnnotationStatus;
import org.assay.model.AssayFactory;
import org.assay.model.AssayPackage;
import org.assay.model.Document;
import org.assay.model.FeatureType;
import org.assay.model.Label;
import org.assay.model.Layer;
import org.assay.model.LayerKind;
import org.assay.model.Origin;
import org.assay.model.Provenance;
import org.assay.model.Span;
import org.assay.model.support.Spans;
import org.assay.text.SameWords;
import org.assay.text.SameWords.Change;
import org.assay.text.SameWords.Extent;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * The open proposals that follow an annotator's decision on the same words in the same document
 * ({@link SameWords}), as commands to run with the decision, one undo for both. A proposal that follows stays a
 * proposal, for the annotator to confirm: its label or extent changes, and its provenance keeps what the engine
 * proposed ({@code proposed}), so that the Engine Report still counts the engine's proposal as corrected. Where
 * the words had no proposal, a new one is made, from the annotator (origin {@code annotator}, still proposed).
 * Following a rejection rejects the open proposals of that label on the same words, as decided by the annotator.
 * <p>
 * Only a layer of names follows ({@link #follows(Layer)}): in a layer whose spans are linked into structures (the
 * claims' layer, with its claimant and cue), the same words are no same decision: a cue "said" marked once is not
 * every "said" of the document.
 */
public final class Following {

	/** The commands that follow a decision, and how many proposals they change, make or reject. */
	public record Result(Command command, int changed, int made, int rejected) {
	}

	private Following() {
	}

	/** Whether decisions in the layer are followed on the same words: a span layer with no link feature. */
	public static boolean follows(Layer layer) {
		return layer != null && layer.getKind() == LayerKind.SPAN
				&& layer.getFeatures().stream().noneMatch(f -> f.getType() == FeatureType.LINK);
	}

	/**
	 * What follows the decision that {@code [begin, end)} of the set's document is a mention of {@code label}
	 * (accepted, relabelled, resized or marked); null when nothing does.
	 *
	 * @param decided the span decided on, left out of the open proposals (null for a span just marked)
	 */
	public static Result labelled(EditingDomain domain, AnnotationSet set, Span decided, Label label, int begin, int end,
			String who, Date when) {
		if (decided != null && decided.getFragments().size() != 1 || !follows(label.getLayer()) || end <= begin) {
			return null;
		}
		SameWords.Where where = SameWords.where(text(set), begin, end, label.getName());
		if (where.isEmpty()) { // the words stand nowhere else: no walk over the set
			return null;
		}
		Extents spans = Extents.of(set, label.getLayer(), decided, where.touching());
		List<Change> changes = SameWords.labelled(where, spans.open, spans.decided);
		return commands(domain, set, label.getLayer(), spans, changes, who, when);
	}

	/** What follows rejecting the span: the open proposals of its label on the same words; null when none. */
	public static Result rejected(EditingDomain domain, Span rejected, String who, Date when) {
		AnnotationSet set = (AnnotationSet) rejected.eContainer();
		Label label = rejected.getLabel();
		if (set == null || label == null || rejected.getFragments().size() != 1 || !follows(label.getLayer())) {
			return null;
		}
		SameWords.Where where = SameWords.where(text(set), Spans.begin(rejected), Spans.end(rejected), label.getName());
		if (where.words().isEmpty()) { // the words stand nowhere else: no walk over the set
			return null;
		}
		Extents spans = Extents.of(set, label.getLayer(), rejected, where.touching());
		return commands(domain, set, label.getLayer(), spans, SameWords.rejected(where, spans.open), who, when);
	}

	private static String text(AnnotationSet set) {
		return ((Document) set.eContainer()).getText();
	}

	private static Result commands(EditingDomain domain, AnnotationSet set, Layer layer, Extents spans,
			List<Change> changes, String who, Date when) {
		if (changes.isEmpty()) {
			return null;
		}
		CompoundCommand command = new CompoundCommand("Follow on the same words");
		int changed = 0;
		int made = 0;
		int rejected = 0;
		for (Change c : changes) {
			Span was = c.was() == null ? null : spans.spans.get(c.was());
			if (c.now() == null) {
				command.append(Decisions.reject(domain, was, who, when));
				rejected++;
				continue;
			}
			Label label = labelNamed(layer, c.now().label());
			int begin = c.now().begin();
			int end = c.now().end();
			if (was == null) {
				Span span = Spans.create(label, begin, end);
				span.setStatus(AnnotationStatus.PROPOSED);
				Provenance p = AssayFactory.eINSTANCE.createProvenance();
				p.setOrigin(Origin.ANNOTATOR);
				p.setAuthor(who);
				p.setCreated(when);
				span.setProvenance(p);
				command.append(AddCommand.create(domain, set, AssayPackage.Literals.ANNOTATION_SET__ANNOTATIONS, span));
				made++;
				continue;
			}
			Provenance p = was.getProvenance() == null ? null : EcoreUtil.copy(was.getProvenance());
			if (p != null && p.getProposed() == null) {
				p.setProposed(Decisions.snapshot(was));
				command.append(SetCommand.create(domain, was, AssayPackage.Literals.ANNOTATION__PROVENANCE, p));
			}
			if (label != was.getLabel()) {
				command.append(SetCommand.create(domain, was, AssayPackage.Literals.ANNOTATION__LABEL, label));
			}
			if (begin != Spans.begin(was) || end != Spans.end(was)) {
				command.append(SetCommand.create(domain, was, AssayPackage.Literals.SPAN__FRAGMENTS,
						List.of(Spans.fragment(begin, end))));
			}
			changed++;
		}
		return new Result(command, changed, made, rejected);
	}

	private static Label labelNamed(Layer layer, String name) {
		for (Label l : layer.getLabels()) {
			if (l.getName().equals(name)) {
				return l;
			}
		}
		throw new IllegalArgumentException("no label " + name + " in layer " + layer.getName());
	}

	/**
	 * The layer's single-fragment spans in the set as extents, open and decided, of those touching where the words
	 * stand again (the others take no part, and on a long document there are many).
	 */
	private static final class Extents {
		final List<Extent> open = new ArrayList<>();
		final List<Extent> decided = new ArrayList<>();
		final Map<Extent, Span> spans = new HashMap<>();

		static Extents of(AnnotationSet set, Layer layer, Span leftOut, SameWords.Stretches touching) {
			Extents w = new Extents();
			for (Annotation a : set.getAnnotations()) {
				if (a == leftOut || !(a instanceof Span span) || span.getLabel() == null
						|| span.getLabel().getLayer() != layer || span.getFragments().size() != 1) {
					continue;
				}
				int begin = Spans.begin(span);
				int end = Spans.end(span);
				if (!touching.overlap(begin, end)) {
					continue;
				}
				Extent e = new Extent(begin, end, span.getLabel().getName());
				if (span.getStatus() == AnnotationStatus.PROPOSED) {
					w.open.add(e);
					w.spans.put(e, span);
				} else {
					w.decided.add(e);
				}
			}
			return w;
		}
	}
}
