/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.example.assay.commodities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.assay.text.Segmentation;

/**
 * The word list {@code lists/commodities.txt}, read once from this bundle's class path (so the same in OSGi and
 * in a plain JUnit run): one term a line, lower case, several words allowed, {@code #} comments.
 */
public final class Gazetteer {

	static final String LIST = "/lists/commodities.txt";

	private static volatile Gazetteer instance;

	private final Set<String> terms;
	private final int longest;

	Gazetteer(List<String> lines, String source) {
		Set<String> read = new HashSet<>();
		int most = 1;
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i).strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			if (!line.equals(line.toLowerCase(Locale.ROOT))) {
				throw new IllegalArgumentException(source + ":" + (i + 1) + ": terms are lower case: " + line);
			}
			String term = String.join(" ", line.split("\\s+"));
			read.add(term);
			most = Math.max(most, term.split(" ").length);
		}
		this.terms = Set.copyOf(read);
		this.longest = most;
	}

	/** The bundle's list. */
	public static Gazetteer get() {
		Gazetteer g = instance;
		if (g == null) {
			synchronized (Gazetteer.class) {
				if (instance == null) {
					instance = read();
				}
				g = instance;
			}
		}
		return g;
	}

	private static Gazetteer read() {
		try (InputStream in = Gazetteer.class.getResourceAsStream(LIST)) {
			if (in == null) {
				throw new IllegalStateException("the word list " + LIST + " is missing from the bundle");
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			return new Gazetteer(reader.lines().toList(), LIST);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public int size() {
		return terms.size();
	}

	/** Character ranges {begin, end} of the terms found, left to right, longest first, never overlapping. */
	public List<int[]> find(Segmentation s) {
		List<int[]> found = new ArrayList<>();
		int n = s.tokenCount();
		for (int t = 0; t < n; t++) {
			for (int len = Math.min(longest, n - t); len >= 1; len--) {
				if (s.sentenceOf(t) != s.sentenceOf(t + len - 1)) {
					continue;
				}
				StringBuilder words = new StringBuilder();
				for (int k = t; k < t + len; k++) {
					words.append(k > t ? " " : "").append(s.token(k).toLowerCase(Locale.ROOT));
				}
				if (terms.contains(words.toString())) {
					found.add(new int[] { s.tokenBegins()[t], s.tokenEnds()[t + len - 1] });
					t += len - 1;
					break;
				}
			}
		}
		return found;
	}
}
