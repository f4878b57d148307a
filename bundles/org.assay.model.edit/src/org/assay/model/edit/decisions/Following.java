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
import org.assay.text.Segmentation;
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

		public int count() {
			return changed + made + rejected;
		}
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
	 * (accepted, relabelled, resized or marked); null when nothing does or the extent is not whole tokens.
	 *
	 * @param decided the span decided on, left out of the open proposals (null for a span just marked)
	 */
	public static Result labelled(EditingDomain domain, AnnotationSet set, Span decided, Label label, int begin, int end,
			Segmentation tokens, String who, Date when) {
		if (decided != null && decided.getFragments().size() != 1 || !follows(label.getLayer())) {
			return null;
		}
		Words words = Words.of(set, label.getLayer(), decided, tokens);
		int[] at = words.tokens(begin, end);
		if (at == null) {
			return null;
		}
		List<Change> changes = SameWords.labelled(words.tokens, words.sentenceOf, at[0], at[1], label.getName(),
				words.open, words.decided);
		return commands(domain, set, label.getLayer(), words, changes, who, when);
	}

	/** What follows rejecting the span: the open proposals of its label on the same words; null when none. */
	public static Result rejected(EditingDomain domain, Span rejected, Segmentation tokens, String who, Date when) {
		AnnotationSet set = (AnnotationSet) rejected.eContainer();
		Label label = rejected.getLabel();
		if (set == null || label == null || rejected.getFragments().size() != 1 || !follows(label.getLayer())) {
			return null;
		}
		Words words = Words.of(set, label.getLayer(), rejected, tokens);
		int[] at = words.tokens(Spans.begin(rejected), Spans.end(rejected));
		if (at == null) {
			return null;
		}
		return commands(domain, set, label.getLayer(), words,
				SameWords.rejected(words.tokens, words.sentenceOf, at[0], at[1], label.getName(), words.open), who, when);
	}

	private static Result commands(EditingDomain domain, AnnotationSet set, Layer layer, Words words,
			List<Change> changes, String who, Date when) {
		if (changes.isEmpty()) {
			return null;
		}
		CompoundCommand command = new CompoundCommand("Follow on the same words");
		int changed = 0;
		int made = 0;
		int rejected = 0;
		for (Change c : changes) {
			Span was = c.was() == null ? null : words.spans.get(c.was());
			if (c.now() == null) {
				command.append(Decisions.reject(domain, was, who, when));
				rejected++;
				continue;
			}
			Label label = labelNamed(layer, c.now().label());
			int begin = words.begins[c.now().start()];
			int end = words.ends[c.now().end() - 1];
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

	/** The document's tokens and the layer's spans in the set as token extents, open and decided. */
	private static final class Words {
		final String[] tokens;
		final int[] sentenceOf;
		final int[] begins;
		final int[] ends;
		final Segmentation segmentation;
		final List<Extent> open = new ArrayList<>();
		final List<Extent> decided = new ArrayList<>();
		final Map<Extent, Span> spans = new HashMap<>();

		private Words(Segmentation s) {
			segmentation = s;
			tokens = new String[s.tokenCount()];
			sentenceOf = new int[s.tokenCount()];
			for (int i = 0; i < tokens.length; i++) {
				tokens[i] = s.token(i);
				sentenceOf[i] = s.sentenceOf(i);
			}
			begins = s.tokenBegins();
			ends = s.tokenEnds();
		}

		static Words of(AnnotationSet set, Layer layer, Span leftOut, Segmentation s) {
			Words w = new Words(s);
			for (Annotation a : set.getAnnotations()) {
				if (a == leftOut || !(a instanceof Span span) || span.getLabel() == null
						|| span.getLabel().getLayer() != layer || span.getFragments().size() != 1) {
					continue;
				}
				int[] at = w.tokens(Spans.begin(span), Spans.end(span));
				if (at == null) {
					continue;
				}
				Extent e = new Extent(at[0], at[1], span.getLabel().getName());
				if (span.getStatus() == AnnotationStatus.PROPOSED) {
					w.open.add(e);
					w.spans.put(e, span);
				} else {
					w.decided.add(e);
				}
			}
			return w;
		}

		/** The tokens {@code [first, last + 1)} an extent covers exactly, or null if it does not begin and end at tokens. */
		int[] tokens(int begin, int end) {
			if (begins.length == 0 || end <= begin) {
				return null;
			}
			int first = segmentation.tokenAt(begin);
			int last = segmentation.tokenAt(end - 1);
			if (first < 0 || last < 0 || begins[first] != begin || ends[last] != end) {
				return null;
			}
			return new int[] { first, last + 1 };
		}
	}
}
