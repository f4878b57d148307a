/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.plugintests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The example plug-in's p2 repository, built once per test run the way its README says a third party builds it:
 * {@code mvnw -f examples/pom.xml verify -Dassay.repository=jar:file:...zip!/}, against Assay's published
 * repository zip alone.
 */
final class ExamplePlugin {

	static final String FEATURE = "org.example.assay.commodities.feature";

	private static Path repository;

	private ExamplePlugin() {
	}

	/** The zip of the example's p2 repository (its folder is beside it, {@code target/repository}). */
	static synchronized Path repositoryZip() throws Exception {
		if (repository == null) {
			repository = build();
		}
		return repository;
	}

	private static Path build() throws Exception {
		Path checkout = Path.of(System.getProperty("assay.checkout"));
		Path zip = Path.of(System.getProperty("assay.repositoryZip"));
		assertTrue(Files.isRegularFile(zip), "Assay's p2 repository is built before this module: " + zip);
		List<String> command = new ArrayList<>(List.of(checkout.resolve("mvnw").toString(), "-B", "-f",
				checkout.resolve("examples/pom.xml").toString(), "clean", "verify",
				"-Dassay.repository=jar:" + zip.toUri() + "!/"));
		if (String.valueOf(System.getProperty("assay.offline")).endsWith("true")) { // offline:true when Maven runs offline
			command.add("-o");
		}
		String local = System.getProperty("assay.localRepository");
		if (local != null && !local.isBlank()) {
			command.add("-Dmaven.repo.local=" + local);
		}
		Path log = Files.createDirectories(Path.of("target")).resolve("example-build.log");
		ProcessBuilder pb = new ProcessBuilder(command).directory(checkout.toFile()).redirectErrorStream(true)
				.redirectOutput(log.toFile());
		pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
		Process p = pb.start();
		assertTrue(p.waitFor(15, TimeUnit.MINUTES), "the example's build ended (log: " + log + ")");
		assertEquals(0, p.exitValue(), "the example's build failed, see " + log.toAbsolutePath());
		Path built = checkout.resolve("examples/org.example.assay.commodities.repository/target");
		Path result;
		try (var zips = Files.newDirectoryStream(built, "*.zip")) {
			result = zips.iterator().next();
		}
		assertTrue(Files.isDirectory(built.resolve("repository")), "the example's repository folder is beside its zip");
		assertTrue(Files.readString(log).contains("Tests run: 8, Failures: 0, Errors: 0, Skipped: 0"),
				"the example's own tests ran (8) and passed: " + log.toAbsolutePath());
		return result;
	}
}
