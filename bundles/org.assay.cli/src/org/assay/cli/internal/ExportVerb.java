/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.assay.cli.CommandException;
import org.assay.cli.Options;
import org.assay.cli.ProjectArgument;
import org.assay.cli.UsageException;
import org.assay.cli.Verb;
import org.assay.formats.ExportDocument;
import org.assay.formats.ExportOptions;
import org.assay.formats.ExportReport;
import org.assay.formats.Exporting;
import org.assay.formats.Format;
import org.assay.formats.FormatException;
import org.assay.formats.Formats;
import org.assay.model.support.Schemas;
import org.assay.store.ProjectFolder;
import org.assay.store.IoReasons;

/** {@code assay export FORMAT --project DIR --out PATH [--set NAME] [--layers L,...] [--split 80/10/10 --seed N]}. */
public final class ExportVerb implements Verb {

	@Override
	public String name() {
		return "export";
	}

	@Override
	public String synopsis() {
		return "FORMAT --project DIR --out PATH [--set NAME] [--layers L,...] [--split 80/10/10 --seed N]";
	}

	@Override
	public String help() {
		return """
				Usage: assay export FORMAT --project DIR --out PATH [--set NAME] [--layers L,...] [--accepted-only]
				                    [--done-only] [--split TRAIN/DEV/TEST --seed N] [--scheme iob1|iob2|bioes]

				Writes the annotations of one set of every document that has it, then reports what the format
				could not hold (overlaps flattened, links, features, ...), with counts and the first places.

				  FORMAT           %s
				  --out PATH       a file for conll2003, jsonl and csv; a folder for brat
				  --set NAME       gold (default), an annotator's name, engine:ID, or proposals (all engines)
				  --layers L,...   only these layers (default: all)
				  --accepted-only  only accepted and corrected annotations, no proposals; documents where the
				                   set's annotator has not started (nothing decided) are left out
				  --done-only      only documents where the set is marked done (training data: what is
				                   undecided in a document still in progress reads as nothing to label)
				  --split 80/10/10 cut the documents into train, dev and test (PATH-train.ext, ... or PATH/train,
				                   ...), shuffled with --seed (default 1)
				  --scheme S       tag scheme of conll2003: iob1 (default, as CoNLL-2003), iob2 (BIO) or bioes
				""".formatted(Formats.ids(false));
	}

	@Override
	public Set<String> valuedOptions() {
		return Set.of(ProjectArgument.OPTION, "out", "set", "layers", "split", "seed", "scheme");
	}

	@Override
	public Set<String> flagOptions() {
		return Set.of("accepted-only", "done-only");
	}

	@Override
	public boolean changesProject() {
		return false;
	}

	@Override
	public int run(Options options, PrintStream out) throws CommandException {
		List<String> args = options.positional(1, "a format: assay export FORMAT --project DIR --out PATH");
		Format format = Formats.find(args.get(0));
		if (format == null || format.exporter() == null) {
			throw new UsageException("cannot export '" + args.get(0) + "'; formats: " + Formats.ids(false));
		}
		Path target = options.requiredPath("out");
		String scheme = options.value("scheme") == null ? "iob1" : options.value("scheme");
		if (!List.of("iob1", "iob2", "bio", "bioes", "iobes").contains(scheme)) {
			throw new UsageException("unknown --scheme '" + scheme + "' (iob1, iob2, bioes)");
		}
		long seed;
		try {
			seed = options.value("seed") == null ? 1 : Long.parseLong(options.value("seed"));
		} catch (NumberFormatException e) {
			throw new UsageException("--seed takes a whole number");
		}
		ProjectFolder folder = ProjectArgument.open(options);
		List<String> layers = options.value("layers") == null ? List.of()
				: Arrays.stream(options.value("layers").split(",")).map(String::strip).toList();
		for (String layer : layers) {
			if (Schemas.layer(folder.project().getSchema(), layer) == null) {
				throw new UsageException("the project has no layer '" + layer + "'");
			}
		}
		try {
			int[] split = options.value("split") == null ? null : Exporting.parseSplit(options.value("split"));
			ExportReport report = new ExportReport();
			Exporting.Selection selection = new Exporting.Selection(
					options.value("set") == null ? "gold" : options.value("set"), layers, options.has("accepted-only"),
					options.has("done-only"));
			List<ExportDocument> documents = Exporting.select(folder.project(), selection, report);
			Exporting.export(format.exporter(), documents, target, new ExportOptions(scheme), split, seed, report);
			report.print(out);
			return 0;
		} catch (FormatException e) {
			throw new CommandException(e.getMessage(), e);
		} catch (IOException e) {
			throw new CommandException(target + ": cannot write: " + IoReasons.of(e), e);
		}
	}
}
