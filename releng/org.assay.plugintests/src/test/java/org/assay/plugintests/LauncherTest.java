/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.plugintests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;

import org.assay.plugintests.Installed.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The product's launcher script on an unpacked product: the command line's JVM options. */
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

	private static final Pattern NEW_SIZE_256M = Pattern.compile("\\bNewSize\\s+= 268435456\\b");
}
