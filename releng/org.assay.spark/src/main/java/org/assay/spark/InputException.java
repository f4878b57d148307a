/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.spark;

/** Input the job cannot start from (no such folder, a JSONL file Assay's reader refuses, no text column); the message names it. */
public class InputException extends Exception {

	private static final long serialVersionUID = 1L;

	public InputException(String message) {
		super(message);
	}

	public InputException(String message, Throwable cause) {
		super(message, cause);
	}
}
