/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.cli;

import java.io.PrintStream;
import java.util.Set;

/**
 * One verb of the headless command line, {@code assay VERB [options]}. Contributed through the
 * {@code org.assay.cli.verbs} extension point.
 */
public interface Verb {

	/** The verb as typed. */
	String name();

	/** One line for the verb list of {@code assay --help}: its arguments, then what it does. */
	String synopsis();

	/** The full text of {@code assay VERB --help}. */
	String help();

	/** Options that take a value, without the leading dashes; any other option is a usage error. */
	default Set<String> valuedOptions() {
		return Set.of();
	}

	/** Options that take no value. */
	default Set<String> flagOptions() {
		return Set.of();
	}

	/** Options that may be given more than once ({@link Options#values}); any other given twice is a usage error. */
	default Set<String> repeatableOptions() {
		return Set.of();
	}

	/**
	 * Whether the verb changes the project named by {@code --project}. Such a verb runs holding the project's
	 * {@link org.assay.store.ProjectLock}, so that a second one is refused rather than losing work; a verb that
	 * only reads says false, and runs beside others.
	 */
	default boolean changesProject() {
		return true;
	}

	/**
	 * Runs the verb. Problems the user can fix are thrown as {@link CommandException} (one line, exit 1) or
	 * {@link UsageException} (bad arguments, exit 2); the verb itself prints only its results.
	 *
	 * @return the exit code, 0 on success
	 */
	int run(Options options, PrintStream out) throws CommandException;
}
