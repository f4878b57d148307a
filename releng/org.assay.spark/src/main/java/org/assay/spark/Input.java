/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.spark;

import java.io.Serializable;

/**
 * A document as the job reads it: id, title (may be null) and text, or, when it could not be read, the
 * problem instead of the text; such a document is reported with its id, and the job goes on.
 */
public record Input(String id, String title, String text, String problem) implements Serializable {

	public static Input of(String id, String text) {
		return new Input(id, null, text, null);
	}

	public static Input failed(String id, String problem) {
		return new Input(id, null, null, problem);
	}
}
