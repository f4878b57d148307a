/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.cli.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.assay.agreement.Agreement;
import org.assay.agreement.AgreementJson;
import org.assay.agreement.AgreementReport;
import org.assay.agreement.AgreementTable;
import org.assay.cli.CommandException;
import org.assay.cli.Options;
import org.assay.cli.ProjectArgument;
import org.assay.cli.UsageException;
import org.assay.cli.Verb;
import org.assay.model.Document;
import org.assay.model.LabelSchema;
import org.assay.model.LayerKind;
import org.assay.model.support.SetNames;
import org.assay.model.support.WorkStates;
import org.assay.store.ProjectFolder;

/** {@code assay agreement --project DIR --sets A,B[,...] [--layers L,...] [--documents IDS] [--done-only] [--json]}. */
public final class AgreementVerb implements Verb {

	@Override
	public String name() {
		return "agreement";
	}

	@Override
	public String synopsis() {
		return "--project DIR --sets A,B[,...]   inter-annotator agreement: κ and α per layer and label";
	}

	@Override
	public String help() {
		return """
				Usage: assay agreement --project DIR --sets A,B[,...] [--layers L,...] [--documents IDS]
				                       [--done-only] [--proposals] [--json]

				Measures how far annotation sets agree, per span layer and label, over all compared documents
				and per document: Fleiss' kappa and Krippendorff's alpha (nominal) over all sets, Cohen's kappa
				for each pair, and Krippendorff's unitizing alpha on character offsets (partial overlaps agree
				partly). Any set is a rater: annotators, gold, engine:ID.

				Units: each place (a span's extent) that some set annotated in a document is one unit; a set's
				value there is its label, or none. Each figure says how many units it rests on; a figure with
				nothing to rest on is named ("no units", "one category only"), never shown as 1.0 or NaN. The
				observed column is the share of units all sets agree on, to read beside kappa when labels are
				skewed.

				Links are measured per role, in rows link/ROLE after the span layers: a unit is a span that
				every set drew (extent and label) and some set links in that role, a set's value the end it
				links to (extent and label) or none. So claimants are compared on the claims all drew; a claim
				only some drew is the spans' disagreement and is not counted again.

				Document labels are measured per document-label layer, after the span layers: a unit is a
				document some set labelled in that layer, a set's value its labels there or none.

				Only documents where every named set is present are compared (a missing set is not read as
				"found nothing"); each pair also uses the documents where both of its sets are present.
				From annotators' sets and gold, accepted and corrected annotations count; from engine sets,
				all. Rejected annotations never count.

				  --sets A,B,...   two or more set names
				  --layers L,...   only these layers (default: every span and document-label layer with annotations)
				  --documents IDS  only these documents (comma-separated ids)
				  --done-only      only documents where each named annotator's set (and gold, if named) is
				                   marked done: finished work, not the undecided rest of a document in progress
				  --proposals      count undecided proposals in annotators' sets and gold too
				  --json           one JSON object instead of the table
				""";
	}

	@Override
	public Set<String> valuedOptions() {
		return Set.of(ProjectArgument.OPTION, "sets", "layers", "documents");
	}

	@Override
	public Set<String> flagOptions() {
		return Set.of("json", "proposals", "done-only");
	}

	@Override
	public boolean changesProject() {
		return false;
	}

	@Override
	public int run(Options options, PrintStream out) throws CommandException {
		options.positional(0, "no positional arguments");
		List<String> sets = sets(options);
		List<String> layers = list(options.value("layers"));
		ProjectFolder folder = ProjectArgument.open(options);
		LabelSchema schema = folder.project().getSchema();
		for (String layer : layers) {
			if (schema.getLayers().stream().noneMatch(l -> l.getName().equals(layer) && l.getKind() == LayerKind.SPAN)) {
				throw new CommandException("the project has no span layer '" + layer + "'");
			}
		}
		List<Document> documents = AnnotateVerb.documents(folder, options.value("documents"));
		checkSets(documents, sets);
		documents = doneOnly(options, documents, sets);
		AgreementReport report = Agreement.compute(documents, schema, sets, layers, options.has("proposals"));
		out.print(options.has("json") ? AgreementJson.format(report) : AgreementTable.format(report));
		return 0;
	}

	/**
	 * With {@code --done-only}, the documents where every named set that people decide is marked done; none is
	 * an error. Else the documents as they are.
	 */
	static List<Document> doneOnly(Options options, List<Document> documents, List<String> sets)
			throws CommandException {
		if (!options.has("done-only")) {
			return documents;
		}
		List<Document> done = documents.stream().filter(d -> WorkStates.doneIn(d, sets)).toList();
		if (done.isEmpty()) {
			throw new CommandException("no document has every one of " + String.join(", ", sets) + " marked done");
		}
		return done;
	}

	/** The names of {@code --sets}: at least two, none twice. */
	static List<String> sets(Options options) throws UsageException {
		List<String> sets = list(options.required("sets"));
		if (sets.size() < 2 || sets.stream().distinct().count() != sets.size()) {
			throw new UsageException("--sets needs two or more different set names, comma-separated");
		}
		return sets;
	}

	/** Every set must be in some document of the selection. */
	static void checkSets(List<Document> documents, List<String> sets) throws CommandException {
		for (String set : sets) {
			if (documents.stream().noneMatch(d -> SetNames.find(d, set) != null)) {
				throw new CommandException("no document has the set '" + set + "'");
			}
		}
	}

	static List<String> list(String value) {
		List<String> list = new ArrayList<>();
		if (value != null) {
			for (String s : value.split(",")) {
				if (!s.isBlank()) {
					list.add(s.strip());
				}
			}
		}
		return list;
	}
}
