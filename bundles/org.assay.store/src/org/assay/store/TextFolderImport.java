/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.assay.text.Headlines;

/**
 * Reads a folder of {@code .txt} files (UTF-8) as documents. All files are read and checked before any is
 * added, so a bad file stops the import with nothing imported.
 */
public final class TextFolderImport {

	/** Longest first line that is taken for the document's title. */
	private static final int MAX_TITLE = 150;

	/** A text read from a file, not yet in a project. */
	public record Text(String id, String title, String text, Path file) {
	}

	private TextFolderImport() {
	}

	/** Reads every {@code .txt} in the folder (not its subfolders), in file-name order. */
	public static List<Text> read(Path folder) throws StoreException {
		if (!Files.isDirectory(folder)) {
			throw new StoreException(folder, "no such folder", null);
		}
		List<Path> files = new ArrayList<>();
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, "*.txt")) {
			for (Path p : entries) {
				if (Files.isRegularFile(p) && !p.getFileName().toString().startsWith(".")) {
					files.add(p);
				}
			}
		} catch (IOException e) {
			throw new StoreException(folder, "cannot list: " + IoReasons.of(e), e);
		}
		files.sort(Comparator.comparing(p -> p.getFileName().toString()));
		List<Text> texts = new ArrayList<>(files.size());
		for (Path file : files) {
			texts.addAll(readFile(file));
		}
		return texts;
	}

	/** Reads one text file. */
	public static List<Text> readFile(Path file) throws StoreException {
		String text = Texts.readUtf8(file);
		String base = file.getFileName().toString().replaceFirst("\\.txt$", "");
		return List.of(new Text(base, title(text, base), text, file));
	}

	/** Adds the texts to the project; returns how many were added. */
	public static int addAll(ProjectFolder folder, List<Text> texts) throws StoreException {
		for (Text t : texts) {
			folder.addDocument(t.id(), t.title(), t.text());
		}
		return texts.size();
	}

	/**
	 * The first non-blank line if it reads as a title (a headline, not the article's first sentence): short, and
	 * in capitals or title case ({@link Headlines}), or not ending as a sentence does and one
	 * sentence at most; else the file's base name.
	 */
	static String title(String text, String fallback) {
		for (String line : text.lines().toList()) {
			if (!line.isBlank()) {
				String s = line.strip();
				return isTitle(s) ? s : fallback;
			}
		}
		return fallback;
	}

	private static boolean isTitle(String line) {
		if (line.length() > MAX_TITLE) {
			return false;
		}
		if (Headlines.isHeadline(List.of(line.split("\\s+")), true)) {
			return true; // in capitals or title case, even with a full stop: "Clinton Plan for Taxes Is Expansive."
		}
		char last = line.charAt(line.length() - 1);
		boolean endsAsSentence = last == '.' || last == ',' || last == ';' || last == ':' || last == '"'
				|| last == '\u201d';
		return !endsAsSentence && !line.matches(".*\\p{Ll}[.!?][\"\u201d]?\\s+\\p{Lu}.*");
	}
}
