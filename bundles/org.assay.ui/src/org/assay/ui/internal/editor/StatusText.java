/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.internal.editor;

import org.assay.model.Annotation;
import org.assay.model.AnnotationSet;
import org.assay.model.AnnotationStatus;
import org.assay.ui.internal.Messages;
import org.eclipse.osgi.util.NLS;

/** The line under the text: which set, how many annotations, how many still proposed, its state. */
final class StatusText {

	private StatusText() {
	}

	static String of(AnnotationSet set, double minConfidence) {
		int proposed = 0;
		int hidden = 0;
		for (Annotation a : set.getAnnotations()) {
			if (a.getStatus() == AnnotationStatus.PROPOSED) {
				proposed++;
				hidden += AnnotationCursor.belowThreshold(a, minConfidence) ? 1 : 0;
			}
		}
		int all = set.getAnnotations().size();
		String text = NLS.bind(Messages.editor_status,
				new Object[] { set.getName(), all, proposed, all - proposed, set.getState().getLiteral() });
		return hidden == 0 ? text : text + " \u00b7 " + NLS.bind(Messages.editor_hidden, hidden,
				String.format(java.util.Locale.ROOT, "%.2f", minConfidence));
	}
}
