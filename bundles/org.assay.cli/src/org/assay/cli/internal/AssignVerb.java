/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.cli.internal;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.assay.cli.CommandException;
import org.assay.cli.Options;
import org.assay.cli.ProjectArgument;
import org.assay.cli.UsageException;
import org.assay.cli.Verb;
import org.assay.model.Document;
import org.assay.model.SetKind;
import org.assay.model.support.SetNames;
import org.assay.store.Assignments;
import org.assay.store.ProjectFolder;
import org.assay.store.StoreException;

/**
 * {@code assay assign}: who annotates which documents, by hand ({@code --to NAME}, {@code --remove NAME}) or by
 * rule ({@code --annotators A,B,C} with N per document and a share seen by everyone, shuffled with a seed).
 */
public final class AssignVerb implements Verb {

	@Override
	public String name() {
		return "assign";
	}

	@Override
	public String synopsis() {
		return "--project DIR --annotators A,B,... [--per-document N] [--overlap 0.2]   who annotates which documents";
	}

	@Override
	public String help() {
		return """
				Usage: assay assign --project DIR --annotators A,B,... [--per-document N] [--overlap SHARE]
				                    [--seed N] [--documents IDS]
				       assay assign --project DIR --to NAME --documents IDS
				       assay assign --project DIR --remove NAME --documents IDS

				Assigns documents to annotators, kept in the project's assignments.json. By rule: the documents
				(all, or --documents) are shuffled with the seed; the first SHARE of them (rounded up) goes to
				every annotator, so that agreement can be measured on them; each of the others to N annotators
				in turn, so that the work is shared evenly. This replaces what those documents had. By hand:
				--to adds an annotator to the documents, --remove takes them away. Prints each annotator's load.

				  --annotators A,B,...  the annotators (their set names) to share the documents
				  --per-document N      annotators per document outside the shared part (default 1)
				  --overlap SHARE       share of documents every annotator sees, 0 to 1 (default 0)
				  --seed N              the shuffle's seed (default 1): the same seed, the same assignment
				  --documents IDS       only these documents (comma-separated ids; default: all)
				  --to NAME             assign the documents to this annotator
				  --remove NAME         take the documents away from this annotator
				""";
	}

	@Override
	public Set<String> valuedOptions() {
		return Set.of(ProjectArgument.OPTION, "annotators", "per-document", "overlap", "seed", "documents", "to",
				"remove");
	}

	@Override
	public int run(Options options, PrintStream out) throws CommandException {
		options.positional(0, "no positional arguments");
		String names = options.value("annotators");
		String to = options.value("to");
		String remove = options.value("remove");
		if ((names != null ? 1 : 0) + (to != null ? 1 : 0) + (remove != null ? 1 : 0) != 1) {
			throw new UsageException("assay assign takes one of --annotators, --to or --remove (see assay assign --help)");
		}
		if ((to != null || remove != null) && options.value("documents") == null) {
			throw new UsageException("--to and --remove need --documents");
		}
		ProjectFolder folder = ProjectArgument.open(options);
		List<Document> documents = AnnotateVerb.documents(folder, options.value("documents"));
		List<String> ids = documents.stream().map(Document::getId).toList();
		Assignments assignments;
		try {
			assignments = Assignments.read(folder.dir());
		} catch (StoreException e) {
			throw new CommandException(e.getMessage(), e);
		}
		if (names != null) {
			List<String> annotators = Arrays.stream(names.split(",")).map(String::strip).filter(s -> !s.isEmpty())
					.distinct().toList();
			for (String name : annotators) {
				annotator(name);
			}
			int perDocument = integer(options, "per-document", 1);
			double overlap = share(options);
			if (annotators.isEmpty() || perDocument > annotators.size()) {
				throw new UsageException("--per-document " + perDocument + " needs at least as many annotators, not "
						+ annotators.size());
			}
			List<String> shared = assignments.roundRobin(ids, annotators, perDocument, overlap, integer(options, "seed", 1));
			out.printf(Locale.ROOT, "assigned %d document(s) to %d annotator(s), %d per document; %d seen by everyone%n",
					ids.size(), annotators.size(), perDocument, shared.size());
		} else if (to != null) {
			annotator(to);
			ids.forEach(id -> assignments.assign(id, to));
			out.printf(Locale.ROOT, "assigned %d document(s) to %s%n", ids.size(), to);
		} else {
			ids.forEach(id -> assignments.unassign(id, remove));
			out.printf(Locale.ROOT, "took %d document(s) from %s%n", ids.size(), remove);
		}
		try {
			assignments.write(folder.dir());
		} catch (StoreException e) {
			throw new CommandException(e.getMessage(), e);
		}
		assignments.load().forEach((name, n) -> out.printf(Locale.ROOT, "  %-20s %6d document(s)%n", name, n));
		return 0;
	}

	private static void annotator(String name) throws UsageException {
		if (!SetNames.isValid(name) || SetNames.kindOf(name) != SetKind.ANNOTATOR) {
			throw new UsageException("'" + name + "' is not an annotator's name (not gold, not engine:ID)");
		}
	}

	private static int integer(Options options, String name, int fallback) throws UsageException {
		String v = options.value(name);
		try {
			int n = v == null ? fallback : Integer.parseInt(v.strip());
			if (n < 1 && !name.equals("seed")) {
				throw new NumberFormatException();
			}
			return n;
		} catch (NumberFormatException e) {
			throw new UsageException("--" + name + " takes a whole number" + (name.equals("seed") ? "" : " of at least 1"));
		}
	}

	private static double share(Options options) throws UsageException {
		String v = options.value("overlap");
		try {
			double share = v == null ? 0 : Double.parseDouble(v.strip().endsWith("%")
					? String.valueOf(Double.parseDouble(v.strip().replace("%", "")) / 100) : v.strip());
			if (share < 0 || share > 1 || Double.isNaN(share)) {
				throw new NumberFormatException();
			}
			return share;
		} catch (NumberFormatException e) {
			throw new UsageException("--overlap takes a share from 0 to 1 (or a percentage, 20%)");
		}
	}
}
