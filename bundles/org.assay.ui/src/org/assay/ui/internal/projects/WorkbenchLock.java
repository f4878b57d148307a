/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.internal.projects;

/**
 * How the workbench names itself in a project's lock ({@link org.assay.store.ProjectLock}) while it imports, runs
 * engines or trains: a command line refused by it says "in use by 'the Assay workbench: import ...' (pid ... on
 * host ...)", as the workbench names a command line that holds it.
 */
public final class WorkbenchLock {

	private WorkbenchLock() {
	}

	/** The holder's description for a workbench operation, for example "import conll2003 from eng.train". */
	public static String command(String what) {
		return "the Assay workbench: " + what;
	}
}
