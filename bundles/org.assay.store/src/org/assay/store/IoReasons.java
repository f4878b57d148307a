/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * What went wrong with a file, in words, without the file's name (the message around it names the file). Java's
 * file exceptions often carry only the path as their message: "cannot read: /p/gold.json" says nothing of
 * "permission denied".
 */
public final class IoReasons {

	private IoReasons() {
	}

	public static String of(IOException e) {
		if (e instanceof FileSystemException f) {
			return f.getReason() != null ? f.getReason()
					: e instanceof AccessDeniedException ? "permission denied"
					: e instanceof NoSuchFileException ? "no such file or folder"
					: e instanceof FileAlreadyExistsException ? "already exists"
					: e instanceof NotDirectoryException ? "not a folder"
					: e instanceof DirectoryNotEmptyException ? "the folder is not empty"
					: e.getClass().getSimpleName();
		}
		return e.getMessage() != null ? e.getMessage() : e.toString();
	}
}
