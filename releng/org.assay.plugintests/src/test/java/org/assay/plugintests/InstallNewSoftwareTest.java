/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.plugintests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Help > Install New Software… in the product's workbench, on the virtual display: the menu item is there and
 * opens p2's install wizard, which lists the example plug-in's feature from its repository; screenshots in
 * target/screenshots.
 */
class InstallNewSoftwareTest {

	@TempDir
	Path dir;

	private Process workbench;

	@AfterEach
	void close() throws Exception {
		if (workbench != null) {
			workbench.destroy();
			workbench.onExit().get();
		}
	}

	@Test
	void theInstallWizardListsTheExamplePlugin() throws Exception {
		Desktop.requireDisplay();
		Path repository = ExamplePlugin.repositoryZip().resolveSibling("repository");
		Installed assay = Installed.unpack(dir);
		ProcessBuilder pb = new ProcessBuilder(assay.root.resolve("assay").toString()).redirectErrorStream(true)
				.redirectOutput(dir.resolve("workbench.log").toFile());
		pb.environment().putAll(assay.environment(Map.of("ASSAY_WORKSPACE", dir.resolve("workspace").toString())));
		workbench = pb.start();

		String main = Desktop.window("^Assay *$", 120_000);
		Desktop.settled(60_000);
		Desktop.focus(main);
		BufferedImage before = Desktop.screen();
		Desktop.keys("alt+h");
		Desktop.changedFrom(before, 10_000);
		Desktop.settled(10_000);
		Desktop.save(Desktop.screen(), "help-menu");
		Desktop.keys("s"); // Install New Software..., its mnemonic
		String wizard = Desktop.window("^Install *$", 60_000);
		Desktop.focus(wizard);
		Desktop.settled(30_000);
		Desktop.type(repository.toUri().toString());
		BufferedImage typed = Desktop.settled(10_000);
		Desktop.keys("Return");
		Desktop.changedFrom(typed, 30_000);
		BufferedImage listed = Desktop.settled(60_000);
		Path shot = Desktop.save(listed, "install-new-software");
		assertTrue(Desktop.hasWindow("^Install *$"), "the wizard is open: " + shot);
		assertTrue(workbench.isAlive(), "the workbench runs");
	}
}
