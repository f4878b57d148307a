/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.store.internal;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Objects;

/**
 * What a file looked like when it was read or written: its identity (inode), size and modification time. Every
 * save replaces a file by a new one, so another writer's save changes at least the identity.
 *
 * @param key the file system's identity of the file, or null where it has none
 * @param size the size in bytes
 * @param modified the last modification
 * @param seen when this stamp was taken, for messages
 */
public record FileStamp(Object key, long size, FileTime modified, Instant seen) {

	/** The stamp of a file now, or null if there is no such file. */
	public static FileStamp of(Path file) throws IOException {
		try {
			BasicFileAttributes a = java.nio.file.Files.readAttributes(file, BasicFileAttributes.class);
			return new FileStamp(a.fileKey(), a.size(), a.lastModifiedTime(), Instant.now());
		} catch (NoSuchFileException e) {
			return null;
		}
	}

	/** Whether both stamps describe the same content, either being null for no file. */
	public static boolean same(FileStamp a, FileStamp b) {
		if (a == null || b == null) {
			return a == b;
		}
		return Objects.equals(a.key, b.key) && a.size == b.size && a.modified.equals(b.modified);
	}
}
