/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.store;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;


/**
 * The lock of a whole project, held by a command that changes it (an import, an engine run, training), so that a
 * second one is refused, naming the holder, instead of two writers losing each other's work. It is an operating
 * system lock ({@link FileChannel#tryLock()}) on the file {@value #FILE} in the project folder: it ends with the
 * process, however that ends. The file stays; it holds the current holder's process, host and command.
 */
public final class ProjectLock implements AutoCloseable {

	/** The lock file in the project folder. */
	public static final String FILE = ".assay-lock";

	private final Path file;
	private final FileChannel channel;
	private final FileLock lock;

	private ProjectLock(Path file, FileChannel channel, FileLock lock) {
		this.file = file;
		this.channel = channel;
		this.lock = lock;
	}

	/**
	 * Takes the lock of the project in {@code dir} for {@code command} (as the user typed it, for example
	 * {@code assay import}).
	 *
	 * @throws StoreException naming the holder, if another command holds it, or why the lock file cannot be made
	 */
	public static ProjectLock acquire(Path dir, String command) throws StoreException {
		Path file = dir.resolve(FILE);
		FileChannel channel = null;
		try {
			channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
			FileLock lock;
			try {
				lock = channel.tryLock();
			} catch (OverlappingFileLockException e) {
				lock = null; // held in this very process
			}
			if (lock == null) {
				channel.close();
				throw new StoreException(dir, "is in use by " + holder(file) + "; wait until it is done, then run this again",
						null);
			}
			String me = "pid " + ProcessHandle.current().pid() + " on " + host() + " since "
					+ Instant.now().truncatedTo(ChronoUnit.SECONDS) + ": " + command;
			channel.truncate(0);
			channel.write(ByteBuffer.wrap((me + "\n").getBytes(StandardCharsets.UTF_8)), 0);
			return new ProjectLock(file, channel, lock);
		} catch (IOException e) {
			close(channel);
			throw new StoreException(file, "cannot lock the project: " + IoReasons.of(e), e);
		}
	}

	/** Who holds the lock, as its file says. */
	private static String holder(Path file) {
		try {
			String line = Files.readString(file, StandardCharsets.UTF_8).strip();
			int colon = line.indexOf(": ");
			if (colon > 0) {
				return "'" + line.substring(colon + 2) + "' (" + line.substring(0, colon) + ")";
			}
		} catch (IOException e) {
			// said below
		}
		return "another command (its details are not written yet)";
	}

	private static String host() {
		try {
			return InetAddress.getLocalHost().getHostName();
		} catch (IOException e) {
			return "an unknown host";
		}
	}

	private static void close(FileChannel channel) {
		if (channel != null) {
			try {
				channel.close();
			} catch (IOException e) {
				// closing releases the lock; nothing more to do
			}
		}
	}

	/** The lock file. */
	public Path file() {
		return file;
	}

	/** Releases the lock; its file stays, emptied (deleting it would let two processes lock two files). */
	@Override
	public void close() {
		try {
			if (lock.isValid()) {
				channel.truncate(0);
				lock.release();
			}
		} catch (IOException e) {
			// the lock ends with the channel anyway
		} finally {
			close(channel);
		}
	}
}
