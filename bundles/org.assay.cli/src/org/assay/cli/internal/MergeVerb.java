/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.cli.internal;

import java.io.PrintStream;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.assay.agreement.Merge;
import org.assay.agreement.MergeReport;
import org.assay.agreement.MergeStrategy;
import org.assay.cli.CommandException;
import org.assay.cli.Options;
import org.assay.cli.ProjectArgument;
import org.assay.cli.UsageException;
import org.assay.cli.Verb;
import org.assay.model.AnnotationSet;
import org.assay.model.AnnotationStatus;
import org.assay.model.Document;
import org.assay.model.support.SetNames;
import org.assay.store.ProjectFolder;
import org.assay.store.StoreException;

/** {@code assay merge --project DIR --sets A,B,C --into gold --strategy unanimous|agreeing|min:K ...}. */
public final class MergeVerb implements Verb {

	@Override
	public String name() {
		return "merge";
	}

	@Override
	public String synopsis() {
		return "--project DIR --sets A,B,C --strategy S [--into gold]   merge what sets agree on into gold";
	}

	@Override
	public String help() {
		return """
				Usage: assay merge --project DIR --sets A,B[,...] --strategy unanimous|agreeing|min:K
				                   [--into SET] [--as proposed|accepted] [--documents IDS] [--done-only]
				                   [--proposals]

				Puts the spans the named sets agree on into the target set (gold by default), as proposals for
				the curator to confirm (default) or as accepted annotations, and prints what it merged and what
				it left disputed, per layer and label. A span is its extent and label:

				  unanimous  every named set has it
				  agreeing   at least two sets have it, and every set that annotated anything overlapping it
				             has it
				  min:K      at least K sets have it, and no overlapping span that other sets have instead has
				             as many votes

				Only documents where every named set is present are merged. Nothing in the target set is
				overwritten or doubled: where it already has a span on the same extent (any label, any status,
				rejected too), that stays and nothing is added. Each merged span records the strategy
				(author merge:STRATEGY), the agreeing sets (sourceSet) and their annotations (sourceId);
				accepted ones also who merged them and when. From annotators' sets and gold, accepted and
				corrected annotations are votes; from engine sets, all. Links (a claim's claimant and cue)
				are merged by the same strategy between spans the target has, counted as link/ROLE; a
				source the target already links in a role keeps its link. With --as accepted, a span that
				lacks a link the sets dispute (a claim whose claimant they give differently, or only some
				give) is merged as a proposal all the same, for the curator to decide. Document labels are
				not merged.

				  --sets A,B,...   two or more set names (annotators, gold, engine:ID)
				  --into SET       the target set (default: gold); not one of --sets
				  --as STATUS      proposed (default) or accepted
				  --documents IDS  only these documents (comma-separated ids)
				  --done-only      only documents where each named annotator's set (and gold, if named) is
				                   marked done
				  --proposals      count undecided proposals in annotators' sets as votes too
				""";
	}

	@Override
	public Set<String> valuedOptions() {
		return Set.of(ProjectArgument.OPTION, "sets", "into", "strategy", "as", "documents");
	}

	@Override
	public Set<String> flagOptions() {
		return Set.of("proposals", "done-only");
	}

	@Override
	public int run(Options options, PrintStream out) throws CommandException {
		options.positional(0, "no positional arguments");
		List<String> sets = AgreementVerb.sets(options);
		String into = options.value("into") == null ? SetNames.GOLD : options.value("into");
		if (sets.contains(into) || !SetNames.isValid(into)) {
			throw new UsageException("--into needs a valid set name that is not one of --sets");
		}
		MergeStrategy strategy;
		try {
			strategy = MergeStrategy.parse(options.required("strategy"), sets.size());
		} catch (IllegalArgumentException e) {
			throw new UsageException(e.getMessage());
		}
		AnnotationStatus as = status(options.value("as"));
		ProjectFolder folder = ProjectArgument.open(options);
		List<Document> documents = AnnotateVerb.documents(folder, options.value("documents"));
		AgreementVerb.checkSets(documents, sets);
		documents = AgreementVerb.doneOnly(options, documents, sets);
		String curator = System.getProperty("assay.annotator", "");
		if (curator.isBlank()) {
			curator = System.getProperty("user.name", "curator");
		}
		MergeReport report = Merge.merge(documents, folder.project().getSchema(), sets, into, strategy, as,
				options.has("proposals"), curator, new Date());
		try {
			for (AnnotationSet set : report.changed()) {
				folder.save(set);
			}
		} catch (StoreException e) {
			throw new CommandException(e.getMessage(), e);
		}
		print(report, sets, into, strategy, as, out);
		return 0;
	}

	private static AnnotationStatus status(String value) throws UsageException {
		if (value == null || value.equals("proposed")) {
			return AnnotationStatus.PROPOSED;
		}
		if (value.equals("accepted")) {
			return AnnotationStatus.ACCEPTED;
		}
		throw new UsageException("--as is proposed or accepted, not '" + value + "'");
	}

	private static void print(MergeReport r, List<String> sets, String into, MergeStrategy strategy,
			AnnotationStatus as, PrintStream out) {
		out.printf(Locale.ROOT, "merged %s into %s (%s, as %s): %d document(s)", String.join(", ", sets), into,
				strategy, as.getLiteral(), r.documents().size());
		if (!r.skipped().isEmpty()) {
			out.printf(Locale.ROOT, ", %d left alone (a set missing or not started)", r.skipped().size());
		}
		out.println();
		int width = Math.max(12, r.labels().stream().mapToInt(l -> l.layer().length() + l.label().length() + 1)
				.max().orElse(0));
		out.printf(Locale.ROOT, "  %-" + width + "s %8s %9s %14s%n", "layer/label", "merged", "disputed",
				"already there");
		for (MergeReport.LabelCount l : r.labels()) {
			out.printf(Locale.ROOT, "  %-" + width + "s %8d %9d %14d%n", l.layer() + "/" + l.label(), l.merged(),
					l.disputed(), l.alreadyThere());
		}
		out.printf(Locale.ROOT, "  %-" + width + "s %8d %9d %14d%n", "all", r.merged(), r.disputed(),
				r.alreadyThere());
		if (r.proposedForLinks() > 0) {
			out.printf(Locale.ROOT, "%d span(s) merged as proposed, not accepted: the sets dispute a link from them "
					+ "(a claim's claimant); curate them%n", r.proposedForLinks());
		}
		if (!r.disputedPlaces().isEmpty()) {
			out.println("first disputed: " + String.join("; ", r.disputedPlaces()));
		}
	}
}
