/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.assay.cli.CommandException;
import org.assay.cli.Options;
import org.assay.cli.UsageException;
import org.assay.cli.Verb;
import org.assay.sample.SampleProject;
import org.assay.store.ProjectFolder;
import org.assay.store.ProjectLock;
import org.assay.store.StoreException;
import org.assay.store.TextFolderImport;
import org.assay.store.IoReasons;
import org.assay.store.LabelSchemas;
import org.assay.store.NamedSchema;

/** {@code assay new DIR [--from FOLDER] [--name NAME] [--schema ID] [--sample]}. */
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
		StringBuilder schemas = new StringBuilder();
		for (NamedSchema s : LabelSchemas.all()) {
			schemas.append(String.format("                   %-12s %s%n", s.id(), s.name()));
		}
		return """
				Usage: assay new DIR [--from FOLDER] [--name NAME] [--schema ID]
				       assay new DIR --sample

				Creates an Assay project in DIR, which must be new or empty, with a label schema: the standard
				one (entities, claims with claimant and cue, document labels) unless --schema names another.

				  --from FOLDER  import every .txt file in FOLDER (UTF-8) as a document, in file-name order;
				                 if any file cannot be read, nothing is created
				  --name NAME    the project's name (default: the folder's name)
				  --schema ID    the label schema to start with (default: standard); installed here:
				""" + schemas + """
				                 (plug-ins add more through the org.assay.store.schemas extension point)
				  --sample       create the built-in sample project instead: six news articles with gold
				                 entities and claims
				""";
	}

	@Override
	public Set<String> valuedOptions() {
		return Set.of("from", "name", "schema");
	}

	@Override
	public Set<String> flagOptions() {
		return Set.of("sample");
	}

	@Override
	public int run(Options options, PrintStream out) throws CommandException {
		Path dir = Path.of(options.positional(1, "one folder: assay new DIR").get(0));
		if (options.has("sample") && (options.has("from") || options.has("name") || options.has("schema"))) {
			throw new UsageException("--sample cannot be combined with --from, --name or --schema");
		}
		NamedSchema schema = LabelSchemas.find(options.has("schema") ? options.value("schema") : LabelSchemas.STANDARD);
		if (schema == null) {
			throw new UsageException("no label schema '" + options.value("schema") + "'; installed: " + LabelSchemas.ids());
		}
		try {
			List<TextFolderImport.Text> texts = options.has("from") ? TextFolderImport.read(Path.of(options.value("from")))
					: null;
			String name = options.has("name") ? options.value("name")
					: dir.toAbsolutePath().normalize().getFileName().toString();
			boolean existed = Files.exists(dir);
			if (existed && !isEmpty(dir)) { // said before the lock, which would leave its file in someone's folder
				throw new StoreException(dir, Files.isDirectory(dir) ? "is not empty; a new project needs an empty or new folder"
						: "exists and is not a folder", null);
			}
			if (!existed) {
				createFolder(dir);
			}
			try (ProjectLock lock = ProjectLock.acquire(dir, "assay new " + dir)) {
				boolean created = false;
				try {
					ProjectFolder folder;
					if (options.has("sample")) {
						folder = SampleProject.create(dir);
						out.printf("created the sample project in %s with %d documents%n", dir,
								folder.project().getDocuments().size());
					} else {
						folder = ProjectFolder.create(dir, name, schema.copy());
						int added = texts == null ? 0 : TextFolderImport.addAll(folder, texts);
						out.printf("created project '%s' in %s with %d documents and the %s label schema%n", name, dir,
								added, schema.id());
					}
					created = true;
				} finally {
					if (!created) { // the folder was new or empty: whatever is in it now is this command's
						discard(dir, existed);
					}
				}
			}
			return 0;
		} catch (StoreException e) {
			throw new CommandException(e.getMessage(), e);
		}
	}

	private static boolean isEmpty(Path dir) {
		try (Stream<Path> entries = Files.list(dir)) {
			return entries.allMatch(p -> p.getFileName().toString().equals(ProjectLock.FILE));
		} catch (IOException e) {
			return false; // not a folder, or unreadable: creating the project says which
		}
	}

	private static void createFolder(Path dir) throws StoreException {
		try {
			Files.createDirectories(dir);
		} catch (IOException e) {
			throw new StoreException(dir, "cannot create the project folder: " + IoReasons.of(e), e);
		}
	}

	/**
	 * Removes what a failed {@code new} made, so that it can be run again: the folder if it made it, else the
	 * folder's content (it was empty, or the project would not have been created).
	 */
	private static void discard(Path dir, boolean existed) {
		try (Stream<Path> walk = Files.walk(dir)) {
			for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
				if (existed && p.equals(dir)) {
					continue;
				}
				Files.deleteIfExists(p);
			}
		} catch (IOException | UncheckedIOException e) {
			// the command's own error says what failed; a folder left behind names itself on the next try
		}
	}
}
