/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.assay.cli.CommandException;
import org.assay.cli.Options;
import org.assay.cli.ProjectArgument;
import org.assay.cli.UsageException;
import org.assay.cli.Verb;
import org.assay.formats.Format;
import org.assay.formats.FormatException;
import org.assay.formats.Formats;
import org.assay.formats.ImportOptions;
import org.assay.formats.ImportSummary;
import org.assay.formats.Importing;
import org.assay.store.ProjectFolder;
import org.assay.store.StoreException;

/** {@code assay import FORMAT SOURCE --project DIR [--set NAME] ...}. */
public final class ImportVerb implements Verb {

	@Override
	public String name() {
		return "import";
	}

	@Override
	public String synopsis() {
		return "FORMAT SOURCE --project DIR [--set NAME]   import a corpus (" + Formats.ids(true) + ")";
	}

	@Override
	public String help() {
		return """
				Usage: assay import FORMAT SOURCE --project DIR [--set NAME] [--layer LAYER] [--map A=B,...] [--replace]
				                    [--claims]

				Reads SOURCE (a file or a folder, as the format has it) and adds its documents and annotations to
				the project. The source is checked as it is imported (a folder of CoNLL files is stored while it
				is parsed): a bad line stops the import with the file and line named, and nothing is imported.

				  FORMAT         %s
				  --set NAME     the annotation set that receives the annotations (default: gold)
				  --layer LAYER  the layer for labels the schema does not have yet (default: entity); they are
				                 created, and listed in the summary
				  --map A=B,...  rename labels on the way in, for example PER=PERSON,LOC=LOCATION
				  --replace      replace the set where a document already has annotations in it
				  --claims       attribution events with Source, Cue and Content arguments (PolNeAR's, in brat)
				                 become claims: the content a CLAIM linked to its SOURCE (claimant) and CUE
				A document already in the project (same name) must have the same text; its set is filled.
				An import that lasts more than two seconds says how many documents it has read on standard
				error, every two seconds.
				""".formatted(Formats.ids(true));
	}

	@Override
	public Set<String> valuedOptions() {
		return Set.of(ProjectArgument.OPTION, "set", "layer", "map");
	}

	@Override
	public Set<String> flagOptions() {
		return Set.of("replace", "claims");
	}

	@Override
	public int run(Options options, PrintStream out) throws CommandException {
		List<String> args = options.positional(2, "a format and a source: assay import FORMAT SOURCE --project DIR");
		Format format = Formats.find(args.get(0));
		if (format == null || format.importer() == null) {
			throw new UsageException("cannot import '" + args.get(0) + "'; formats: " + Formats.ids(true));
		}
		ProjectFolder folder = ProjectArgument.open(options);
		ImportOptions importOptions = new ImportOptions(options.value("set") == null ? "gold" : options.value("set"),
				options.value("layer") == null ? "entity" : options.value("layer"), labelMap(options.value("map")),
				options.has("replace"), options.has("claims"));
		try {
			// stored while it is read, in one unit: all or nothing; the command needs no model after it
			StatusLine status = new StatusLine();
			ImportSummary summary = Importing.applyReleasing(folder, format.importer(), Path.of(args.get(1)), importOptions,
					read -> status.show(() -> String.format(Locale.ROOT, "import: %,d document(s) read and staged", read)));
			summary.print(out);
			return 0;
		} catch (FormatException e) {
			throw new CommandException(e.getMessage(), e);
		} catch (StoreException e) {
			throw new CommandException(e.getMessage(), e);
		}
	}

	static Map<String, String> labelMap(String spec) throws UsageException {
		Map<String, String> map = new LinkedHashMap<>();
		if (spec == null) {
			return map;
		}
		for (String pair : spec.split(",")) {
			String[] kv = pair.split("=", 2);
			if (kv.length != 2 || kv[0].isBlank() || kv[1].isBlank()) {
				throw new UsageException("--map takes FROM=TO pairs separated by commas, not '" + pair + "'");
			}
			map.put(kv[0].strip(), kv[1].strip());
		}
		return map;
	}
}
