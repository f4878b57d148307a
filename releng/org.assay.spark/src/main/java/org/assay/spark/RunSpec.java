/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.spark;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * What every executor needs to know to run the engines, shipped with the tasks (engines themselves are
 * rebuilt on each executor from {@link Engines}).
 *
 * @param engines  engine ids, run one after the other on each document
 * @param model    the model file for the learned engine as the executors see it, or null: a file name given
 *                 to Spark ({@code SparkContext.addFile}) when {@code shipped}, else a path
 * @param shipped  whether {@code model} is to be looked up with {@code SparkFiles.get}
 * @param renames  engine labels renamed onto the schema's ({@code --map})
 * @param started  the run's start, the time in every proposal's provenance
 * @param rows     whether to keep each proposed span as a {@link Proposal} row (for the Parquet table)
 */
public record RunSpec(List<String> engines, String model, boolean shipped, Map<String, String> renames, long started,
		boolean rows) implements Serializable {

	public RunSpec(List<String> engines, String model, boolean shipped, Map<String, String> renames, long started) {
		this(engines, model, shipped, renames, started, true);
	}

	/** The same run, with or without the Parquet rows. */
	public RunSpec withRows(boolean value) {
		return new RunSpec(engines, model, shipped, renames, started, value);
	}

	/** A key that tells apart runs that need different engine instances. */
	String key(String engine) {
		return engine + '\u0000' + model + '\u0000' + renames;
	}
}
