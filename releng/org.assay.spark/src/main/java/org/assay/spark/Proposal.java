/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.spark;

import java.io.Serializable;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * One proposed span, a row of the Parquet output: offsets in Unicode code points as in Assay's JSONL (the
 * whole extent; {@code fragments} lists the parts of a discontinuous span as "b-e b-e"), confidence null when
 * the engine gave none.
 */
public record Proposal(String document, String engine, String engineVersion, String layer, String label, int begin,
		int end, String fragments, String text, Double confidence) implements Serializable {

	public static final StructType SCHEMA = new StructType()
			.add("document", DataTypes.StringType, false)
			.add("engine", DataTypes.StringType, false)
			.add("engine_version", DataTypes.StringType, false)
			.add("layer", DataTypes.StringType, false)
			.add("label", DataTypes.StringType, false)
			.add("begin", DataTypes.IntegerType, false)
			.add("end", DataTypes.IntegerType, false)
			.add("fragments", DataTypes.StringType, false)
			.add("text", DataTypes.StringType, false)
			.add("confidence", DataTypes.DoubleType, true);

	public Row row() {
		return RowFactory.create(document, engine, engineVersion, layer, label, begin, end, fragments, text, confidence);
	}
}
