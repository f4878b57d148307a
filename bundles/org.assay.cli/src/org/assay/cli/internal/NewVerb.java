/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.assay.cli.CommandException;
import org.assay.cli.Options;
import org.assay.cli.UsageException;
import org.assay.cli.Verb;
import org.assay.model.support.StandardSchema;
import org.assay.sample.SampleProject;
import org.assay.store.ProjectFolder;
import org.assay.store.StoreException;
import org.assay.store.TextFolderImport;

/** {@code assay new DIR [--from FOLDER] [--name NAME] [--sample]}. */
public final class NewVerb implements Verb {

	@Override
	public String name() {
		return "new";
	}

	@Override
	public String synopsis() {
		return "DIR [--from FOLDER]           create a project, importing every .txt in FOLDER";
	}

	@Override
	public String help() {
		return """
				Usage: assay new DIR [--from FOLDER] [--name NAME]
				       assay new DIR --sample

				Creates an Assay project in DIR, which must be new or empty, with the standard label schema
				(entities, claims with claimant and cue, document labels).

				  --from FOLDER  import every .txt file in FOLDER (UTF-8) as a document, in file-name order;
				                 if any file cannot be read, nothing is created
				  --name NAME    the project's name (default: the folder's name)
				  --sample       create the built-in sample project instead: six news articles with gold
				                 entities and claims
				""";
	}

	@Override
	public Set<String> valuedOptions() {
		return Set.of("from", "name");
	}

	@Override
	public Set<String> flagOptions() {
		return Set.of("sample");
	}

	@Override
	public int run(Options options, PrintStream out) throws CommandException {
		Path dir = Path.of(options.positional(1, "one folder: assay new DIR").get(0));
		try {
			if (options.has("sample")) {
				if (options.has("from") || options.has("name")) {
					throw new UsageException("--sample cannot be combined with --from or --name");
				}
				ProjectFolder folder = SampleProject.create(dir);
				out.printf("created the sample project in %s with %d documents%n", dir,
						folder.project().getDocuments().size());
				return 0;
			}
			List<TextFolderImport.Text> texts = null;
			if (options.has("from")) {
				texts = TextFolderImport.read(Path.of(options.value("from")));
			}
			String name = options.has("name") ? options.value("name")
					: dir.toAbsolutePath().normalize().getFileName().toString();
			ProjectFolder folder = ProjectFolder.create(dir, name, StandardSchema.create());
			int added = texts == null ? 0 : TextFolderImport.addAll(folder, texts);
			out.printf("created project '%s' in %s with %d documents%n", name, dir, added);
			return 0;
		} catch (StoreException e) {
			throw new CommandException(e.getMessage(), e);
		}
	}
}
