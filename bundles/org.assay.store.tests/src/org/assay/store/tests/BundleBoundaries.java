/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.store.tests;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the manifests and sources of a folder of bundles and tells where one bundle reaches into another's
 * internals: a Java reference or an Import-Package of a package that its bundle does not export as API (an
 * {@code *.internal*} package, or one exported {@code x-internal} or {@code x-friends} to others). A package
 * exported to friends may be used by them only when they are the bundle's {@code .tests} twin or the
 * benchmarks; an API package must carry a version, and an internal one must not be exported as API.
 */
final class BundleBoundaries {

	/** Bundles a friend export may name besides the bundle's own {@code .tests} twin. */
	private static final List<String> HARNESSES = List.of("org.assay.benchmarks");

	private static final Pattern REFERENCE = Pattern
			.compile("\\b(org\\.assay(?:\\.[a-z_][a-z0-9_]*)+)\\.[A-Z][A-Za-z0-9_]*");

	record Export(String pkg, String version, boolean internal, List<String> friends) {
		boolean isApi() {
			return !internal && friends == null && !pkg.matches(".*\\.internal(\\..*)?");
		}
	}

	record Bundle(String name, Path dir, Map<String, Export> exports, List<String> importedPackages) {
	}

	private BundleBoundaries() {
	}

	static List<String> violations(Path bundlesDir) throws IOException {
		Map<String, Bundle> bundles = new TreeMap<>();
		Map<String, String> owners = new HashMap<>(); // package -> bundle whose sources hold it
		try (Stream<Path> dirs = Files.list(bundlesDir)) {
			for (Path dir : dirs.sorted().toList()) {
				Path mf = dir.resolve("META-INF/MANIFEST.MF");
				if (Files.isRegularFile(mf)) {
					Bundle b = read(dir, mf);
					bundles.put(b.name(), b);
					for (String pkg : sourcePackages(dir)) {
						owners.put(pkg, b.name());
					}
				}
			}
		}
		List<String> problems = new ArrayList<>();
		for (Bundle b : bundles.values()) {
			for (Export e : b.exports().values()) {
				if (e.isApi() && e.version() == null) {
					problems.add(b.name() + ": the API package " + e.pkg() + " is exported without a version");
				}
				if (!e.internal() && e.friends() == null && !e.isApi()) {
					problems.add(b.name() + ": the internal package " + e.pkg() + " is exported as API");
				}
				if (e.friends() != null) {
					for (String friend : e.friends()) {
						if (!friend.equals(b.name() + ".tests") && !HARNESSES.contains(friend)) {
							problems.add(b.name() + ": " + e.pkg() + " is a friend of " + friend
									+ ", which is neither its .tests twin nor a harness");
						}
					}
				}
			}
			for (String pkg : b.importedPackages()) {
				check(b, pkg, "MANIFEST.MF imports", owners, bundles, problems);
			}
			for (Path source : sources(b.dir())) {
				String text = Files.readString(source);
				Matcher m = REFERENCE.matcher(text);
				java.util.Set<String> seen = new java.util.HashSet<>();
				while (m.find()) {
					if (seen.add(m.group(1))) {
						check(b, m.group(1), b.dir().relativize(source) + " uses", owners, bundles, problems);
					}
				}
			}
		}
		return problems;
	}

	private static void check(Bundle user, String pkg, String how, Map<String, String> owners,
			Map<String, Bundle> bundles, List<String> problems) {
		String owner = owners.get(pkg);
		if (owner == null || owner.equals(user.name())) {
			return; // not an Assay package (or a class's nested name), or its own
		}
		Export e = bundles.get(owner).exports().get(pkg);
		boolean allowed = e != null && (e.isApi() || e.friends() != null && e.friends().contains(user.name()));
		if (!allowed) {
			problems.add(user.name() + ": " + how + " " + pkg + ", which " + owner + " does not export as API");
		}
	}

	private static Bundle read(Path dir, Path mf) throws IOException {
		Manifest manifest;
		try (InputStream in = Files.newInputStream(mf)) {
			manifest = new Manifest(in);
		}
		String name = manifest.getMainAttributes().getValue("Bundle-SymbolicName").split(";")[0].strip();
		Map<String, Export> exports = new TreeMap<>();
		for (String clause : clauses(manifest.getMainAttributes().getValue("Export-Package"))) {
			String[] parts = clause.split(";");
			String version = null;
			boolean internal = false;
			List<String> friends = null;
			for (int i = 1; i < parts.length; i++) {
				String p = parts[i].strip();
				if (p.startsWith("version=")) {
					version = unquote(p.substring("version=".length()));
				} else if (p.startsWith("x-internal:=")) {
					internal = Boolean.parseBoolean(unquote(p.substring("x-internal:=".length())));
				} else if (p.startsWith("x-friends:=")) {
					friends = List.of(unquote(p.substring("x-friends:=".length())).split("\\s*,\\s*"));
				}
			}
			String pkg = parts[0].strip();
			exports.put(pkg, new Export(pkg, version, internal, friends));
		}
		List<String> imports = new ArrayList<>();
		for (String clause : clauses(manifest.getMainAttributes().getValue("Import-Package"))) {
			imports.add(clause.split(";")[0].strip());
		}
		return new Bundle(name, dir, exports, imports);
	}

	/** The clauses of a manifest header, split at the commas outside quotes. */
	static List<String> clauses(String header) {
		List<String> clauses = new ArrayList<>();
		if (header == null) {
			return clauses;
		}
		StringBuilder sb = new StringBuilder();
		boolean quoted = false;
		for (char c : header.toCharArray()) {
			if (c == '"') {
				quoted = !quoted;
			}
			if (c == ',' && !quoted) {
				clauses.add(sb.toString().strip());
				sb.setLength(0);
			} else {
				sb.append(c);
			}
		}
		if (!sb.isEmpty()) {
			clauses.add(sb.toString().strip());
		}
		return clauses;
	}

	private static String unquote(String s) {
		s = s.strip();
		return s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
	}

	private static List<Path> sources(Path bundle) throws IOException {
		List<Path> files = new ArrayList<>();
		for (String root : List.of("src", "src-gen")) {
			Path dir = bundle.resolve(root);
			if (Files.isDirectory(dir)) {
				try (Stream<Path> walk = Files.walk(dir)) {
					walk.filter(p -> p.toString().endsWith(".java")).forEach(files::add);
				}
			}
		}
		return files;
	}

	private static List<String> sourcePackages(Path bundle) throws IOException {
		List<String> packages = new ArrayList<>();
		for (String root : List.of("src", "src-gen")) {
			Path dir = bundle.resolve(root);
			for (Path source : sources(bundle)) {
				if (source.startsWith(dir)) {
					Path parent = dir.relativize(source).getParent();
					if (parent != null) {
						packages.add(parent.toString().replace('/', '.').replace('\\', '.'));
					}
				}
			}
		}
		return packages.stream().distinct().toList();
	}
}
