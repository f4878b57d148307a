/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.plugintests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The start-up benchmark's harness ({@code releng/scripts/benchmark-startup}) on an unpacked product: Assay's
 * workbench and the bare one (bundles/org.assay.benchmarks.workbench), with the product's bundles and with the
 * platform's alone, each started and closed once its event loop runs, and the summary made of them. No time is
 * asserted: speed is the benchmark's to print.
 */
class StartupBenchmarkTest {

	@Test
	void assaysWorkbenchAndTheBareOneEachStartAndTheSummaryComparesThem(@TempDir Path dir) throws Exception {
		Desktop.requireDisplay();
		Installed assay = Installed.unpack(dir);
		Path checkout = Path.of(System.getProperty("assay.checkout"));
		Path bare;
		try (Stream<Path> jars = Files.list(checkout.resolve("bundles/org.assay.benchmarks.workbench/target"))) {
			bare = jars.filter(p -> p.getFileName().toString().matches("org\\.assay\\.benchmarks\\.workbench-.*\\.jar"))
					.findFirst().orElseThrow(() -> new AssertionError("the bare workbench is built before this module"));
		}
		ProcessBuilder pb = new ProcessBuilder(checkout.resolve("releng/scripts/benchmark-startup").toString(),
				assay.root.toString(), bare.toString(), "1").redirectErrorStream(true);
		pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
		pb.environment().put("ASSAY_VMARGS", "-Xmx1g");
		Process p = pb.start();
		String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(p.waitFor(5, TimeUnit.MINUTES));
		assertEquals(0, p.exitValue(), out);

		assertEquals(6, count(out, "ms  event loop running: the window answers"),
				"three workbenches, a first and a warm start each:\n" + out);
		assertEquals(2, count(out, "projects of the last session open"), "Assay's own milestones, Assay's only:\n" + out);
		for (String which : List.of(" Assay's workbench:", " the bare workbench, the product's bundles installed:",
				" the bare workbench, the Eclipse platform's bundles alone:")) {
			assertEquals(2, count(out, which + "\n"), which + "\n" + out);
		}
		Matcher summary = Pattern.compile("Assay (\\d+), bare workbench with the product's bundles (\\d+), with the "
				+ "platform's alone (\\d+)\n  Assay / bare \\(platform alone\\) (\\d+\\.\\d\\d); Assay's own part -?\\d+ ms")
				.matcher(out);
		assertTrue(summary.find(), out);
		for (int g = 1; g <= 3; g++) {
			assertTrue(Integer.parseInt(summary.group(g)) > 0, out);
		}
	}

	private static int count(String text, String part) {
		int n = 0;
		for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
			n++;
		}
		return n;
	}
}
