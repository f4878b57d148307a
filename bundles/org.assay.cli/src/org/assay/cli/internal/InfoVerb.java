/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.cli.internal;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.assay.cli.CommandException;
import org.assay.cli.Options;
import org.assay.cli.ProjectArgument;
import org.assay.cli.Verb;
import org.assay.model.Project;
import org.assay.model.support.ProjectCounts;
import org.assay.model.support.ProjectCounts.SetCounts;
import org.assay.model.support.SetNames;
import org.assay.store.Assignments;
import org.assay.store.ProjectFolder;
import org.assay.store.Progress;
import org.assay.store.StoreException;

/** {@code assay info --project DIR}: documents, annotation sets, counts per layer and label. */
public final class InfoVerb implements Verb {

	@Override
	public String name() {
		return "info";
	}

	@Override
	public String synopsis() {
		return "--project DIR                 documents, annotation sets, counts per layer and label";
	}

	@Override
	public String help() {
		return """
				Usage: assay info --project DIR

				Prints the project's documents, its annotation sets (how many documents each covers and in
				which state), each annotator's progress (documents assigned, done and in progress, decisions
				made and decisions per hour of working time, read off the decisions' provenance; a pause of
				more than 10 minutes between two decisions is not working time), and for each set the number
				of annotations per layer and label, with the number of links per role.
				""";
	}

	@Override
	public Set<String> valuedOptions() {
		return Set.of(ProjectArgument.OPTION);
	}

	@Override
	public boolean changesProject() {
		return false;
	}

	@Override
	public int run(Options options, PrintStream out) throws CommandException {
		options.positional(0, "no positional arguments");
		ProjectFolder folder = ProjectArgument.open(options);
		Project project = folder.project();
		ProjectCounts counts = ProjectCounts.of(project);
		out.printf("project    %s%n", project.getName());
		out.printf("folder     %s%n", folder.dir().toAbsolutePath().normalize());
		out.printf("documents  %,d (%,d characters)%n", counts.documents(), counts.characters());
		out.printf("schema     %s%n", counts.schemaSummary());
		if (counts.sets().isEmpty()) {
			out.println("sets       none");
			return 0;
		}
		printProgress(folder, out);
		out.println();
		out.printf("%-24s %9s %11s %7s %5s %11s %5s%n", "set", "documents", "annotations", "links", "new", "in-progress",
				"done");
		for (SetCounts s : counts.sets().values()) {
			out.printf("%-24s %9d %11d %7d %5d %11d %5d%n", s.name(), s.documents(), s.annotations(), s.links(),
					s.newDocuments(), s.inProgress(), s.done());
		}
		for (SetCounts s : counts.sets().values()) {
			out.println();
			out.println(s.name() + ":");
			for (Map.Entry<String, Integer> e : s.perLabel().entrySet()) {
				out.printf("  %-32s %7d%n", e.getKey(), e.getValue());
			}
			for (Map.Entry<String, Integer> e : s.perStatus().entrySet()) {
				out.printf("  %-32s %7d%n", "status " + e.getKey(), e.getValue());
			}
		}
		return 0;
	}

	private static void printProgress(ProjectFolder folder, PrintStream out) throws CommandException {
		List<Progress> progress;
		List<String> ready;
		try {
			Assignments assignments = Assignments.read(folder.dir());
			progress = Progress.of(folder.project(), assignments);
			ready = Progress.readyToCurate(folder.project(), assignments, SetNames.GOLD);
		} catch (StoreException e) {
			throw new CommandException(e.getMessage(), e);
		}
		if (progress.isEmpty()) {
			return;
		}
		out.println();
		out.printf("%-24s %9s %5s %11s %10s %9s%n", "annotator", "assigned", "done", "in-progress", "decisions", "per hour");
		for (Progress p : progress) {
			out.printf(Locale.ROOT, "%-24s %9d %5d %11d %10d %9s%n", p.annotator(), p.assigned(), p.done(), p.inProgress(),
					p.decisions(), p.decisionsPerHourText());
		}
		if (!ready.isEmpty()) {
			out.printf(Locale.ROOT, "ready to curate into gold (all their annotators done): %d document(s): %s%n",
					ready.size(), Progress.firstIds(ready, "..."));
		}
	}
}
