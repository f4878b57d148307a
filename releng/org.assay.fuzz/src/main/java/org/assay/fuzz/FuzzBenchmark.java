/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.fuzz;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Fuzzes every target for a fixed time with Jazzer's driver, each in a process of its own with a bounded heap,
 * starting from the kept inputs, and prints per target: executions, executions a second, coverage (libFuzzer's
 * edges and features), the corpus it grew, and its findings (crashes, hangs, out-of-memory). Exits 1 on any
 * finding; the inputs are left in the work folder as crash-*, timeout-* or oom-*.
 *
 * <pre>
 * FuzzBenchmark SECONDS INPUTS_ROOT WORK_FOLDER [TARGET...]
 * </pre>
 */
public final class FuzzBenchmark {

	private static final Pattern DONE = Pattern.compile("#(\\d+)\\s+DONE\\s+cov: (\\d+) ft: (\\d+) corp: (\\d+)/(\\d+)(\\w*)");
	private static final Pattern STAT = Pattern.compile("stat::(\\w+):\\s+(\\d+)");

	private FuzzBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int seconds = Integer.parseInt(args[0]);
		Path inputs = Path.of(args[1]);
		Path work = Path.of(args[2]);
		List<String> names = new ArrayList<>();
		for (int i = 3; i < args.length; i++) {
			for (String name : args[i].split("\\s+")) { // Maven passes the targets as one argument, maybe empty
				if (!name.isEmpty()) {
					names.add(name);
				}
			}
		}
		if (names.isEmpty()) {
			names.addAll(Targets.ALL.keySet());
		}
		for (String name : names) {
			if (!Targets.ALL.containsKey(name)) {
				System.err.println("fuzz: no target '" + name + "'; known: " + Targets.ALL.keySet());
				System.exit(2);
			}
		}
		Files.createDirectories(work);
		System.out.printf(Locale.ROOT, "Jazzer %s s per target, each in its own JVM (-Xmx1g), %d cores, Java %s%n", seconds,
				Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
		System.out.printf(Locale.ROOT, "%-16s %10s %8s %6s %7s %9s %7s %7s %5s%n", "target", "execs", "exec/s", "cov",
				"ft", "corpus", "crashes", "hangs", "ooms");
		int findings = 0;
		long totalExecs = 0;
		for (String name : names) {
			Result r = run(name, seconds, inputs.resolve(name + "FuzzTestInputs").resolve("fuzz"), work.resolve(name));
			System.out.printf(Locale.ROOT, "%-16s %10d %8d %6d %7d %4d/%-4s %7d %7d %5d%n", name, r.execs,
					r.execs / Math.max(1, seconds), r.cov, r.ft, r.corpus, r.corpusSize, r.crashes, r.hangs, r.ooms);
			if (r.crashes + r.hangs + r.ooms > 0) {
				System.out.println("  first finding: " + r.first + " (inputs in " + work.resolve(name) + ")");
			}
			findings += r.crashes + r.hangs + r.ooms;
			totalExecs += r.execs;
		}
		System.out.printf(Locale.ROOT, "%d targets, %d executions, %d findings%n", names.size(), totalExecs, findings);
		System.exit(findings == 0 ? 0 : 1);
	}

	private record Result(long execs, int cov, int ft, int corpus, String corpusSize, int crashes, int hangs, int ooms,
			String first) {
	}

	private static Result run(String name, int seconds, Path seeds, Path dir) throws IOException, InterruptedException {
		Scratch.delete(dir);
		Path corpus = Files.createDirectories(dir.resolve("corpus"));
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		List<String> command = new ArrayList<>(List.of(java, "-Xmx1g", "-Xss1m", "-XX:+EnableDynamicAgentLoading",
				"-Dassay.fuzz.target=" + name, "-cp", System.getProperty("java.class.path"),
				"com.code_intelligence.jazzer.Jazzer", "--target_class=" + Fuzz.class.getName(),
				"--instrumentation_includes=org.assay.**:com.fasterxml.jackson.**",
				"--keep_going=100", "-max_total_time=" + seconds, "-timeout=60", "-rss_limit_mb=0",
				"-print_final_stats=1", "-artifact_prefix=" + dir + File.separator, corpus.toString()));
		if (Files.isDirectory(seeds)) {
			command.add(seeds.toString());
		}
		Path log = dir.resolve("jazzer.log");
		Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		p.waitFor();
		String out = Files.readString(log, StandardCharsets.UTF_8);
		long execs = 0;
		int cov = 0, ft = 0, units = 0;
		String size = "";
		Matcher done = DONE.matcher(out);
		while (done.find()) {
			execs = Long.parseLong(done.group(1));
			cov = Integer.parseInt(done.group(2));
			ft = Integer.parseInt(done.group(3));
			units = Integer.parseInt(done.group(4));
			size = done.group(5) + done.group(6);
		}
		Matcher stat = STAT.matcher(out);
		while (stat.find()) {
			if (stat.group(1).equals("number_of_executed_units")) {
				execs = Math.max(execs, Long.parseLong(stat.group(2)));
			}
		}
		int crashes = count(dir, "crash-"), hangs = count(dir, "timeout-") + count(dir, "slow-unit-"),
				ooms = count(dir, "oom-");
		String first = "";
		for (String line : out.split("\n")) {
			if (line.startsWith("== Java Exception:") || line.contains("ERROR: libFuzzer")) {
				first = line.strip();
				break;
			}
		}
		if (p.exitValue() != 0 && crashes + hangs + ooms == 0 && !done.reset().find()) {
			crashes = 1; // it died without saying why: see the log
			first = "exit " + p.exitValue() + ", see " + log;
		}
		return new Result(execs, cov, ft, units, size, crashes, hangs, ooms, first);
	}

	private static int count(Path dir, String prefix) throws IOException {
		try (Stream<Path> files = Files.list(dir)) {
			return (int) files.filter(f -> f.getFileName().toString().startsWith(prefix)).count();
		}
	}

}
