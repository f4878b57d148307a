/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Targets#conll: the kept inputs in ConllFuzzTestInputs/fuzz, then a short fuzz (see FuzzTests). */
class ConllFuzzTest {

	@FuzzTest(maxDuration = FuzzTests.DURATION)
	void fuzz(byte[] input) {
		Targets.conll(input);
	}
}
