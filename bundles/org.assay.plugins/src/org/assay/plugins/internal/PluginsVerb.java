/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.plugins.internal;

import java.io.PrintStream;
import java.util.List;

import org.assay.cli.CommandException;
import org.assay.cli.Options;
import org.assay.cli.UsageException;
import org.assay.cli.Verb;

/**
 * {@code assay plugins list|install|remove}: plug-ins installed into the running installation's p2 profile,
 * the same profile that Help > Install New Software changes.
 */
public final class PluginsVerb implements Verb {

	@Override
	public String name() {
		return "plugins";
	}

	@Override
	public String synopsis() {
		return "list | install REPOSITORY [IU...] | remove IU...   the plug-ins installed into Assay";
	}

	@Override
	public String help() {
		return """
				Usage: assay plugins list
				       assay plugins install REPOSITORY [IU...]
				       assay plugins remove IU...

				list     the software installed in this Assay: Assay itself, then each plug-in (its
				         installable unit, version and name).
				install  installs from a p2 repository: a folder, a .zip of one, or a URL. Without IU it
				         installs every feature the repository offers; an IU is an installable unit's id
				         (a feature may be named without .feature.group), optionally ID/VERSION.
				         Offline from a folder or zip: nothing but REPOSITORY and this installation is used.
				remove   uninstalls plug-ins installed before; Assay's own parts cannot be removed.

				Plug-ins take effect the next time Assay starts (each command line is a new start). They go
				into the installation when its folder is writable, else into the user's area
				(~/.assay, or ASSAY_STATE); `assay plugins list` says which.
				""";
	}

	@Override
	public boolean changesProject() {
		return false;
	}

	@Override
	public int run(Options options, PrintStream out) throws CommandException {
		List<String> args = options.positional();
		if (args.isEmpty()) {
			throw new UsageException("plugins needs list, install or remove (see assay plugins --help)");
		}
		String action = args.get(0);
		List<String> rest = args.subList(1, args.size());
		switch (action) {
		case "list" -> {
			if (!rest.isEmpty()) {
				throw new UsageException("plugins list takes no arguments");
			}
			Installation.open().list(out);
		}
		case "install" -> {
			if (rest.isEmpty()) {
				throw new UsageException("plugins install needs a REPOSITORY (a folder, a .zip or a URL)");
			}
			Installation.open().install(Repositories.locate(rest.get(0)), rest.subList(1, rest.size()), out);
		}
		case "remove" -> {
			if (rest.isEmpty()) {
				throw new UsageException("plugins remove needs the installable unit of a plug-in (see assay plugins list)");
			}
			Installation.open().remove(rest, out);
		}
		default -> throw new UsageException("unknown plugins action '" + action + "': list, install or remove");
		}
		return 0;
	}
}
