/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Targets#stagingList: the kept inputs in StagingListFuzzTestInputs/fuzz, then a short fuzz (see FuzzTests). */
class StagingListFuzzTest {

	@FuzzTest(maxDuration = FuzzTests.DURATION)
	void fuzz(byte[] input) {
		Targets.stagingList(input);
	}
}
