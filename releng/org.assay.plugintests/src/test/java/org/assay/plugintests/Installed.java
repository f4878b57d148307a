/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.plugintests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The product archive unpacked into a folder, and its launcher run as a user runs it. */
final class Installed {

	/** What one command printed and how it ended. */
	record Run(int exit, String out) {
		Run ok() {
			assertEquals(0, exit, out);
			return this;
		}

		Run fails(int code, String says) {
			assertEquals(code, exit, out);
			assertTrue(out.contains(says), "expected '" + says + "' in:\n" + out);
			return this;
		}
	}

	final Path root;
	final Path state;

	private Installed(Path root, Path state) {
		this.root = root;
		this.state = state;
	}

	/** Unpacks the product archive built by releng/org.assay.product into {@code dir}. */
	static Installed unpack(Path dir) throws Exception {
		Path archive = Path.of(System.getProperty("assay.productArchive"));
		assertTrue(Files.isRegularFile(archive), "the product is built before this module: " + archive);
		Process tar = new ProcessBuilder("tar", "xzf", archive.toString(), "-C", dir.toString()).inheritIO().start();
		assertEquals(0, tar.waitFor());
		Path root = dir.resolve("assay");
		assertTrue(Files.isExecutable(root.resolve("assay")), "the archive holds assay/assay");
		return new Installed(root, Files.createDirectories(dir.resolve("state")));
	}

	Run run(String... args) throws Exception {
		return run(Map.of(), args);
	}

	/** Runs {@code assay ARGS} with the environment's additions; the user's state stays in {@link #state}. */
	Run run(Map<String, String> env, String... args) throws Exception {
		List<String> command = new ArrayList<>();
		command.add(root.resolve("assay").toString());
		command.addAll(List.of(args));
		ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
		pb.environment().putAll(environment(env));
		Process p = pb.start();
		byte[] out = p.getInputStream().readAllBytes();
		assertTrue(p.waitFor(5, TimeUnit.MINUTES), "assay " + String.join(" ", args) + " ended");
		return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8));
	}

	Map<String, String> environment(Map<String, String> extra) {
		Map<String, String> env = new HashMap<>();
		env.put("ASSAY_JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
		env.put("ASSAY_STATE", state.toString());
		env.put("ASSAY_VMARGS", "-Xmx1g");
		env.putAll(extra);
		return env;
	}

	/** The bundles this installation's simple configurator starts (its bundles.info, one line a bundle). */
	static String bundlesInfo(Path configuration) throws IOException {
		Path info = configuration.resolve("org.eclipse.equinox.simpleconfigurator/bundles.info");
		return Files.isRegularFile(info) ? Files.readString(info) : "";
	}
}
