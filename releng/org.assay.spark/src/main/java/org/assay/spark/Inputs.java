/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.spark;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.assay.formats.FormatException;
import org.assay.formats.ImportData;
import org.assay.formats.ImportOptions;
import org.assay.formats.ImportedDocument;
import org.assay.formats.jsonl.JsonlFormat;
import org.assay.store.StoreException;
import org.assay.store.Texts;

/**
 * Reads the documents to annotate: a folder of {@code .txt} files (or one), Assay's JSONL, or a Parquet or
 * JSON table with {@code id} and {@code text} columns (and {@code title}, when there is one).
 */
public final class Inputs {

	/** The kinds of input. */
	public enum Kind {
		TEXT, JSONL, PARQUET, JSON
	}

	private Inputs() {
	}

	/** The kind of input a path holds, from its name or, for a local folder, the files in it. */
	public static Kind guess(String path) throws InputException {
		String name = path.toLowerCase(Locale.ROOT).replaceAll("/+$", "");
		if (name.endsWith(".jsonl")) {
			return Kind.JSONL;
		}
		if (name.endsWith(".parquet")) {
			return Kind.PARQUET;
		}
		if (name.endsWith(".json")) {
			return Kind.JSON;
		}
		Path local = local(path);
		if (local != null && Files.isDirectory(local)) {
			try (var files = Files.list(local)) {
				List<String> names = files.map(p -> p.getFileName().toString().toLowerCase(Locale.ROOT)).toList();
				if (names.stream().anyMatch(n -> n.endsWith(".txt"))) {
					return Kind.TEXT;
				}
				if (names.stream().anyMatch(n -> n.endsWith(".parquet"))) {
					return Kind.PARQUET;
				}
				if (names.stream().anyMatch(n -> n.endsWith(".json"))) {
					return Kind.JSON;
				}
				throw new InputException(path + ": no .txt, .parquet or .json files; name the kind with --format");
			} catch (IOException e) {
				throw new InputException(path + ": cannot list: " + e.getMessage(), e);
			}
		}
		if (local != null && !Files.exists(local)) {
			throw new InputException(path + ": no such file or folder");
		}
		return Kind.TEXT;
	}

	/** The documents of the input, read by Spark where it can (text files, tables), by Assay's JSONL reader else. */
	public static JavaRDD<Input> read(SparkSession spark, String path, Kind kind) throws InputException {
		JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
		return switch (kind) {
		case TEXT -> texts(jsc, path);
		case JSONL -> jsonl(jsc, path);
		case PARQUET -> table(path, spark.read().parquet(path));
		case JSON -> table(path, spark.read().json(path));
		};
	}

	/** Every {@code .txt} of a folder (or the one file), decoded as strict UTF-8 as Assay's text import does. */
	private static JavaRDD<Input> texts(JavaSparkContext jsc, String path) throws InputException {
		Path local = local(path);
		boolean folder = local == null ? !path.endsWith(".txt") : Files.isDirectory(local);
		if (local != null && !Files.exists(local)) {
			throw new InputException(path + ": no such file or folder");
		}
		String glob = folder ? path.replaceAll("/+$", "") + "/*.txt" : path;
		var files = jsc.binaryFiles(glob, jsc.defaultParallelism() * 2);
		if (files.isEmpty()) {
			throw new InputException(path + ": no .txt files");
		}
		return files.sortByKey().map(f -> {
			String name = f._1();
			String file = name.substring(name.lastIndexOf('/') + 1);
			String id = file.replaceFirst("(?i)\\.txt$", "");
			try {
				return Input.of(id, Texts.decodeUtf8(Path.of(file), f._2().toArray()));
			} catch (StoreException e) {
				return Input.failed(id, name + (e.line() > 0 ? ":" + e.line() : "") + ": " + e.reason());
			} catch (RuntimeException e) {
				return Input.failed(id, name + ": cannot read: " + DocumentAnnotator.message(e));
			}
		});
	}

	/** Assay's JSONL, read and checked whole by Assay's own reader on the driver, as {@code assay import} reads it. */
	private static JavaRDD<Input> jsonl(JavaSparkContext jsc, String path) throws InputException {
		Path local = local(path);
		if (local == null) {
			throw new InputException(path + ": JSONL is read by Assay's reader on this machine; give a local file, or a Parquet or JSON table");
		}
		ImportData data;
		try {
			data = new JsonlFormat().importer().read(local, ImportOptions.defaults());
		} catch (FormatException e) {
			throw new InputException(e.getMessage(), e);
		}
		List<Input> inputs = new ArrayList<>(data.documents().size());
		for (ImportedDocument d : data.documents()) {
			inputs.add(new Input(d.id(), d.title(), d.text(), null));
		}
		int slices = Math.max(1, Math.min(inputs.size(), jsc.defaultParallelism() * 4));
		return jsc.parallelize(inputs, slices);
	}

	/** A table with {@code id} and {@code text}: a row without text (or not JSON at all) is a failure with its id. */
	private static JavaRDD<Input> table(String path, Dataset<Row> table) throws InputException {
		List<String> columns = Arrays.asList(table.columns());
		for (String needed : List.of("id", "text")) {
			if (!columns.contains(needed)) {
				throw new InputException(path + ": no '" + needed + "' column (columns: " + String.join(", ", columns) + ")");
			}
		}
		boolean corrupt = columns.contains("_corrupt_record");
		Dataset<Row> picked = table.select(functions.col("id").cast("string"), functions.col("text").cast("string"),
				columns.contains("title") ? functions.col("title").cast("string") : functions.lit(null).cast("string"),
				corrupt ? functions.col("_corrupt_record") : functions.lit(null).cast("string"));
		return picked.toJavaRDD().map(r -> {
			String id = r.isNullAt(0) ? "(a row without id)" : r.getString(0);
			if (!r.isNullAt(3)) {
				String line = r.getString(3);
				return Input.failed(id, path + ": not a JSON object: " + (line.length() > 80 ? line.substring(0, 80) + "..." : line));
			}
			if (r.isNullAt(1)) {
				return Input.failed(id, path + ": the row '" + id + "' has no text");
			}
			return new Input(id, r.isNullAt(2) ? null : r.getString(2), r.getString(1), null);
		});
	}

	/** The local file a path names (no scheme, or file:), or null for other file systems. */
	static Path local(String path) {
		if (path.startsWith("file:")) {
			return Path.of(URI.create(path));
		}
		return path.matches("^[a-zA-Z][a-zA-Z0-9+.-]*://.*") ? null : Path.of(path);
	}
}
