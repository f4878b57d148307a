/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.store;

import java.nio.file.Path;

/**
 * A project file that cannot be read or written. The message names the file and, where known, the line, so
 * that a user can open it and see.
 */
public class StoreException extends Exception {

	private static final long serialVersionUID = 1L;

	private final Path file;
	private final int line;

	public StoreException(Path file, int line, String message, Throwable cause) {
		super(message, cause);
		this.file = file;
		this.line = line;
	}

	public StoreException(Path file, String message, Throwable cause) {
		this(file, -1, message, cause);
	}

	/** The file concerned. */
	public Path file() {
		return file;
	}

	/** The 1-based line in the file, or -1 where no line applies. */
	public int line() {
		return line;
	}

	/** The problem alone, without the file and line. */
	public String reason() {
		return super.getMessage();
	}

	@Override
	public String getMessage() {
		return file + (line > 0 ? ":" + line : "") + ": " + reason();
	}
}
