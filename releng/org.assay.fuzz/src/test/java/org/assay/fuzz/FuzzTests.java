/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.fuzz;

/**
 * The fuzz tests: one class a target, since Jazzer fuzzes one test per process (the pom runs each class in its
 * own). With JAZZER_FUZZ set (as the pom sets it) each runs its kept inputs and then fuzzes for
 * {@link #DURATION}; without it, the kept inputs only. A finding fails the test and is written to
 * target/ as crash-*, to be fixed in the reader and kept in the class's inputs folder.
 */
final class FuzzTests {

	static final String DURATION = "4s";

	private FuzzTests() {
	}
}
