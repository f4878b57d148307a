/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.assay.store.ProjectFolder;
import org.assay.store.ProjectLock;
import org.assay.store.StoreException;

/**
 * The headless command line: dispatches {@code assay VERB ...} to a verb, prints {@code --help}, and turns
 * every problem into one line on the error stream and a non-zero exit code.
 */
public final class Cli {

	/** The exit code of a failure that is not the user's: a bug, or the machine running out of something. */
	public static final int INTERNAL_ERROR = 70;

	private final List<Verb> verbs;
	private final PrintStream out;
	private final PrintStream err;

	public Cli(List<Verb> verbs, PrintStream out, PrintStream err) {
		this.verbs = List.copyOf(verbs);
		this.out = out;
		this.err = err;
	}

	/** Runs one command line and returns its exit code. */
	public int run(String... args) {
		if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
			if (args.length > 1 && args[0].equals("help")) {
				return run(args[1], "--help");
			}
			printHelp();
			return 0;
		}
		Verb verb = find(args[0]);
		if (verb == null) {
			if (isFolder(args[0])) {
				err.println("assay: '" + args[0] + "' is a folder, not a verb: 'assay PROJECT' opens a project folder (one with "
						+ ProjectFolder.PROJECT_FILE + ") in the workbench, and 'assay new PROJECT --from " + args[0]
						+ "' makes one of its texts");
			} else {
				err.println("assay: unknown verb '" + args[0] + "' (see assay --help)");
			}
			return 2;
		}
		List<String> rest = Arrays.asList(args).subList(1, args.length);
		if (rest.contains("--help") || rest.contains("-h")) {
			out.println(verb.help().strip());
			return 0;
		}
		try {
			Options options = Options.parse(verb.name(), rest, verb.valuedOptions(), verb.flagOptions(),
					verb.repeatableOptions());
			try (ProjectLock lock = lock(verb, options, args)) {
				return verb.run(options, out);
			}
		} catch (CommandException e) {
			err.println("assay " + verb.name() + ": " + e.getMessage());
			return e.exitCode();
		} catch (Throwable t) { // an Error too: a verb that dies must never look done
			err.println("assay " + verb.name() + ": " + unexpected(t));
			return INTERNAL_ERROR;
		}
	}

	/** One line for an unexpected failure; running out of memory says how to give Assay more. */
	static String unexpected(Throwable t) {
		for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
			if (c instanceof OutOfMemoryError oom) {
				long mb = Runtime.getRuntime().maxMemory() >> 20;
				return "out of memory (" + (oom.getMessage() == null ? "" : oom.getMessage() + ", ") + "at most "
						+ mb + " MB); give Assay more with the environment variable ASSAY_VMARGS=-Xmx" + Math.max(4, 2 * mb >> 10)
						+ "g (or more) and run the command again";
			}
		}
		String line = t.toString().lines().findFirst().orElse(t.getClass().getName());
		return "internal error: " + line;
	}

	/** The lock of the project a verb changes, or null for a verb that only reads, or no project. */
	private static ProjectLock lock(Verb verb, Options options, String[] args) throws CommandException {
		if (!verb.changesProject() || options.value(ProjectArgument.OPTION) == null) {
			return null;
		}
		Path dir = Path.of(options.value(ProjectArgument.OPTION));
		if (!ProjectFolder.isProject(dir)) {
			return null; // the verb says what is wrong with it
		}
		String command = "assay " + String.join(" ", args);
		try {
			return ProjectLock.acquire(dir, command.length() > 200 ? command.substring(0, 200) + "..." : command);
		} catch (StoreException e) {
			throw new CommandException(e.getMessage(), e);
		}
	}

	private Verb find(String name) {
		for (Verb v : verbs) {
			if (v.name().equals(name)) {
				return v;
			}
		}
		return null;
	}

	private static boolean isFolder(String arg) {
		try {
			return java.nio.file.Files.isDirectory(Path.of(arg));
		} catch (java.nio.file.InvalidPathException e) {
			return false;
		}
	}

	private void printHelp() {
		out.println("Usage: assay [VERB [OPTIONS] | PROJECT]");
		out.println();
		out.println("Without a verb, assay opens the workbench (on the sample project the first time);");
		out.println("with a project folder alone, the workbench with that project open.");
		out.println("With a verb it runs headless, needing no display:");
		out.println();
		int width = 0;
		for (Verb v : verbs) {
			width = Math.max(width, v.name().length());
		}
		for (Verb v : verbs) {
			out.printf("  %-" + width + "s  %s%n", v.name(), v.synopsis());
		}
		out.println();
		out.println("Set names: gold, an annotator's name, engine:ID for an engine's latest proposals.");
		out.println("'assay VERB --help' describes a verb. Exit codes: 0 done, 1 a problem with the input, 2 bad arguments.");
	}
}
