/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.plugintests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;

import org.assay.plugintests.Installed.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The product's launcher script on an unpacked product: the command line's JVM options, a project folder alone. */
class LauncherTest {

	@Test
	void theCommandLineRunsOnTheThroughputCollectorUnlessTheUserNamesAnother(@TempDir Path dir) throws Exception {
		Installed assay = Installed.unpack(dir);
		Run plain = assay.run(Map.of("ASSAY_VMARGS", "-Xmx1g -Xlog:gc:stderr"), "--help").ok();
		assertTrue(plain.out().contains("Using Parallel"), plain.out());
		Run own = assay.run(Map.of("ASSAY_VMARGS", "-Xmx1g -XX:+UseSerialGC -Xlog:gc:stderr"), "--help").ok();
		assertTrue(own.out().contains("Using Serial"), "the user's collector, with no conflict:\n" + own.out());
		assertFalse(own.out().contains("Parallel"), own.out());
	}

	@Test
	void theCommandLinesYoungGenerationHasAFixedSizeUnlessTheUserGivesOne(@TempDir Path dir) throws Exception {
		Installed assay = Installed.unpack(dir);
		Run plain = assay.run(Map.of("ASSAY_VMARGS", "-Xmx1g -XX:+PrintFlagsFinal"), "--help").ok();
		assertTrue(NEW_SIZE_256M.matcher(plain.out()).find(), plain.out());
		Run own = assay.run(Map.of("ASSAY_VMARGS", "-Xmx1g -Xmn64m -XX:+PrintFlagsFinal"), "--help").ok();
		assertTrue(Pattern.compile("\\bNewSize\\s+= 67108864\\b").matcher(own.out()).find(), own.out());
		assertFalse(NEW_SIZE_256M.matcher(own.out()).find(), own.out());
	}

	@Test
	void aProjectFolderAloneOpensTheWorkbenchOnItsNextDocument(@TempDir Path dir) throws Exception {
		Desktop.requireDisplay();
		Installed assay = Installed.unpack(dir);
		Path project = dir.resolve("team project");
		assay.run("new", project.toString(), "--sample").ok();
		assay.run("assign", "--project", project.toString(), "--to", "ana", "--documents", "03-data-brokers").ok();
		Path report = dir.resolve("startup.txt");
		Run run = assay.run(Map.of("ASSAY_VMARGS", "-Xmx1g -Dassay.annotator=ana -Dassay.startupReport=" + report
				+ " -Dassay.startupExit=true"), project.toString()).ok();
		assertTrue(Files.readString(report).contains("event loop running"), "the workbench ran: " + run.out());
		Path settings = assay.state.resolve("workspace/.metadata/.plugins/org.eclipse.core.runtime/.settings/org.assay.ui.prefs");
		assertTrue(Files.readString(settings).contains(project.toString()), "the project stays open: " + Files.readString(settings));
		Path state = assay.state.resolve("workspace/.metadata/.plugins/org.eclipse.e4.workbench/workbench.xmi");
		assertTrue(Files.readString(state).contains("03-data-brokers"), "ana's document was open when the workbench closed");

		assay.run(dir.toString()).fails(2, "is a folder, not a verb");
	}

	private static final Pattern NEW_SIZE_256M = Pattern.compile("\\bNewSize\\s+= 268435456\\b");
}
