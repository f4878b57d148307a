/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.cli.internal;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;

import org.assay.cli.CommandException;
import org.assay.cli.Options;
import org.assay.cli.ProjectArgument;
import org.assay.cli.Verb;
import org.assay.model.Document;
import org.assay.model.evaluation.Evaluation;
import org.assay.model.evaluation.EvaluationTable;
import org.assay.model.support.SetNames;
import org.assay.store.ProjectFolder;
import org.assay.uima.Engines;

/** {@code assay evaluate --project DIR --predicted SET [--reference SET] [--documents ID,...]}. */
public final class EvaluateVerb implements Verb {

	@Override
	public String name() {
		return "evaluate";
	}

	@Override
	public String synopsis() {
		return "--project DIR --predicted SET [--reference SET]   precision, recall, F1 of one set against another";
	}

	@Override
	public String help() {
		return """
				Usage: assay evaluate --project DIR --predicted SET [--reference SET] [--documents ID,...]
				                      [--with-proposals]

				Compares two annotation sets of every document that has both, an engine's proposals against
				gold (--predicted engine:entities) or one annotator against another, and prints precision,
				recall and F1 per layer and label: exact (same label and extent) and overlapping matches, and
				links per role. Rejected annotations are never answers; in a set people decide (an
				annotator's, gold) only decided annotations count, accepted and corrected, not the proposals
				still open. An engine's set counts whole.

				  --predicted SET     the set to score
				  --reference SET     the set taken as right (default: gold)
				  --documents IDS     only these documents (comma-separated ids)
				  --with-proposals    count open proposals in annotators' sets and gold too
				""";
	}

	@Override
	public Set<String> valuedOptions() {
		return Set.of(ProjectArgument.OPTION, "predicted", "reference", "documents");
	}

	@Override
	public Set<String> flagOptions() {
		return Set.of("with-proposals");
	}

	@Override
	public boolean changesProject() {
		return false;
	}

	@Override
	public int run(Options options, PrintStream out) throws CommandException {
		options.positional(0, "no positional arguments");
		String predicted = options.required("predicted");
		String reference = options.value("reference") == null ? SetNames.GOLD : options.value("reference");
		ProjectFolder folder = ProjectArgument.open(options);
		List<Document> documents = AnnotateVerb.documents(folder, options.value("documents"));
		for (String set : List.of(predicted, reference)) {
			if (documents.stream().noneMatch(d -> SetNames.find(d, set) != null)) {
				throw new CommandException("no document has the set '" + set + "'");
			}
		}
		boolean open = options.has("with-proposals");
		Evaluation e = Evaluation.of(documents, predicted, reference, open);
		if (e.documents() == 0) {
			boolean both = documents.stream()
					.anyMatch(d -> SetNames.find(d, predicted) != null && SetNames.find(d, reference) != null);
			throw new CommandException(!both ? "no document has both '" + predicted + "' and '" + reference + "'"
					: "no document where both '" + predicted + "' and '" + reference + "' give an answer: a set that holds"
							+ " only the proposals engines offered it, none decided, is not started (--with-proposals"
							+ " counts its proposals)");
		}
		out.print(EvaluationTable.format(e, predicted, reference, Engines.rowsFor(predicted), open));
		return 0;
	}
}
