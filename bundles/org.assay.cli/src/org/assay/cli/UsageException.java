/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.cli;

/** Arguments the verb cannot make sense of; exit code 2. */
public class UsageException extends CommandException {

	private static final long serialVersionUID = 1L;

	public UsageException(String message) {
		super(message);
	}

	@Override
	public int exitCode() {
		return 2;
	}
}
