/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;


/**
 * A project's annotation guidelines: {@code guidelines.md} (Markdown) or {@code guidelines.html} in the project
 * folder, beside {@code schema.json}, so that they travel with the project under version control. HTML is read
 * as the Markdown it amounts to (headings, list items, paragraphs), which is all the guidelines view shows.
 */
public final class Guidelines {

	/** The file a project's guidelines are written to. */
	public static final String MARKDOWN = "guidelines.md";
	public static final String HTML = "guidelines.html";

	private static final Pattern HEADING = Pattern.compile("(?is)<h([1-6])[^>]*>(.*?)</h\\1>");

	private Guidelines() {
	}

	/** The project's guidelines file, or null when it has none. */
	public static Path file(Path projectDir) {
		for (String name : new String[] { MARKDOWN, HTML }) {
			Path p = projectDir.resolve(name);
			if (Files.isRegularFile(p)) {
				return p;
			}
		}
		return null;
	}

	/** The guidelines as Markdown, or null when the project has none. */
	public static String read(Path projectDir) throws StoreException {
		Path file = file(projectDir);
		if (file == null) {
			return null;
		}
		try {
			String text = Files.readString(file, StandardCharsets.UTF_8);
			return file.getFileName().toString().equals(HTML) ? fromHtml(text) : text;
		} catch (IOException e) {
			throw new StoreException(file, "cannot read the guidelines: " + e, e);
		}
	}

	/** Writes Markdown guidelines into a project, atomically. */
	public static void write(Path projectDir, String markdown) throws StoreException {
		Path file = projectDir.resolve(MARKDOWN);
		try {
			AtomicFiles.write(file, markdown.getBytes(StandardCharsets.UTF_8));
		} catch (IOException e) {
			throw new StoreException(file, "cannot write the guidelines: " + e, e);
		}
	}

	/** Headings, list items and paragraphs of an HTML page as Markdown; other markup is dropped. */
	static String fromHtml(String html) {
		String body = html.replaceAll("(?is)<(script|style|head)[^>]*>.*?</\\1>", "");
		Matcher m = HEADING.matcher(body);
		StringBuilder b = new StringBuilder();
		while (m.find()) {
			m.appendReplacement(b, Matcher.quoteReplacement(
					"\n\n" + "#".repeat(Integer.parseInt(m.group(1))) + " " + m.group(2).strip() + "\n\n"));
		}
		m.appendTail(b);
		String text = b.toString().replaceAll("(?i)<li[^>]*>", "\n- ").replaceAll("(?i)</?(p|br|ul|ol|div)[^>]*>", "\n\n")
				.replaceAll("<[^>]+>", "");
		text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
				.replace("&nbsp;", " ").replace("&amp;", "&");
		return text.replaceAll("[ \\t]+\n", "\n").replaceAll("\n{3,}", "\n\n").strip() + "\n";
	}
}
