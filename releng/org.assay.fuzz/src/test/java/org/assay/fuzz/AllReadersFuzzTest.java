/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Every reader in one fuzz test ({@link Targets#any}: the first byte picks the target), so that the tests' short
 * fuzz is one process: the pom runs it with JAZZER_FUZZ set, apart from the other classes, which run their kept
 * inputs (regression mode) together in one process.
 */
class AllReadersFuzzTest {

	@FuzzTest(maxDuration = FuzzTests.SHORT_FUZZ)
	void fuzz(byte[] input) {
		Targets.any(input);
	}
}
