/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.store.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.assay.store.SafePaths;

/**
 * Makes the folders a commit moves files into, each checked to lead nowhere outside the project, in the order the
 * moves first need them. With many folders (an import makes one per document under {@code annotations/}) they are
 * made on a thread of its own, ahead of the moves: a {@code mkdir(2)} and a {@code rename(2)} into another folder
 * take different locks in the file system, so the two run side by side. With few, each is made when first
 * awaited, on the caller's thread. The commit is decided before its moves begin (its list is written), so a folder
 * made ahead of a move that then fails is one the commit, completed on the next open, makes anyway.
 */
final class FolderMaker implements AutoCloseable {

	/** From this many folders on, they are made on a thread of their own. */
	static final int AHEAD = 64;

	private final Path project;
	private final List<Path> folders = new ArrayList<>();
	private final Map<Path, Integer> index = new HashMap<>();
	private Path realProject;
	private final Thread thread;
	/** Without the thread: which folders are made. */
	private final boolean[] madeHere;
	/** With the thread: how many folders, in order, it has made. */
	private int made;
	private IOException failed;
	private boolean closed;

	FolderMaker(Path project, List<Path> files) {
		this.project = project;
		for (Path file : files) {
			Path parent = file.getParent();
			if (index.putIfAbsent(parent, folders.size()) == null) {
				folders.add(parent);
			}
		}
		madeHere = new boolean[folders.size()];
		if (folders.size() >= AHEAD) {
			thread = new Thread(this::makeAll, "assay-staging-folders");
			thread.setDaemon(true);
			thread.start();
		} else {
			thread = null;
		}
	}

	/** Returns once {@code folder}, one of the files' folders, is made and checked; throws if it could not be. */
	void await(Path folder) throws IOException {
		int i = index.get(folder);
		if (thread == null) {
			if (!madeHere[i]) { // a completed commit skips moves, so folders may be awaited out of order
				make(folders.get(i));
				madeHere[i] = true;
			}
			return;
		}
		synchronized (this) {
			while (made <= i && failed == null) {
				try {
					wait();
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					throw new InterruptedIOException("interrupted while making " + folder);
				}
			}
			if (made <= i) {
				throw failed; // as made on the folder thread, of its own kind (a folder outside the project)
			}
		}
	}

	private void makeAll() {
		for (Path folder : folders) {
			synchronized (this) {
				if (closed) {
					return;
				}
			}
			try {
				make(folder);
			} catch (IOException e) {
				synchronized (this) {
					failed = e;
					notifyAll();
				}
				return;
			}
			synchronized (this) {
				made++;
				notifyAll();
			}
		}
	}

	private void make(Path folder) throws IOException {
		Files.createDirectories(folder);
		if (realProject == null) {
			realProject = project.toRealPath(); // once, not again for each of an import's folders
		}
		SafePaths.requireInside(project, realProject, folder);
	}

	/** Stops making folders the moves will not need (a move failed); waits for the thread to end. */
	@Override
	public void close() throws IOException {
		if (thread == null) {
			return;
		}
		synchronized (this) {
			closed = true;
		}
		boolean interrupted = false;
		while (thread.isAlive()) {
			try {
				thread.join();
			} catch (InterruptedException e) {
				interrupted = true;
			}
		}
		if (interrupted) {
			Thread.currentThread().interrupt();
		}
	}
}
