/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.store.tests.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;

/**
 * A tiny tmpfs mounted on a folder, to fill the disk for real. Mounting needs root (or the right capability):
 * where it is not allowed the test is skipped, and counted so.
 */
public final class TinyDisk implements AutoCloseable {

	private final Path root;

	private TinyDisk(Path root) {
		this.root = root;
	}

	public static TinyDisk mount(Path folder, String size) throws IOException, InterruptedException {
		Files.createDirectories(folder);
		int code = run("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", folder.toString());
		Assumptions.assumeTrue(code == 0, "mounting a " + size + " tmpfs is not allowed here");
		return new TinyDisk(folder);
	}

	public Path root() {
		return root;
	}

	/** Makes the file system read-only, as a disk that failed or a mount gone wrong. */
	public void readOnly() throws IOException, InterruptedException {
		if (run("mount", "-o", "remount,ro", root.toString()) != 0) {
			throw new IOException("cannot remount " + root + " read-only");
		}
	}

	private static int run(String... command) throws IOException, InterruptedException {
		return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start().waitFor();
	}

	@Override
	public void close() throws IOException, InterruptedException {
		if (run("umount", root.toString()) != 0) {
			throw new IOException("cannot unmount " + root);
		}
	}
}
