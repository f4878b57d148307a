/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Targets#xmi: the kept inputs in XmiFuzzTestInputs/fuzz, then a short fuzz (see FuzzTests). */
class XmiFuzzTest {

	@FuzzTest(maxDuration = FuzzTests.DURATION)
	void fuzz(byte[] input) {
		Targets.xmi(input);
	}
}
