/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.cli;

/** A problem that ends a verb, printed as one line naming it; exit code 1. */
public class CommandException extends Exception {

	private static final long serialVersionUID = 1L;

	public CommandException(String message) {
		super(message);
	}

	public CommandException(String message, Throwable cause) {
		super(message, cause);
	}

	/** The process exit code for this problem. */
	public int exitCode() {
		return 1;
	}
}
