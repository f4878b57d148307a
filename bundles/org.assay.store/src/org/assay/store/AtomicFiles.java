/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.store;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;

/**
 * Writes a file so that a crash at any moment leaves either the old file or the new one, never a mix: the
 * content goes to a hidden temporary file beside the target, is forced to disk, and is renamed over it.
 */
public final class AtomicFiles {

	/** Prefix of temporary files; readers skip files that start with it. */
	public static final String TEMP_PREFIX = ".assay-tmp-";

	/** Writes the content of a file. */
	@FunctionalInterface
	public interface Content {
		void writeTo(OutputStream out) throws IOException;
	}

	/** How old a temporary file is before it counts as a killed write's. */
	private static final Duration TEMP_AGE = Duration.ofMinutes(5);

	private static final SecureRandom RANDOM = new SecureRandom();

	/**
	 * The write buffer: most project files are a few kilobytes, and a 64 KB buffer made and cleared for each of the
	 * 90,000 files of a corpus import was a quarter of the import's CPU time (JFR).
	 */
	private static final int BUFFER = 8192;

	private AtomicFiles() {
	}

	/** Writes atomically and forces the content to disk before the rename: for the project's own files. */
	public static void write(Path target, Content content) throws IOException {
		write(target, content, true);
	}

	/**
	 * Writes atomically, without forcing to disk: for exports, which can be written again, where one fsync per
	 * file of a corpus of thousands costs more than the writing.
	 */
	public static void writeExport(Path target, Content content) throws IOException {
		write(target, content, false);
	}

	private static void write(Path target, Content content, boolean force) throws IOException {
		Path dir = target.toAbsolutePath().getParent();
		Files.createDirectories(dir);
		Path temp = null;
		boolean done = false;
		try {
			temp = createTemp(dir, target);
			try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
					StandardOpenOption.TRUNCATE_EXISTING)) {
				OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), BUFFER);
				content.writeTo(new FilterOutputStream(out) {
					@Override
					public void write(byte[] b, int off, int len) throws IOException {
						out.write(b, off, len);
					}

					@Override
					public void close() throws IOException {
						out.flush(); // the channel is forced and closed below, not by the writer
					}
				});
				out.flush();
				if (force) {
					channel.force(true);
				}
			}
			keepPermissions(target, temp);
			try {
				Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
			}
			done = true;
		} catch (FileSystemException e) {
			throw aboutTarget(e, target);
		} finally {
			if (!done && temp != null) {
				Files.deleteIfExists(temp);
			}
		}
	}

	/**
	 * A new hidden file beside the target, created as any file is, with the permissions the umask gives (not
	 * {@code Files.createTempFile}'s 0600, which a teammate cannot read).
	 */
	private static Path createTemp(Path dir, Path target) throws IOException {
		while (true) {
			Path temp = dir.resolve(TEMP_PREFIX + target.getFileName() + "-" + Long.toUnsignedString(RANDOM.nextLong()) + ".tmp");
			try {
				return Files.createFile(temp);
			} catch (FileAlreadyExistsException e) {
				// taken: another name
			}
		}
	}

	/** A file saved again keeps the permissions someone gave it. */
	private static void keepPermissions(Path target, Path temp) throws IOException {
		try {
			Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
		} catch (NoSuchFileException | UnsupportedOperationException e) {
			// a new file, or a file system without POSIX permissions: as created
		}
	}

	/** The problem told of the target: the temporary file is no name a user knows. */
	private static FileSystemException aboutTarget(FileSystemException e, Path target) {
		if (e.getFile() == null || !e.getFile().contains(TEMP_PREFIX)) {
			return e;
		}
		FileSystemException told = new FileSystemException(target.toString(), null, IoReasons.of(e));
		told.initCause(e);
		return told;
	}

	/**
	 * Removes the temporary files that killed writes left in a folder and its sub-folders down to {@code depth}. One
	 * younger than five minutes may be another process's write in progress, and stays (readers skip them all).
	 * Symbolic links are not followed; what cannot be removed stays, harming nothing.
	 */
	public static void removeOldTemporaryFiles(Path dir, int depth) {
		Instant before = Instant.now().minus(TEMP_AGE);
		try (Stream<Path> files = Files.walk(dir, depth)) {
			files.filter(p -> p.getFileName().toString().startsWith(TEMP_PREFIX)).forEach(p -> {
				try {
					BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
					if (a.isRegularFile() && a.lastModifiedTime().toInstant().isBefore(before)) {
						Files.delete(p);
					}
				} catch (IOException e) {
					// it stays
				}
			});
		} catch (IOException | UncheckedIOException e) {
			// they stay
		}
	}

	public static void write(Path target, byte[] bytes) throws IOException {
		write(target, out -> out.write(bytes));
	}

	public static void writeExport(Path target, byte[] bytes) throws IOException {
		writeExport(target, out -> out.write(bytes));
	}
}
