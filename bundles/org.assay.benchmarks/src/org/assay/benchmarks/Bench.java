/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.benchmarks;

import java.util.Arrays;

/**
 * A plain harness: warm-up rounds, then measured rounds; reports the median and the best wall time, and the median
 * CPU time of the process (all its threads: the collector's and the compiler's too), in milliseconds.
 */
final class Bench {

	/** Something to time; returns a value so that the work cannot be optimised away. */
	@FunctionalInterface
	interface Work {
		Object run() throws Exception;
	}

	/** Figures of one measured task. */
	record Result(String name, double medianMs, double bestMs, double medianCpuMs) {
	}

	private final int warmups;
	private final int rounds;
	static volatile Object sink;

	Bench(int warmups, int rounds) {
		this.warmups = warmups;
		this.rounds = rounds;
	}

	Result time(String name, Work work) throws Exception {
		for (int i = 0; i < warmups; i++) {
			sink = work.run();
		}
		var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
				.getOperatingSystemMXBean();
		double[] ms = new double[rounds];
		double[] cpuMs = new double[rounds];
		for (int i = 0; i < rounds; i++) {
			System.gc();
			long cpu0 = os.getProcessCpuTime();
			long t0 = System.nanoTime();
			sink = work.run();
			ms[i] = (System.nanoTime() - t0) / 1e6;
			cpuMs[i] = (os.getProcessCpuTime() - cpu0) / 1e6;
		}
		Arrays.sort(ms);
		Arrays.sort(cpuMs);
		return new Result(name, ms[rounds / 2], ms[0], cpuMs[rounds / 2]);
	}
}
