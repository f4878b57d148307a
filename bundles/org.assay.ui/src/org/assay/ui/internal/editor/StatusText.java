/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.internal.editor;

import org.assay.model.AnnotationSet;
import org.assay.model.support.WorkStates;
import org.assay.ui.internal.Messages;
import org.assay.ui.internal.WorkStateNames;
import org.eclipse.osgi.util.NLS;

/** The line under the text: which set, how many annotations (and links), how many still proposed, its state. */
final class StatusText {

	private StatusText() {
	}

	static String of(AnnotationSet set, SetTally tally, double minConfidence) {
		int all = tally.annotations();
		int proposed = tally.proposed();
		int hidden = tally.hidden();
		String text = NLS.bind(tally.links() > 0 ? Messages.editor_statusLinks : Messages.editor_status,
				new Object[] { set.getName(), all, proposed, all - proposed, WorkStateNames.of(WorkStates.of(set)), tally.links() });
		return hidden == 0 ? text : text + " \u00b7 " + NLS.bind(Messages.editor_hidden, hidden,
				String.format(java.util.Locale.ROOT, "%.2f", minConfidence));
	}
}
