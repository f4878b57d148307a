/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A scratch folder for one fuzzing process, in memory where the machine has {@code /dev/shm}: every input is
 * written to a file there, because Assay's readers read files.
 */
final class Scratch {

	private static Path root;
	private static int next;

	private Scratch() {
	}

	/** A new empty folder for one input; the previous input's folder is removed. */
	static synchronized Path fresh() {
		try {
			if (root == null) {
				Path shm = Path.of("/dev/shm");
				root = Files.isDirectory(shm) && Files.isWritable(shm) ? Files.createTempDirectory(shm, "assay-fuzz-")
						: Files.createTempDirectory("assay-fuzz-");
				Path made = root;
				Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(made)));
			}
			delete(root.resolve(Integer.toString(next)));
			next++;
			return Files.createDirectories(root.resolve(Integer.toString(next)));
		} catch (IOException e) {
			throw new UncheckedIOException("the fuzzing harness cannot make its scratch folder", e);
		}
	}

	static void delete(Path dir) {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> all = Files.walk(dir)) {
			for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		} catch (IOException e) {
			throw new UncheckedIOException("the fuzzing harness cannot clean its scratch folder", e);
		}
	}
}
