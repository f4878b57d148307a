/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.spark;

import java.nio.file.Path;

import org.apache.spark.sql.SparkSession;

/** One Spark in local mode on two cores for all tests of the run (starting one takes seconds). */
final class TestSpark {

	private static SparkSession spark;

	private TestSpark() {
	}

	static synchronized SparkSession get() {
		if (spark == null) {
			spark = SparkSession.builder().appName("assay-spark tests").master("local[2]")
					.config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4").getOrCreate();
			spark.sparkContext().setLogLevel("WARN");
		}
		return spark;
	}

	/** The research data beside the checkout, as the other modules' tests find it. */
	static Path shared() {
		return Path.of(System.getProperty("assay.shared", "../shared"));
	}
}
