/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.cli.tests;

import java.io.PrintStream;
import java.util.Set;

import org.assay.cli.Options;
import org.assay.cli.Verb;

/** A verb contributed by this test bundle's plugin.xml, as a plug-in contributes one. */
public final class EchoVerb implements Verb {

	@Override
	public String name() {
		return "test-echo";
	}

	@Override
	public String synopsis() {
		return "WORD...                      print the words (a test's verb)";
	}

	@Override
	public String help() {
		return "Usage: assay test-echo WORD...\n";
	}

	@Override
	public Set<String> flagOptions() {
		return Set.of("upper");
	}

	@Override
	public boolean changesProject() {
		return false;
	}

	@Override
	public int run(Options options, PrintStream out) {
		String words = String.join(" ", options.positional());
		out.println(options.has("upper") ? words.toUpperCase(java.util.Locale.ROOT) : words);
		return 0;
	}
}
