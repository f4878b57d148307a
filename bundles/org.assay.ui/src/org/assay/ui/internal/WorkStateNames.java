/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.internal;

import org.assay.model.WorkState;

/** A set's state as the workbench says it ("in progress"), not as its file writes it ("in-progress"). */
public final class WorkStateNames {

	private WorkStateNames() {
	}

	public static String of(WorkState state) {
		return switch (state) {
		case NEW -> Messages.workState_new;
		case IN_PROGRESS -> Messages.workState_inProgress;
		case DONE -> Messages.workState_done;
		};
	}
}
