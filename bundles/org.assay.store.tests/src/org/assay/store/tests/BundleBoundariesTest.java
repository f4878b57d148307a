/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build check: no Assay bundle reaches into another bundle's internal package, by a Java reference or an
 * Import-Package; API packages carry versions. Reads the sources of the checkout the tests are built from.
 */
class BundleBoundariesTest {

	@TempDir
	Path dir;

	@Test
	void noBundleUsesAnotherBundlesInternals() throws IOException {
		Path bundles = bundlesFolder();
		List<String> problems = BundleBoundaries.violations(bundles);
		assertEquals(List.of(), problems, String.join("\n", problems));
		assertTrue(Files.isRegularFile(bundles.resolve("org.assay.cli/META-INF/MANIFEST.MF")), "read Assay's bundles");
	}

	/** The check finds what it is there to find. */
	@Test
	void itTellsOfEachKindOfTrespass() throws IOException {
		bundle("org.assay.fake", """
				Export-Package: org.assay.fake;version="1.0.0",
				 org.assay.fake.internal;x-friends:="org.assay.fake.tests,org.assay.fakeui",
				 org.assay.fake.internal.more,
				 org.assay.fake.hidden;x-internal:=true,
				 org.assay.fake.loose
				""", "org/assay/fake/Api.java", "org/assay/fake/internal/Codec.java",
				"org/assay/fake/internal/more/M.java", "org/assay/fake/hidden/H.java", "org/assay/fake/loose/L.java");
		bundle("org.assay.fakeui", "Import-Package: org.assay.fake.hidden\n", "org/assay/fakeui/View.java");
		Files.writeString(dir.resolve("org.assay.fakeui/src/org/assay/fakeui/View.java"), """
				package org.assay.fakeui;
				import org.assay.fake.Api;
				import org.assay.fake.internal.Codec;
				class View { Object o = org.assay.fake.hidden.H.class; }
				""");
		List<String> problems = BundleBoundaries.violations(dir);
		String all = String.join("\n", problems);
		assertTrue(all.contains("org.assay.fake.loose is exported without a version"), all);
		assertTrue(all.contains("org.assay.fake.internal.more is exported as API"), all);
		assertTrue(all.contains("org.assay.fake.internal is a friend of org.assay.fakeui"), all);
		assertTrue(all.contains("MANIFEST.MF imports org.assay.fake.hidden"), all);
		assertTrue(all.contains("View.java uses org.assay.fake.hidden"), all);
		assertEquals(5, problems.size(), all);
	}

	private void bundle(String name, String headers, String... classes) throws IOException {
		Path b = Files.createDirectories(dir.resolve(name));
		Files.createDirectories(b.resolve("META-INF"));
		Files.writeString(b.resolve("META-INF/MANIFEST.MF"), "Manifest-Version: 1.0\nBundle-SymbolicName: " + name
				+ "\n" + headers);
		for (String c : classes) {
			Path f = b.resolve("src").resolve(c);
			Files.createDirectories(f.getParent());
			String pkg = b.resolve("src").relativize(f.getParent()).toString().replace('/', '.');
			Files.writeString(f, "package " + pkg + ";\nclass " + f.getFileName().toString().replace(".java", "") + " {}\n");
		}
	}

	/** The checkout's bundles folder, found from the test's working folder (the test bundle's own). */
	static Path bundlesFolder() {
		for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
			if (Files.isRegularFile(p.resolve("bundles/org.assay.store/META-INF/MANIFEST.MF"))) {
				return p.resolve("bundles");
			}
		}
		throw new AssertionError("no Assay checkout above " + Path.of("").toAbsolutePath());
	}
}
