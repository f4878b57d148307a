/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Targets#documentFile: the kept inputs in DocumentFileFuzzTestInputs/fuzz, then a short fuzz (see FuzzTests). */
class DocumentFileFuzzTest {

	@FuzzTest(maxDuration = FuzzTests.DURATION)
	void fuzz(byte[] input) {
		Targets.documentFile(input);
	}
}
