/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The arguments of one verb: positional values, {@code --name value} options and {@code --flag}s, checked
 * against what the verb declares. An option given twice is an error unless the verb declares it repeatable:
 * keeping only the last value would drop the first without a word.
 */
public final class Options {

	private final String verb;
	private final List<String> positional = new ArrayList<>();
	private final Map<String, List<String>> values = new LinkedHashMap<>();

	private Options(String verb) {
		this.verb = verb;
	}

	/**
	 * Parses arguments. {@code valued} names options that take a value, {@code flags} those that do not
	 * (without the leading dashes). Accepts {@code --name=value} too.
	 */
	public static Options parse(String verb, List<String> args, Set<String> valued, Set<String> flags)
			throws UsageException {
		return parse(verb, args, valued, flags, Set.of());
	}

	/** Parses arguments, where the options in {@code repeatable} may be given more than once. */
	public static Options parse(String verb, List<String> args, Set<String> valued, Set<String> flags,
			Set<String> repeatable) throws UsageException {
		Options o = new Options(verb);
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (arg.startsWith("--") && arg.length() > 2) {
				String name = arg.substring(2);
				String value = null;
				int eq = name.indexOf('=');
				if (eq >= 0) {
					value = name.substring(eq + 1);
					name = name.substring(0, eq);
				}
				if (o.values.containsKey(name) && !repeatable.contains(name)
						&& (valued.contains(name) || flags.contains(name))) {
					throw new UsageException("--" + name + " given twice (see assay " + verb + " --help)");
				}
				if (flags.contains(name) && value == null) {
					o.values.computeIfAbsent(name, k -> new ArrayList<>()).add("true");
				} else if (valued.contains(name)) {
					if (value == null) {
						if (i + 1 >= args.size()) {
							throw new UsageException("--" + name + " needs a value");
						}
						value = args.get(++i);
					}
					o.values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
				} else {
					throw new UsageException("unknown option --" + name + " (see assay " + verb + " --help)");
				}
			} else {
				o.positional.add(arg);
			}
		}
		return o;
	}

	public List<String> positional() {
		return Collections.unmodifiableList(positional);
	}

	public boolean has(String name) {
		return values.containsKey(name);
	}

	/** The option's last value, or null. */
	public String value(String name) {
		List<String> v = values.get(name);
		return v == null ? null : v.get(v.size() - 1);
	}

	/** Every value of a repeatable option, in order. */
	public List<String> values(String name) {
		return values.getOrDefault(name, List.of());
	}

	/** The value of a required option. */
	public String required(String name) throws UsageException {
		String v = value(name);
		if (v == null) {
			throw new UsageException("assay " + verb + " needs --" + name + " (see assay " + verb + " --help)");
		}
		return v;
	}

	/** A required option as a path. */
	public Path requiredPath(String name) throws UsageException {
		return Path.of(required(name));
	}

	/** Exactly {@code n} positional arguments, or a usage error naming what is expected. */
	public List<String> positional(int n, String what) throws UsageException {
		if (positional.size() != n) {
			throw new UsageException("assay " + verb + " expects " + what + " (see assay " + verb + " --help)");
		}
		return positional();
	}
}
