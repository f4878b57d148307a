/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.store;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Keeps files inside their folder. Names that come from data (a document id, a file name kept in a document's
 * properties) become files only through {@link #resolve}, and files a project reads or writes are checked by
 * {@link #requireInside}, so that neither a hostile name nor a symbolic link leads a read or a write outside.
 */
public final class SafePaths {

	private SafePaths() {
	}

	/**
	 * The file of a relative name, possibly with sub-folders, inside the folder. Refuses an empty or absolute
	 * name, a name with a {@code .} or {@code ..} part, and a name whose existing folders lead outside the
	 * folder through a symbolic link.
	 *
	 * @throws OutsideException naming the name and the folder; IOException if a folder cannot be read
	 */
	public static Path resolve(Path folder, String name) throws IOException {
		Path relative;
		try {
			relative = name.isEmpty() || name.startsWith("/") || name.startsWith("\\") ? null : Path.of(name);
		} catch (InvalidPathException e) {
			relative = null;
		}
		if (relative == null || relative.isAbsolute() || relative.getRoot() != null) {
			throw refused(folder, name, "is not a relative file name");
		}
		for (Path part : relative) {
			String p = part.toString();
			if (p.equals("..") || p.equals(".")) {
				throw refused(folder, name, "would lead out of the folder");
			}
		}
		Path file = folder.resolve(relative);
		requireInside(folder, null, file, name);
		return file;
	}

	/**
	 * Checks that a file, with every symbolic link on its way followed, is inside the folder, as far as the file
	 * and its folders exist.
	 *
	 * @return the file
	 * @throws OutsideException naming the file, when it or one of its folders leads outside; IOException if a
	 *         folder cannot be read
	 */
	public static Path requireInside(Path folder, Path file) throws IOException {
		return requireInside(folder, null, file, file.toString());
	}

	/**
	 * The same check for one of many files of a folder whose real path (its links followed) the caller found once:
	 * {@code realFolder} is {@code folder.toRealPath()}.
	 */
	public static Path requireInside(Path folder, Path realFolder, Path file) throws IOException {
		return requireInside(folder, realFolder, file, file.toString());
	}

	private static Path requireInside(Path folder, Path realFolder, Path file, String name) throws IOException {
		Path top = folder.toAbsolutePath().normalize();
		Path existing = file.toAbsolutePath().normalize();
		if (!existing.startsWith(top)) {
			throw refused(folder, name, "is outside the folder");
		}
		while (existing.startsWith(top) && !Files.exists(existing)) {
			existing = existing.getParent();
		}
		if (existing.startsWith(top)
				&& !existing.toRealPath().startsWith(realFolder != null ? realFolder : top.toRealPath())) {
			throw refused(folder, name, "leads outside the folder through a symbolic link");
		}
		return file;
	}

	private static IOException refused(Path folder, String name, String why) {
		return new OutsideException(name, "'" + name + "' " + why + "; Assay reads and writes only inside " + folder);
	}

	/** A name or file that would lead outside its folder. */
	public static final class OutsideException extends FileSystemException {

		private static final long serialVersionUID = 1L;

		OutsideException(String name, String reason) {
			super(name, null, reason);
		}

		@Override
		public String getMessage() {
			return getReason();
		}
	}
}
