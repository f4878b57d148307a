/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.store.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.assay.store.AtomicFiles;
import org.assay.store.SafePaths;

/**
 * Makes several file writes one unit: while a unit is open, files are written into {@code .assay-staging/}, then
 * committed by first writing the list of them, {@code COMMIT}, and only then moving each into place. An
 * interrupted unit is settled on the next open: without its list nothing had been moved, and the staging folder is
 * removed (rolled back); with it, the moves are completed (rolled forward). Either way the project holds all of the
 * unit or none of it.
 * <p>
 * The staged files lie side by side in the staging folder, numbered in the order they were first staged
 * ({@code 1}, {@code 2}, ...), and the list, after its first line {@link #LIST_HEADER}, names on its line
 * {@code n + 1} the project file that staged file {@code n} becomes. (Before, the staged files kept their paths
 * relative to the project, which cost a folder made and removed in the staging area for every document of an
 * import, about 2 ms each on the development machine; a list without the header line is of that form, one project
 * file a line, each staged under its own path, and is still settled.)
 */
public final class Staging {

	public static final String FOLDER = ".assay-staging";
	private static final String COMMIT = "COMMIT";
	/**
	 * The first line of a list whose staged files are numbered. It is an absolute path, which an Assay that
	 * knows only the older list refuses (naming the list and line 1, nothing moved) rather than misreads.
	 */
	static final String LIST_HEADER = "/assay-staging/numbered";

	private final Path project;
	private final Path folder;
	/** The project files staged so far (relative to the project, '/'-separated), each with its staged file. */
	private final Map<String, Path> staged = new LinkedHashMap<>();
	/** A staged file's bytes, gathered here and written with one call; reused from file to file. */
	private final Bytes bytes = new Bytes();
	private final Writer writer = new Writer();

	private Staging(Path project) {
		this.project = project;
		this.folder = project.resolve(FOLDER);
	}

	/** Opens a unit in a project folder; one left from an interrupted unit is settled first. */
	public static Staging begin(Path project) throws IOException {
		settle(project);
		Staging s = new Staging(project);
		Files.createDirectories(s.folder);
		return s;
	}

	/** Where a project file is written while the unit is open: the same file each time it is staged. */
	public Path stage(Path file) {
		String relative = project.relativize(file).toString().replace('\\', '/');
		return staged.computeIfAbsent(relative, r -> folder.resolve(Integer.toString(staged.size() + 1)));
	}

	/**
	 * Writes a project file's staged copy, plainly: it is made durable with all the others at the commit, and a
	 * unit that fails or is killed before its list is written is thrown away whole. The content is made here, on
	 * the caller's thread (it reads the model); the file is created and written by the unit's writer thread, in
	 * order, so that the next file's content is made while the system writes this one. A write that failed is
	 * reported by the next call or by the commit.
	 */
	public void write(Path file, AtomicFiles.Content content) throws IOException {
		Path target = stage(file);
		bytes.reset();
		content.writeTo(bytes);
		writer.put(target, bytes.toByteArray());
	}

	/** A byte buffer that keeps its array between files. */
	private static final class Bytes extends ByteArrayOutputStream {
		Bytes() {
			super(64 * 1024);
		}

		@Override
		public void close() {
			// the content's writer closes what it was given; the buffer stays for the next file
		}
	}

	/**
	 * Writes staged files on a thread of its own, in the order given; at most {@link #PENDING} wait, so memory
	 * stays bounded.
	 */
	private static final class Writer {
		private static final int PENDING = 64;
		private static final Object[] END = {};

		private final BlockingQueue<Object[]> queue = new ArrayBlockingQueue<>(PENDING);
		private Thread thread;
		private volatile IOException failed;

		void put(Path target, byte[] content) throws IOException {
			check();
			if (thread == null) {
				thread = new Thread(this::run, "assay-staging-writer");
				thread.setDaemon(true);
				thread.start();
			}
			try {
				queue.put(new Object[] { target, content });
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new java.io.InterruptedIOException("interrupted while staging " + target);
			}
		}

		/** Waits until every file given is written (or the writer stopped on a failure), then reports a failure. */
		void finish() throws IOException {
			if (thread != null) {
				boolean interrupted = false;
				while (thread.isAlive()) {
					try {
						if (failed == null) {
							queue.offer(END, 100, TimeUnit.MILLISECONDS);
						}
						thread.join(100);
					} catch (InterruptedException e) {
						interrupted = true; // the files must be settled before the caller goes on
					}
				}
				if (interrupted) {
					Thread.currentThread().interrupt();
				}
				thread = null;
			}
			check();
		}

		private void check() throws IOException {
			IOException e = failed;
			if (e != null) {
				throw new IOException(e.getMessage(), e);
			}
		}

		private void run() {
			try {
				for (Object[] job = queue.take(); job != END; job = queue.take()) {
					Files.write((Path) job[0], (byte[]) job[1]);
				}
			} catch (IOException e) {
				failed = e;
				queue.clear();
			} catch (InterruptedException e) {
				failed = new java.io.InterruptedIOException("the staging writer was interrupted");
			}
		}
	}

