/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.formats;

import java.nio.file.Path;

/** Input that a reader cannot take; the message names the file and line. */
public class FormatException extends Exception {

	private static final long serialVersionUID = 1L;

	private final Path file;
	private final int line;

	public FormatException(Path file, int line, String message) {
		this(file, line, message, null);
	}

	public FormatException(Path file, int line, String message, Throwable cause) {
		super(message, cause);
		this.file = file;
		this.line = line;
	}

	public Path file() {
		return file;
	}

	/** 1-based, or -1 where no line applies. */
	public int line() {
		return line;
	}

	public String reason() {
		return super.getMessage();
	}

	@Override
	public String getMessage() {
		return (file == null ? "" : file + (line > 0 ? ":" + line : "") + ": ") + reason();
	}
}
