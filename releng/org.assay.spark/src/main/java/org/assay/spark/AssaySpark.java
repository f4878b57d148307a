/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.spark;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.SparkSession;

/**
 * {@code assay-spark annotate --input PATH --output PATH [--engines ID,...] [--model FILE] [--master URL]
 * [--parquet PATH] [--format text|jsonl|parquet|json] [--map A=B,...]}: Assay's engines over a corpus on
 * Spark. Exit codes as Assay's command line: 0 done (documents that failed are listed, not fatal), 1 a
 * problem with the input, 2 bad arguments.
 */
public final class AssaySpark {

	static final String USAGE = """
			Usage: assay-spark annotate --input PATH --output FILE [--engines ID,...] [--model FILE]
			                            [--master URL] [--parquet PATH] [--format KIND] [--map A=B,...]

			Runs Assay's engines over a corpus on Apache Spark and writes their proposals as Assay's JSONL, one
			document a line, every proposal with its engine, version and confidence ('assay import jsonl'
			brings it into a project).

			  --input PATH     a folder of .txt files (or one), Assay's JSONL (.jsonl), or a Parquet or JSON
			                   table with 'id' and 'text' columns (.parquet, .json, or a folder of them)
			  --output FILE    the JSONL to write; FILE.failures lists the documents that failed, with why
			  --engines IDS    comma-separated, run one after the other: %s
			                   (default: entities,claims, and learned when --model is given)
			  --model FILE     for the learned engine: a model written by 'assay train'; shipped to the executors
			  --master URL     Spark's master (default: local[*], this machine's cores; under spark-submit, its own)
			  --parquet PATH   also write the proposals as a Parquet table (one row a span), for analysis
			  --format KIND    text, jsonl, parquet or json, when the input's name does not say
			  --map A=B,...    rename engine labels onto Assay's standard schema, for example PER=PERSON
			""";

	private AssaySpark() {
	}

	public static void main(String[] args) {
		System.exit(run(args, System.out, System.err));
	}

	/** Runs the command; returns the exit code. */
	public static int run(String[] args, PrintStream out, PrintStream err) {
		Map<String, String> options;
		try {
			options = options(args);
		} catch (IllegalArgumentException e) {
			err.println("assay-spark: " + e.getMessage());
			err.println("Try 'assay-spark --help'.");
			return 2;
		}
		if (options.containsKey("help")) {
			out.print(USAGE.formatted(Engines.ids()));
			return 0;
		}
		try {
			Run run = Run.of(options);
			return run.execute(out, err);
		} catch (IllegalArgumentException e) {
			err.println("assay-spark: " + e.getMessage());
			return 2;
		} catch (InputException e) {
			err.println("assay-spark: " + e.getMessage());
			return 1;
		} catch (Exception e) {
			err.println("assay-spark: " + DocumentAnnotator.message(e));
			return 1;
		}
	}

	private static final List<String> VALUED = List.of("input", "output", "engines", "model", "master", "parquet",
			"format", "map");

