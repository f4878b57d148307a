/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.fuzz;

/**
 * The fuzz tests. One class a target ({@code NAMEFuzzTest}, its kept inputs in {@code NAMEFuzzTestInputs/fuzz}):
 * without JAZZER_FUZZ they run their kept inputs, all in one process. {@link AllReadersFuzzTest} fuzzes every
 * target in one process for {@link #SHORT_FUZZ} (Jazzer fuzzes one test a process), starting from all the kept
 * inputs. A finding fails the test and is written to target/ as crash-*: fix the reader and keep the input in
 * the target's inputs folder (then {@code Seeds INPUTS_ROOT --kept}).
 */
final class FuzzTests {

	/** Each per-target class's fuzzing time when run with JAZZER_FUZZ (by hand). */
	static final String DURATION = "30s";

	/** The short fuzz of every reader in the tests. */
	static final String SHORT_FUZZ = "40s";

	private FuzzTests() {
	}
}
