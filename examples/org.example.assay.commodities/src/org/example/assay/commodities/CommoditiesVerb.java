/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.example.assay.commodities;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.assay.cli.CommandException;
import org.assay.cli.Options;
import org.assay.cli.ProjectArgument;
import org.assay.cli.Verb;
import org.assay.model.Annotation;
import org.assay.model.AnnotationSet;
import org.assay.model.AnnotationStatus;
import org.assay.model.Document;
import org.assay.model.Span;
import org.assay.model.support.Spans;
import org.assay.store.ProjectFolder;

/**
 * {@code assay commodities --project DIR [--set NAME]}: which commodities a project's set mentions, how often and
 * in how many documents, contributed to {@code org.assay.cli.verbs}. It only reads the project.
 */
public final class CommoditiesVerb implements Verb {

	static final String DEFAULT_SET = "engine:commodities";

	@Override
	public String name() {
		return "commodities";
	}

	@Override
	public String synopsis() {
		return "--project DIR [--set NAME]   the commodities a set mentions (example plug-in)";
	}

	@Override
	public String help() {
		return """
				Usage: assay commodities --project DIR [--set NAME] [--label LABEL]

				Lists the commodities that a set of the project mentions: each term (lower case), how often
				and in how many documents, most frequent first. A span counts when it has the label
				(COMMODITY unless --label says another) and is not rejected.
				  --set NAME     the set to read (default engine:commodities, the commodities engine's proposals)
				  --label LABEL  the label to count (default COMMODITY)
				""";
	}

	@Override
	public Set<String> valuedOptions() {
		return Set.of(ProjectArgument.OPTION, "set", "label");
	}

	@Override
	public boolean changesProject() {
		return false;
	}

	@Override
	public int run(Options options, PrintStream out) throws CommandException {
		options.positional(0, "no positional arguments");
		String setName = options.has("set") ? options.value("set") : DEFAULT_SET;
		String label = options.has("label") ? options.value("label") : "COMMODITY";
		ProjectFolder folder = ProjectArgument.open(options);
		Map<String, Integer> mentions = new TreeMap<>();
		Map<String, Set<String>> documents = new TreeMap<>();
		int sets = 0;
		for (Document d : folder.project().getDocuments()) {
			for (AnnotationSet set : d.getAnnotationSets()) {
				if (!set.getName().equals(setName)) {
					continue;
				}
				sets++;
				for (Annotation a : set.getAnnotations()) {
					if (a instanceof Span s && a.getLabel() != null && label.equals(a.getLabel().getName())
							&& a.getStatus() != AnnotationStatus.REJECTED) {
						String term = Spans.coveredText(s, d.getText()).toLowerCase(Locale.ROOT);
						mentions.merge(term, 1, Integer::sum);
						documents.computeIfAbsent(term, k -> new TreeSet<>()).add(d.getId());
					}
				}
			}
		}
		if (sets == 0) {
			throw new CommandException("no document of " + folder.dir() + " has the set '" + setName
					+ "' (run assay annotate --engine commodities first, or name a set with --set)");
		}
		out.printf("%-24s %8s %9s%n", "commodity", "mentions", "documents");
		mentions.entrySet().stream()
				.sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
				.forEach(e -> out.printf("%-24s %8d %9d%n", e.getKey(), e.getValue(), documents.get(e.getKey()).size()));
		out.printf("%d mention(s) of %d commodit%s in %d document(s) of set %s%n",
				mentions.values().stream().mapToInt(Integer::intValue).sum(), mentions.size(),
				mentions.size() == 1 ? "y" : "ies", sets, setName);
		return 0;
	}
}
