/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.internal.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.assay.model.Annotation;
import org.assay.model.AnnotationSet;
import org.assay.model.AnnotationStatus;
import org.assay.model.DocumentLabel;
import org.assay.model.Label;
import org.assay.model.Layer;
import org.assay.model.Link;
import org.assay.model.Span;

/**
 * What the editor's legend and status line and the Labels view show of a set, counted in one pass: the spans of
 * each label by status, the document's own labels, how many annotations are still proposed and how many of those
 * the confidence threshold hides. The editor counts once after each burst of changes and everyone reads that.
 */
public final class SetTally {

	private static final int PROPOSED = 0;
	private static final int DECIDED = 1;
	private static final int REJECTED = 2;

	private final Map<Label, int[]> spans = new HashMap<>();
	private final List<Annotation> documentLabels = new ArrayList<>();
	private int annotations;
	private int links;
	private int proposed;
	private int hidden;

	private SetTally() {
	}

	/** Counts a set (null: an empty tally); proposals below {@code minConfidence} are counted as hidden. */
	public static SetTally of(AnnotationSet set, double minConfidence) {
		SetTally t = new SetTally();
		if (set == null) {
			return t;
		}
		List<Annotation> all = set.getAnnotations();
		for (int i = 0; i < all.size(); i++) {
			Annotation a = all.get(i);
			if (a instanceof Link) {
				t.links++; // a claim's claimant and cue: decided with the claim, counted apart
				continue;
			}
			t.annotations++;
			AnnotationStatus status = a.getStatus();
			if (status == AnnotationStatus.PROPOSED) {
				t.proposed++;
				t.hidden += AnnotationCursor.belowThreshold(a, minConfidence) ? 1 : 0;
			}
			Label label = a.getLabel();
			if (label == null) {
				continue;
			}
			if (a instanceof DocumentLabel) {
				if (status != AnnotationStatus.REJECTED) {
					t.documentLabels.add(a);
				}
			} else if (a instanceof Span) {
				int which = status == AnnotationStatus.PROPOSED ? PROPOSED : status == AnnotationStatus.REJECTED ? REJECTED : DECIDED;
				t.spans.computeIfAbsent(label, k -> new int[3])[which]++;
			}
		}
		return t;
	}

	/** The set's spans and document labels: what the legend and the palette count, links left out. */
	public int annotations() {
		return annotations;
	}

	/** The set's links (a claim's claimant and cue, a pronoun's referent). */
	public int links() {
		return links;
	}

	/** Spans and document labels still proposed. */
	public int proposed() {
		return proposed;
	}

	/** Proposals the confidence threshold hides. */
	public int hidden() {
		return hidden;
	}

	/** The document labels nobody rejected, in the set's order. */
	public List<Annotation> documentLabels() {
		return documentLabels;
	}

	/** The labels that have spans, whatever their status. */
	public Iterable<Label> spanLabels() {
		return spans.keySet();
	}

	/** Spans of the label, whatever their status. */
	public int spans(Label label) {
		int[] c = spans.get(label);
		return c == null ? 0 : c[PROPOSED] + c[DECIDED] + c[REJECTED];
	}

	/** Spans of a label (or of all labels of a layer) still proposed. */
	public int proposed(Object labelOrLayer) {
		return count(labelOrLayer, PROPOSED);
	}

	/** Spans of a label (or of all labels of a layer) accepted or corrected. */
	public int decided(Object labelOrLayer) {
		return count(labelOrLayer, DECIDED);
	}

	private int count(Object labelOrLayer, int which) {
		if (labelOrLayer instanceof Layer layer) {
			int sum = 0;
			for (Label l : layer.getLabels()) {
				sum += count(l, which);
			}
			return sum;
		}
		int[] c = spans.get(labelOrLayer);
		return c == null ? 0 : c[which];
	}
}
