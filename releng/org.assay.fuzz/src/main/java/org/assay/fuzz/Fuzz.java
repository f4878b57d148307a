/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.fuzz;

import java.util.function.Consumer;

/**
 * The entry point of Jazzer's own driver ({@code com.code_intelligence.jazzer.Jazzer --target_class=org.assay.fuzz.Fuzz}),
 * as the benchmark runs it: the target is named by the system property {@code assay.fuzz.target}.
 */
public final class Fuzz {

	private static Consumer<byte[]> target;

	private Fuzz() {
	}

	public static void fuzzerInitialize() {
		String name = System.getProperty("assay.fuzz.target");
		target = Targets.ALL.get(name);
		if (target == null) {
			throw new IllegalArgumentException("no fuzz target '" + name + "'; known: " + Targets.ALL.keySet());
		}
		Templates.project(); // made before the clock of the first input starts
	}

	public static void fuzzerTestOneInput(byte[] input) {
		target.accept(input);
	}
}
