/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.cli;

import java.nio.file.Path;

import org.assay.store.ProjectFolder;
import org.assay.store.StoreException;

/** Opens the project named by {@code --project DIR}, strictly: any unreadable file is the verb's error. */
public final class ProjectArgument {

	public static final String OPTION = "project";

	private ProjectArgument() {
	}

	public static ProjectFolder open(Options options) throws CommandException {
		Path dir = options.requiredPath(OPTION);
		try {
			return ProjectFolder.open(dir);
		} catch (StoreException e) {
			throw new CommandException(e.getMessage(), e);
		}
	}
}
