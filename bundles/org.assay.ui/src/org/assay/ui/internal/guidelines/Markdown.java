/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.internal.guidelines;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The little Markdown that guidelines need, laid out as plain text with marks for styling: headings (#, ##,
 * ###), list items (- or *), paragraphs (lines joined until a blank line) and **bold** or `code` runs.
 */
final class Markdown {

	/** A run of the laid-out text to style: a heading of a level (1–3), or bold (level 0). */
	record Run(int begin, int end, int level) {
	}

	/** A heading's title and where it starts in the laid-out text. */
	record Heading(String title, int offset, int level) {
	}

	final String text;
	final List<Run> runs;
	final List<Heading> headings;

	private Markdown(String text, List<Run> runs, List<Heading> headings) {
		this.text = text;
		this.runs = runs;
		this.headings = headings;
	}

	static Markdown layout(String markdown) {
		StringBuilder out = new StringBuilder();
		List<Run> runs = new ArrayList<>();
		List<Heading> headings = new ArrayList<>();
		StringBuilder paragraph = new StringBuilder();
		for (String raw : markdown.replace("\r", "").split("\n", -1)) {
			String line = raw.strip();
			int level = 0;
			while (level < line.length() && line.charAt(level) == '#') {
				level++;
			}
			boolean heading = level > 0 && level < line.length() && line.charAt(level) == ' ';
			boolean item = line.startsWith("- ") || line.startsWith("* ");
			if (line.isEmpty() || heading || item) {
				flush(paragraph, out, runs);
			}
			if (heading) {
				String title = line.substring(level + 1).strip();
				int begin = out.length();
				out.append(title).append("\n\n");
				runs.add(new Run(begin, begin + title.length(), Math.min(level, 3)));
				headings.add(new Heading(title, begin, level));
			} else if (item) {
				paragraph.append("\u2022 ").append(line.substring(2).strip());
			} else if (!line.isEmpty()) {
				if (!paragraph.isEmpty()) {
					paragraph.append(' '); // a line of the same paragraph or list item
				}
				paragraph.append(line);
			}
		}
		flush(paragraph, out, runs);
		return new Markdown(out.toString(), List.copyOf(runs), List.copyOf(headings));
	}

	/** Appends a paragraph (or list item) with its bold and code runs resolved. */
	private static void flush(StringBuilder paragraph, StringBuilder out, List<Run> runs) {
		if (paragraph.isEmpty()) {
			return;
		}
		String p = paragraph.toString();
		boolean item = p.startsWith("\u2022 ");
		int i = 0;
		while (i < p.length()) {
			String mark = p.startsWith("**", i) ? "**" : p.charAt(i) == '`' ? "`" : null;
			int close = mark == null ? -1 : p.indexOf(mark, i + mark.length());
			if (close > i) {
				int begin = out.length();
				out.append(p, i + mark.length(), close);
				runs.add(new Run(begin, out.length(), 0));
				i = close + mark.length();
			} else {
				out.append(p.charAt(i++));
			}
		}
		out.append(item ? "\n" : "\n\n");
		paragraph.setLength(0);
	}

	/** The heading that names a label: its title is the label's name, or starts with it; null if none. */
	Heading section(String name) {
		String wanted = name.toLowerCase(Locale.ROOT);
		Heading startsWith = null;
		for (Heading h : headings) {
			String title = h.title().toLowerCase(Locale.ROOT);
			if (title.equals(wanted)) {
				return h;
			}
			if (startsWith == null && title.startsWith(wanted)) {
				startsWith = h;
			}
		}
		return startsWith;
	}
}
