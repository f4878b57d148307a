/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.model.evaluation;

import java.util.ArrayList;
import java.util.List;

import org.assay.model.Annotation;
import org.assay.model.AnnotationSet;
import org.assay.model.AnnotationStatus;
import org.assay.model.Document;
import org.assay.model.SetKind;
import org.assay.model.support.SetNames;
import org.assay.model.support.WorkStates;

/**
 * Which annotations of a set are its answer, wherever sets are compared (evaluation, agreement, merging). An
 * engine's set counts whole (all it has are proposals); an annotator's set and gold count what was decided,
 * accepted or corrected, and undecided proposals only when asked to, since a proposal nobody looked at is the
 * engine's answer, not the person's. Rejected annotations never count.
 */
public final class Answers {

	private Answers() {
	}

	/** Whether a set's undecided proposals are left out unless asked for: a set people decide (by its name). */
	public static boolean decidedOnly(String setName) {
		return SetNames.kindOf(setName) != SetKind.ENGINE;
	}

	public static boolean counts(AnnotationSet set, Annotation a, boolean proposals) {
		AnnotationStatus s = a.getStatus();
		if (s == AnnotationStatus.REJECTED || a.getLabel() == null && !(a instanceof org.assay.model.Link)) {
			return false;
		}
		return s != AnnotationStatus.PROPOSED || proposals || !decidedOnly(set.getName());
	}

	/**
	 * The set of that name in a document when it gives an answer there, else null. An engine's set always does,
	 * and every set when undecided proposals count; a set people decide does once they have decided anything in it
	 * or marked it in progress or done, and an empty one says "found nothing". One that holds only what engines
	 * offered it, untouched, is no answer: its annotator has not started that document.
	 */
	public static AnnotationSet answering(Document document, String setName, boolean proposals) {
		AnnotationSet set = SetNames.find(document, setName);
		if (set == null || proposals || !decidedOnly(setName) || WorkStates.started(set)) {
			return set;
		}
		return set.getAnnotations().isEmpty() ? set : null; // empty: an answer, "found nothing"; only offers: none yet
	}

	/** The set's answer: the annotations that count. */
	public static List<Annotation> of(AnnotationSet set, boolean proposals) {
		List<Annotation> answer = new ArrayList<>();
		for (Annotation a : set.getAnnotations()) {
			if (counts(set, a, proposals)) {
				answer.add(a);
			}
		}
		return answer;
	}
}