	/**
	 * Commits: every staged file forced to disk (at once where the system allows, {@link Durability}), then the
	 * list (forced), then every file moved into place, then the folder removed.
	 */
	public List<Path> commit() throws IOException {
		try {
			writer.finish();
			Durability.force(staged.values());
			StringBuilder list = new StringBuilder(LIST_HEADER);
			for (String relative : staged.keySet()) {
				list.append('\n').append(relative);
			}
			AtomicFiles.write(folder.resolve(COMMIT), list.toString().getBytes(StandardCharsets.UTF_8));
		} catch (IOException e) {
			// a write that failed on the writer thread (the disk full) shows here; nothing has moved yet, so the
			// unit is given up whole now rather than left for the next open
			try {
				rollBack();
			} catch (IOException left) {
				e.addSuppressed(left); // the next open removes it
			}
			throw e;
		}
		List<Path> moved = moveAll(project, new ArrayList<>(staged.keySet()), new ArrayList<>(staged.values()), false);
		remove(folder);
		return moved;
	}

	/** Gives the unit up: nothing it staged reaches the project. */
	public void rollBack() throws IOException {
		try {
			writer.finish(); // nothing may still be writing into the folder removed
		} catch (IOException e) {
			// the unit is given up: what failed to be written does not matter
		}
		remove(folder);
	}

	/**
	 * Settles what an interrupted unit left: completes it when its list was written, removes it otherwise.
	 * Returns whether there was anything to settle.
	 */
	public static boolean settle(Path project) throws IOException {
		Path folder = project.resolve(FOLDER);
		if (!Files.isDirectory(folder)) {
			return false;
		}
		Path commit = folder.resolve(COMMIT);
		if (Files.isRegularFile(commit)) {
			String list = Files.readString(commit, StandardCharsets.UTF_8);
			List<String> lines = list.isEmpty() ? List.of() : List.of(list.split("\n"));
			List<Path> from = new ArrayList<>();
			if (!lines.isEmpty() && lines.get(0).equals(LIST_HEADER)) { // staged file n on line n + 1
				lines = lines.subList(1, lines.size());
				checked(project, commit, lines, 1);
				for (int n = 1; n <= lines.size(); n++) {
					from.add(folder.resolve(Integer.toString(n)));
				}
			} else { // the older list: each file staged under its own path
				checked(project, commit, lines, 0);
				for (String relative : lines) {
					from.add(folder.resolve(relative));
				}
			}
			moveAll(project, lines, from, true);
		}
		remove(folder);
		return true;
	}

	/** A list that names something other than a project file (damaged, or made by hand), refused before any move. */
	public static final class DamagedListException extends IOException {

		private static final long serialVersionUID = 1L;

		private final transient Path file;
		private final int line;

		DamagedListException(Path file, int line, String message) {
			super(message);
			this.file = file;
			this.line = line;
		}

		public Path file() {
			return file;
		}

		public int line() {
			return line;
		}
	}

	/**
	 * Every line must be a relative path to a file of the project, outside the staging folder; {@code before} lines
	 * of the list come before the first of them.
	 */
	private static void checked(Path project, Path commit, List<String> relatives, int before) throws IOException {
		for (int i = 0; i < relatives.size(); i++) {
			String relative = relatives.get(i);
			String why = null;
			try {
				Path p = Path.of(relative);
				Path to = project.resolve(p).normalize();
				if (relative.isEmpty() || p.isAbsolute() || !to.startsWith(project) || to.equals(project)
						|| to.startsWith(project.resolve(FOLDER))) {
					why = "not a file of the project";
				} else {
					SafePaths.requireInside(project, to);
				}
			} catch (SafePaths.OutsideException e) {
				why = "outside the project through a symbolic link";
			} catch (InvalidPathException e) {
				why = "not a file name";
			}
			if (why != null) {
				throw new DamagedListException(commit, before + i + 1, "the list of an interrupted change is damaged: '"
						+ relative.replace("\0", "\\0") + "' is " + why + "; nothing of that change was moved. "
						+ "Remove the folder " + FOLDER + " to give the change up");
			}
		}
	}

	/**
	 * Moves the staged files ({@code from}) into place ({@code relatives}, in the same order). Each target folder
	 * is made, and checked to lead nowhere outside the project, once, before the first move into it: by
	 * {@link FolderMaker} on a thread of its own when there are many (an import's folder per document), so that
	 * the system makes the next folders while it moves files into the last. When {@code resumed} (completing an
	 * interrupted commit) a file no longer staged was moved before the interruption and is skipped.
	 */
	private static List<Path> moveAll(Path project, List<String> relatives, List<Path> staged, boolean resumed)
			throws IOException {
		List<Path> targets = new ArrayList<>(relatives.size());
		for (String relative : relatives) {
			targets.add(project.resolve(relative));
		}
		List<Path> moved = new ArrayList<>();
		try (FolderMaker folders = new FolderMaker(project, targets)) {
			for (int i = 0; i < targets.size(); i++) {
				Path from = staged.get(i);
				Path to = targets.get(i);
				if (resumed && !Files.exists(from)) {
					continue; // moved before an interruption
				}
				folders.await(to.getParent());
				Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
				moved.add(to);
			}
		}
		return moved;
	}

	private static void remove(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> all = Files.walk(folder)) {
			for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
				try {
					Files.delete(p);
				} catch (NoSuchFileException e) {
					// gone already
				}
			}
		}
	}
}
