/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.model.support;

import java.util.Collection;

import org.assay.model.Annotation;
import org.assay.model.AnnotationSet;
import org.assay.model.AnnotationStatus;
import org.assay.model.Document;
import org.assay.model.SetKind;
import org.assay.model.Span;
import org.assay.model.WorkState;

/**
 * Where work on a document stands in a set, as every reader should take it: what the set says, except that a set
 * still marked new in which anything is decided is in progress. The document editor marks a set in progress at its
 * first decision; a set saved before it did, or written by another tool, says new with decisions in it, and its
 * annotator has started all the same.
 */
public final class WorkStates {

	private WorkStates() {
	}

	/** The set's state: new when there is no set, in progress when it says new but holds a decision. */
	public static WorkState of(AnnotationSet set) {
		if (set == null) {
			return WorkState.NEW;
		}
		if (set.getState() != WorkState.NEW) {
			return set.getState();
		}
		for (Annotation a : set.getAnnotations()) {
			if (a.getStatus() != AnnotationStatus.PROPOSED) {
				return WorkState.IN_PROGRESS;
			}
		}
		return WorkState.NEW;
	}

	/**
	 * Whether every set of these names that people decide is in the document and marked done (an engine's set
	 * is as done as it gets): a document to measure finished work on.
	 */
	public static boolean doneIn(Document document, Collection<String> setNames) {
		for (String name : setNames) {
			if (SetNames.kindOf(name) == SetKind.ENGINE) {
				continue;
			}
			AnnotationSet set = SetNames.find(document, name);
			if (set == null || set.getState() != WorkState.DONE) {
				return false;
			}
		}
		return true;
	}

	/** Whether anyone has started on the set: it is in progress or done, or holds a decision. */
	public static boolean started(AnnotationSet set) {
		return of(set) != WorkState.NEW;
	}

	/**
	 * How far an annotator's work on a document has gone in a set still in progress: the offset before which
	 * they have decided every proposal and been through the text, as one who works from the top down does. It is
	 * the start of the line (paragraph) that holds the first proposal still open or the end of the furthest span
	 * a person decided, whichever line comes first: that line may still hold a name nobody has marked. 0 when
	 * nothing is decided.
	 */
	public static int reach(AnnotationSet set) {
		String text = ((Document) set.eContainer()).getText();
		int furthest = -1;
		int firstOpen = text.length();
		for (Annotation a : set.getAnnotations()) {
			if (!(a instanceof Span s) || s.getFragments().isEmpty()) {
				continue;
			}
			if (a.getStatus() == AnnotationStatus.PROPOSED) {
				firstOpen = Math.min(firstOpen, Spans.begin(s));
			} else if (a.getProvenance() != null && a.getProvenance().getDecidedBy() != null) {
				furthest = Math.max(furthest, Spans.end(s) - 1);
			}
		}
		if (furthest < 0) {
			return 0;
		}
		return text.lastIndexOf('\n', Math.min(furthest, firstOpen)) + 1;
	}
}
