/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.soak;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Kills Assay's command line with SIGKILL at random moments and checks what the kills left: the project opens,
 * what was saved before a killed command is all there (the sample's gold annotations), and an import is
 * there whole or not at all (its set covers all of its documents or none), a JSONL file or a folder of CoNLL files
 * (stored while it is parsed) in turn. Import, annotate and export are
 * killed in turn, each after a random delay up to what a whole run of it takes.
 *
 * <pre>java -cp ... org.assay.soak.KillSoak PRODUCT_DIR [ROUNDS]</pre>
 */
public final class KillSoak {

	/** What a soak found. */
	public record Result(int rounds, int killed, int finished, int wholeImports, int noImports, List<String> problems) {
	}

	private static final int CORPUS = 40;
	private static final Pattern SET_ROW = Pattern.compile("(?m)^(\\S+)\\s+(\\d+)\\s+(\\d+)\\s+\\d+\\s+\\d+\\s+\\d+$");

	private final Path assay;
	private final Path work;
	private final Random random;

	public KillSoak(Path product, Path work, long seed) {
		this.assay = product.resolve("assay");
		this.work = work;
		this.random = new Random(seed);
	}

	public static void main(String[] args) throws Exception {
		int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 200;
		Path work = Files.createTempDirectory("assay-soak");
		Result r = new KillSoak(Path.of(args[0]), work, 7).run(rounds);
		System.out.printf("kill soak: %d rounds, %d commands killed, %d finished before the kill; imports killed: %d"
				+ " whole, %d absent, %d half; problems: %d%n", r.rounds(), r.killed(), r.finished(), r.wholeImports(),
				r.noImports(), r.problems().stream().filter(p -> p.contains("half")).count(), r.problems().size());
		r.problems().forEach(p -> System.out.println("  " + p));
	}

	public Result run(int rounds) throws Exception {
		Path project = work.resolve("project");
		check(exec(List.of("new", project.toString(), "--sample")), "new");
		String gold = goldRow(check(exec(List.of("info", "--project", project.toString())), "info"));
		Path corpus = corpus();
		Path conll = conllCorpus();
		long[] took = { 3000, 3000, 3000 };
		List<String> problems = new ArrayList<>();
		int killed = 0;
		int finished = 0;
		int whole = 0;
		int none = 0;
		for (int i = 0; i < rounds; i++) {
			int kind = i % 3;
			List<String> args = switch (kind) {
			// one import in two a folder of CoNLL files, stored while its later files are parsed
			case 0 -> i / 3 % 2 == 0
					? List.of("import", "jsonl", corpus.toString(), "--project", project.toString(), "--set", "k" + i)
					: List.of("import", "conll2003", conll.toString(), "--project", project.toString(), "--set", "k" + i);
			case 1 -> List.of("annotate", "--project", project.toString(), "--engine", "entities", "--into", "ana");
			default -> List.of("export", "jsonl", "--project", project.toString(), "--out",
					work.resolve("out" + i + ".jsonl").toString());
			};
			long delay = (long) (random.nextDouble() * took[kind] * 1.2);
			long t0 = System.nanoTime();
			Process p = start(args);
			boolean done = p.waitFor(delay, TimeUnit.MILLISECONDS);
			if (done) {
				finished++;
				took[kind] = Math.max(took[kind], (System.nanoTime() - t0) / 1_000_000);
			} else {
				p.destroyForcibly(); // SIGKILL
				p.waitFor();
				killed++;
			}
			String info = check(exec(List.of("info", "--project", project.toString())), "info after round " + i);
			if (Files.exists(project.resolve(".assay-staging"))) {
				problems.add("round " + i + ": a staging folder is left after the project was opened");
			}
			Matcher m = SET_ROW.matcher(info);
			boolean goldWhole = gold.equals(goldRow(info));
			int imported = 0;
			while (m.find()) {
				if (m.group(1).equals("k" + i)) {
					imported = Integer.parseInt(m.group(2));
				}
			}
			if (!goldWhole) {
				problems.add("round " + i + ": the gold saved before is not whole:\n" + info);
			}
			if (kind == 0) {
				if (imported == CORPUS) {
					whole++;
				} else if (imported == 0) {
					none++;
				} else {
					problems.add("round " + i + ": a killed import is half there: " + imported + " of " + CORPUS);
				}
			}
		}
		return new Result(rounds, killed, finished, whole, none, problems);
	}

	/** The gold set's documents and annotations as info prints them. */
	private static String goldRow(String info) {
		Matcher m = SET_ROW.matcher(info);
		while (m.find()) {
			if (m.group(1).equals("gold")) {
				return m.group(2) + " " + m.group(3);
			}
		}
		return "none";
	}

	/** The same in CoNLL-2003: a folder of {@link #CORPUS} files, one document each. */
	private Path conllCorpus() throws IOException {
		Path folder = Files.createDirectories(work.resolve("conll"));
		for (int d = 0; d < CORPUS; d++) {
			StringBuilder b = new StringBuilder("-DOCSTART- -X- O O\n\n");
			for (int s = 0; s < 60; s++) {
				b.append("Mara NNP I-NP I-PER\nQuist").append(d).append(" NNP I-NP I-PER\nspoke VBD I-VP O\n")
						.append("on IN I-PP O\nday NN I-NP O\n").append(s).append(" CD I-NP O\n. . O O\n\n");
			}
			Files.writeString(folder.resolve(String.format("soak%02d.conll", d)), b, StandardCharsets.UTF_8);
		}
		return folder;
	}

	/** A JSONL corpus of its own: documents of generated sentences with a person in each. */
	private Path corpus() throws IOException {
		StringBuilder b = new StringBuilder();
		for (int d = 0; d < CORPUS; d++) {
			StringBuilder text = new StringBuilder();
			for (int s = 0; s < 60; s++) {
				text.append("Mara Quist").append(d).append(" spoke to the harbour board on day ").append(s).append(". ");
			}
			b.append("{\"document\":\"soak").append(d).append("\",\"text\":\"").append(text)
					.append("\",\"spans\":[{\"id\":\"a\",\"begin\":0,\"end\":10,\"label\":\"PERSON\"}]}\n");
		}
		Path file = work.resolve("corpus.jsonl");
		Files.writeString(file, b, StandardCharsets.UTF_8);
		return file;
	}

	private Process start(List<String> args) throws IOException {
		List<String> command = new ArrayList<>();
		command.add(assay.toString());
		command.addAll(args);
		return new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(work.resolve("last-command.log").toFile()).start();
	}

	private String[] exec(List<String> args) throws Exception {
		Process p = start(args);
		if (!p.waitFor(120, TimeUnit.SECONDS)) {
			p.destroyForcibly();
			throw new IllegalStateException("assay " + String.join(" ", args) + " did not finish in 120 s");
		}
		return new String[] { String.valueOf(p.exitValue()), Files.readString(work.resolve("last-command.log")) };
	}

	private static String check(String[] result, String what) {
		if (!result[0].equals("0")) {
			throw new IllegalStateException(what + " failed (exit " + result[0] + "):\n" + result[1]);
		}
		return result[1];
	}
}
