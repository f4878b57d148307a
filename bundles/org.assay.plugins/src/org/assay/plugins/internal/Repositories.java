/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.plugins.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.assay.cli.CommandException;

/** Where a p2 repository named on the command line is: a folder, a zip of one, or a URL. */
final class Repositories {

	private Repositories() {
	}

	/** The repository's location as p2 reads it; a zip is read in place through a {@code jar:} URI. */
	static URI locate(String argument) throws CommandException {
		if (argument.matches("(?i)(https?|ftp|file|jar):.*")) {
			try {
				return new URI(argument);
			} catch (URISyntaxException e) {
				throw new CommandException("not a repository URL: " + argument + " (" + e.getReason() + ")");
			}
		}
		Path path = Path.of(argument).toAbsolutePath().normalize();
		if (!Files.exists(path)) {
			throw new CommandException("no such repository: " + path);
		}
		if (Files.isDirectory(path)) {
			return path.toUri();
		}
		if (path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
			return URI.create("jar:" + path.toUri() + "!/");
		}
		throw new CommandException("not a p2 repository: " + path + " (give its folder or a .zip of it)");
	}
}
