/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.internal.editor;

/** Who is annotating: recorded with every decision. The system's user name until preferences name one. */
final class Annotators {

	private Annotators() {
	}

	static String current() {
		String name = System.getProperty("assay.annotator");
		return name != null && !name.isBlank() ? name : System.getProperty("user.name", "annotator");
	}
}