	static Map<String, String> options(String[] args) {
		Map<String, String> options = new LinkedHashMap<>();
		if (args.length > 0 && (args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help"))) {
			options.put("help", "");
			return options;
		}
		if (args.length == 0 || !args[0].equals("annotate")) {
			throw new IllegalArgumentException(args.length == 0 ? "name a verb: annotate" : "unknown verb '" + args[0] + "' (known: annotate)");
		}
		for (int i = 1; i < args.length; i++) {
			String a = args[i];
			if (a.equals("--help") || a.equals("-h")) {
				options.put("help", "");
				continue;
			}
			if (!a.startsWith("--") || !VALUED.contains(a.substring(2))) {
				throw new IllegalArgumentException("unknown argument '" + a + "'");
			}
			if (i + 1 >= args.length) {
				throw new IllegalArgumentException(a + " needs a value");
			}
			options.put(a.substring(2), args[++i]);
		}
		return options;
	}

	/** One checked invocation. */
	record Run(String input, Inputs.Kind kind, String output, List<String> engines, Path model, String master,
			String parquet, Map<String, String> renames) {

		static Run of(Map<String, String> o) throws InputException {
			String input = required(o, "input");
			String output = required(o, "output");
			Path model = o.containsKey("model") ? Path.of(o.get("model")) : null;
			if (model != null && !Files.isRegularFile(model)) {
				throw new InputException(model + ": no such model file");
			}
			List<String> engines = new ArrayList<>();
			if (o.containsKey("engines")) {
				for (String id : new LinkedHashSet<>(List.of(o.get("engines").split(",")))) {
					if (Engines.get(id.strip()) == null) {
						throw new IllegalArgumentException("no engine '" + id.strip() + "'; engines: " + Engines.ids());
					}
					engines.add(id.strip());
				}
			} else {
				engines.addAll(List.of("entities", "claims"));
				if (model != null) {
					engines.add("learned");
				}
			}
			if (engines.contains("learned") && model == null) {
				throw new IllegalArgumentException("the learned engine needs --model FILE (a model written by 'assay train')");
			}
			Inputs.Kind kind;
			if (o.containsKey("format")) {
				try {
					kind = Inputs.Kind.valueOf(o.get("format").toUpperCase(Locale.ROOT));
				} catch (IllegalArgumentException e) {
					throw new IllegalArgumentException("--format takes text, jsonl, parquet or json");
				}
			} else {
				kind = Inputs.guess(input);
			}
			return new Run(input, kind, output, engines, model, o.get("master"), o.get("parquet"), renames(o.get("map")));
		}

		private static String required(Map<String, String> o, String name) {
			if (!o.containsKey(name)) {
				throw new IllegalArgumentException("--" + name + " is required");
			}
			return o.get(name);
		}

		private static Map<String, String> renames(String map) {
			Map<String, String> renames = new LinkedHashMap<>();
			if (map != null) {
				for (String pair : map.split(",")) {
					String[] ab = pair.split("=", 2);
					if (ab.length != 2 || ab[0].isBlank() || ab[1].isBlank()) {
						throw new IllegalArgumentException("--map takes FROM=TO pairs separated by commas");
					}
					renames.put(ab[0].strip(), ab[1].strip());
				}
			}
			return renames;
		}

		int execute(PrintStream out, PrintStream err) throws Exception {
			try (SparkSession spark = session(master)) {
				spark.sparkContext().setLogLevel("WARN");
				String shippedModel = null;
				if (model != null) {
					spark.sparkContext().addFile(model.toAbsolutePath().toString());
					shippedModel = model.getFileName().toString();
				}
				RunSpec spec = new RunSpec(engines, shippedModel, true, renames, System.currentTimeMillis());
				JavaRDD<Input> inputs = Inputs.read(spark, input, kind);
				AnnotateJob.Summary s = AnnotateJob.run(spark, inputs, spec, output, parquet);
				report(s, spark.sparkContext().master(), out);
				return 0;
			}
		}

		private void report(AnnotateJob.Summary s, String master, PrintStream out) {
			out.printf(Locale.ROOT, "assay-spark: %,d document(s), %,d tokens, %,d proposal(s) of %s in %.1f s on %s (%,.0f tokens/s)%n",
					s.documents(), s.tokens(), s.proposals(), String.join(", ", engines), s.millis() / 1000.0, master,
					s.tokens() / Math.max(0.001, s.millis() / 1000.0));
			out.println("wrote " + output + (parquet == null ? "" : " and " + parquet));
			if (!s.failures().isEmpty()) {
				out.printf(Locale.ROOT, "%,d document(s) failed, listed in %s.failures:%n", s.failures().size(), output);
				s.failures().stream().limit(5).forEach(f -> out.println("  " + f.replace("\t", ": ")));
				if (s.failures().size() > 5) {
					out.println("  ...");
				}
			}
		}
	}

	/** A session on the master given, else the one spark-submit set, else all of this machine's cores. */
	static SparkSession session(String master) {
		SparkSession.Builder b = SparkSession.builder().appName("assay-spark annotate");
		if (master != null) {
			b.master(master);
		} else if (!new SparkConf().contains("spark.master")) {
			b.master("local[*]");
		}
		return b.config("spark.ui.showConsoleProgress", "false").getOrCreate();
	}
}
