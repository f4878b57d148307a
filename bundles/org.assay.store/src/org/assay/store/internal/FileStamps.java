/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.store.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;

import org.assay.store.IoReasons;
import org.assay.store.StoreException;

/**
 * How each file of a project looked when it was last read or written, to notice another writer before its work is
 * overwritten. A stamp is the file's identity (inode), size and modification time: every save replaces a file by a
 * new one, so another writer's save changes at least the identity.
 */
public final class FileStamps {

	/** A file as it was seen; {@link #of} gives null for no file. */
	public record Stamp(Object key, long size, FileTime modified, Instant seen) {

		boolean sameFile(Stamp other) {
			return Objects.equals(key, other.key) && size == other.size && modified.equals(other.modified);
		}
	}

	private final Map<Path, Stamp> stamps = new HashMap<>();

	/** The stamp of a file now, or null if there is no such file. Taken before a read, remembered after it. */
	public static Stamp of(Path file) throws StoreException {
		return of(file, Instant.now());
	}

	/** How a file looks, seen at {@code seen}; null if it does not exist. */
	private static Stamp of(Path file, Instant seen) throws StoreException {
		try {
			BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
			return new Stamp(a.fileKey(), a.size(), a.lastModifiedTime(), seen);
		} catch (NoSuchFileException e) {
			return null;
		} catch (IOException e) {
			throw new StoreException(file, "cannot read: " + IoReasons.of(e), e);
		}
	}

	/** Remembers how a file looked when it was read. */
	public void read(Path file, Stamp stamp) {
		stamps.put(file, stamp);
	}

	/** Remembers how a file looks now that it was written. */
	public void wrote(Path file) throws StoreException {
		stamps.put(file, of(file));
	}

	/**
	 * Remembers how files look now that a unit moved them into place: their attributes read on every core (an
	 * import's commit has tens of thousands), the time seen taken once.
	 */
	public void wroteAll(List<Path> files) throws StoreException {
		Instant seen = Instant.now();
		Stamp[] now = new Stamp[files.size()];
		try {
			IntStream.range(0, now.length).parallel().forEach(i -> now[i] = stampOrUnchecked(files.get(i), seen));
		} catch (UncheckedStoreException e) {
			throw e.getCause();
		}
		for (int i = 0; i < now.length; i++) {
			stamps.put(files.get(i), now[i]);
		}
	}

	private static Stamp stampOrUnchecked(Path file, Instant seen) {
		try {
			return of(file, seen);
		} catch (StoreException e) {
			throw new UncheckedStoreException(e);
		}
	}

	private static final class UncheckedStoreException extends RuntimeException {
		private static final long serialVersionUID = 1L;

		UncheckedStoreException(StoreException cause) {
			super(cause);
		}

		@Override
		public synchronized StoreException getCause() {
			return (StoreException) super.getCause();
		}
	}

	/**
	 * Refuses to go on if the file changed, appeared or disappeared on disk since it was read or written here.
	 *
	 * @throws StoreException naming the file and what to do
	 */
	public void checkUnchanged(Path file) throws StoreException {
		if (unchanged(file)) {
			return;
		}
		Stamp known = stamps.get(file);
		Stamp now = of(file);
		String what = known == null ? "was created on disk since this project was opened"
				: now == null ? "was deleted on disk since Assay read it at " + time(known)
				: "changed on disk since Assay read it at " + time(known);
		throw new StoreException(file, what + " (another Assay or program wrote it); not overwritten, so that "
				+ "change is kept: reopen the project and redo yours", null);
	}

	/** Whether the file looks as it did when it was read or written here (both absent counts as unchanged). */
	public boolean unchanged(Path file) throws StoreException {
		Stamp known = stamps.get(file);
		if (known == null) {
			return !Files.exists(file); // a new file (every file of an import): no exception made and caught
		}
		Stamp now = of(file);
		return now != null && known.sameFile(now);
	}

	private static String time(Stamp stamp) {
		return stamp.seen().atZone(ZoneId.systemDefault()).toLocalTime().truncatedTo(ChronoUnit.SECONDS).toString();
	}
}
