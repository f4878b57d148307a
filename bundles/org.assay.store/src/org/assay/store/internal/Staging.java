/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.store.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.assay.store.AtomicFiles;

/**
 * Makes several file writes one unit: while a unit is open, files are written into {@code .assay-staging/} (their
 * paths relative to the project kept), then committed by first writing the list of them, {@code COMMIT}, and
 * only then moving each into place. An interrupted unit is settled on the next open: without its list nothing
 * had been moved, and the staging folder is removed (rolled back); with it, the moves are completed (rolled
 * forward). Either way the project holds all of the unit or none of it.
 */
public final class Staging {

	public static final String FOLDER = ".assay-staging";
	private static final String COMMIT = "COMMIT";

	private final Path project;
	private final Path folder;
	private final Set<String> staged = new LinkedHashSet<>();

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

	/** Where a project file is written while the unit is open (its folder made). */
	public Path stage(Path file) throws IOException {
		String relative = project.relativize(file).toString().replace('\\', '/');
		staged.add(relative);
		Path staged = folder.resolve(relative);
		Files.createDirectories(staged.getParent());
		return staged;
	}

	/** Commits: the list first (forced to disk), then every file moved into place, then the folder removed. */
	public List<Path> commit() throws IOException {
		AtomicFiles.write(folder.resolve(COMMIT), String.join("\n", staged).getBytes(StandardCharsets.UTF_8));
		List<Path> moved = moveAll(project, new ArrayList<>(staged));
		remove(folder);
		return moved;
	}

	/** Gives the unit up: nothing it staged reaches the project. */
	public void rollBack() throws IOException {
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
			moveAll(project, list.isEmpty() ? List.of() : List.of(list.split("\n")));
		}
		remove(folder);
		return true;
	}

	private static List<Path> moveAll(Path project, List<String> relatives) throws IOException {
		Path folder = project.resolve(FOLDER);
		List<Path> moved = new ArrayList<>();
		for (String relative : relatives) {
			Path from = folder.resolve(relative);
			Path to = project.resolve(relative);
			if (!Files.exists(from)) {
				continue; // moved before an interruption
			}
			Files.createDirectories(to.getParent());
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			moved.add(to);
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
