/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.spark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;

/**
 * The Spark job: the engines on every partition ({@code mapPartitions}, pipelines from the executor's
 * {@link ExecutorEngines}), counted by accumulators that Spark's UI shows; then Assay's JSONL in input order,
 * the failures with their ids, and optionally a Parquet table of the proposals.
 */
public final class AnnotateJob {

	/**
	 * What a run did.
	 *
	 * @param failures        {@code id<TAB>reason} of each document that failed, in input order
	 * @param millis          the whole run
	 * @param annotateMillis  of it, until every partition was annotated (the rest is writing the outputs)
	 * @param jsonlBytes      the size of the JSONL written
	 */
	public record Summary(long documents, long tokens, long proposals, List<String> failures, long millis,
			long annotateMillis, long jsonlBytes) {
	}

	private AnnotateJob() {
	}

	/** The annotated documents, one engine pipeline per partition; lazily, as Spark does. */
	public static JavaRDD<Annotated> annotate(JavaRDD<Input> inputs, RunSpec spec,
			LongAccumulator documents, LongAccumulator tokens, LongAccumulator proposals, LongAccumulator failures) {
		return inputs.mapPartitions((Iterator<Input> it) -> {
			List<Annotated> out = new ArrayList<>();
			if (!it.hasNext()) {
				return out.iterator();
			}
			try (DocumentAnnotator annotator = new DocumentAnnotator(spec)) {
				while (it.hasNext()) {
					Annotated a = annotator.annotate(it.next());
					if (a.isFailure()) {
						failures.add(1);
					} else {
						documents.add(1);
						tokens.add(a.tokens());
						proposals.add(a.annotations());
					}
					out.add(a);
				}
			}
			return out.iterator();
		});
	}

	/**
	 * Runs the engines and writes {@code output} (Assay's JSONL, one document a line, written through the driver
	 * as one file), {@code output.failures} ({@code id<TAB>reason} a line, empty when none failed) and, when
	 * {@code parquet} is not null, the proposals as a Parquet table, written by the executors.
	 */
	public static Summary run(SparkSession spark, JavaRDD<Input> inputs, RunSpec spec, String output, String parquet)
			throws IOException {
		long start = System.nanoTime();
		var sc = spark.sparkContext();
		LongAccumulator documents = sc.longAccumulator("documents");
		LongAccumulator tokens = sc.longAccumulator("tokens");
		LongAccumulator proposals = sc.longAccumulator("proposals");
		LongAccumulator failed = sc.longAccumulator("failures");
		sc.setJobDescription("assay-spark annotate: " + String.join(", ", spec.engines()));
		JavaRDD<Annotated> results = annotate(inputs, spec.withRows(parquet != null), documents, tokens, proposals, failed)
				.persist(StorageLevel.MEMORY_AND_DISK());
		try {
			results.count(); // every partition once, in parallel; what follows reads the persisted results
			long annotated = System.nanoTime();
			long bytes = write(spark, output, results.filter(a -> !a.isFailure()).map(Annotated::line).toLocalIterator());
			List<String> failures = results.filter(Annotated::isFailure)
					.map(a -> a.id() + "\t" + a.problem().replace('\n', ' ')).collect();
			write(spark, output + ".failures", failures.iterator());
			if (parquet != null) {
				spark.createDataFrame(results.flatMap(a -> a.proposals().stream().map(Proposal::row).iterator()),
						Proposal.SCHEMA).write().mode(SaveMode.Overwrite).parquet(parquet);
			}
			return new Summary(documents.value(), tokens.value(), proposals.value(), failures,
					(System.nanoTime() - start) / 1_000_000, (annotated - start) / 1_000_000, bytes);
		} finally {
			results.unpersist(false);
		}
	}

	/** Lines into a file of any file system Spark knows, through a temporary file renamed at the end; returns its size. */
	private static long write(SparkSession spark, String file, Iterator<String> lines) throws IOException {
		org.apache.hadoop.fs.Path target = new org.apache.hadoop.fs.Path(file);
		FileSystem fs = target.getFileSystem(spark.sparkContext().hadoopConfiguration());
		fs.setWriteChecksum(false); // no .crc files beside the output on a local disk
		org.apache.hadoop.fs.Path temp = new org.apache.hadoop.fs.Path(target.getParent(), "." + target.getName() + ".tmp");
		try (Writer w = new BufferedWriter(new OutputStreamWriter(fs.create(temp, true), StandardCharsets.UTF_8), 1 << 16)) {
			while (lines.hasNext()) {
				w.write(lines.next());
				w.write('\n');
			}
		}
		fs.delete(target, false);
		if (!fs.rename(temp, target)) {
			throw new IOException("cannot rename " + temp + " to " + target);
		}
		return fs.getFileStatus(target).getLen();
	}
}
