/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.formats.brat;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.assay.formats.FormatException;
import org.assay.formats.ImportData;
import org.assay.formats.ImportedDocument;
import org.assay.model.AnnotationStatus;
import org.assay.store.StoreException;
import org.assay.store.internal.Texts;

/** Reads brat standoff, checking every span's text against the document. */
final class BratReader {

	private final Path ann;
	private final String text;
	private final int[] codePointToChar;
	private int lineNo;

	private final Map<String, SpanBuilder> spans = new LinkedHashMap<>();
	private final List<ImportedDocument.Link> links = new ArrayList<>();
	private final Map<String, String> eventTrigger = new HashMap<>();

	private static final class SpanBuilder {
		final String id;
		final String label;
		final List<int[]> fragments;
		final Map<String, String> features = new LinkedHashMap<>();
		final int line;

		SpanBuilder(String id, String label, List<int[]> fragments, int line) {
			this.id = id;
			this.label = label;
			this.fragments = fragments;
			this.line = line;
		}
	}

	private BratReader(Path ann, String text) {
		this.ann = ann;
		this.text = text;
		this.codePointToChar = text.codePointCount(0, text.length()) == text.length() ? null : codePointIndex(text);
	}

	static ImportData read(Path source) throws FormatException {
		List<Path[]> pairs = pairs(source);
		if (pairs.isEmpty()) {
			throw new FormatException(source, -1, "no brat documents (.txt with .ann) found");
		}
		List<ImportedDocument> documents = new ArrayList<>(pairs.size());
		for (Path[] pair : pairs) {
			documents.add(document(pair[0], pair[1]));
		}
		return new ImportData(documents);
	}

	/** [txt, ann or null] for a .ann or .txt file, a folder of pairs, or PolNeAR's text/ + attributions/. */
	private static List<Path[]> pairs(Path source) throws FormatException {
		List<Path[]> pairs = new ArrayList<>();
		if (Files.isRegularFile(source)) {
			String name = source.getFileName().toString();
			String stem = name.substring(0, name.lastIndexOf('.') < 0 ? name.length() : name.lastIndexOf('.'));
			Path txt = source.resolveSibling(stem + ".txt");
			Path ann = source.resolveSibling(stem + ".ann");
			if (!Files.isRegularFile(txt)) {
				throw new FormatException(source, -1, "no text file " + txt.getFileName() + " beside it");
			}
			pairs.add(new Path[] { txt, Files.isRegularFile(ann) ? ann : null });
			return pairs;
		}
		if (!Files.isDirectory(source)) {
			throw new FormatException(source, -1, "no such file or folder");
		}
		Path texts = source;
		Path anns = source;
		if (Files.isDirectory(source.resolve("text")) && Files.isDirectory(source.resolve("attributions"))) {
			texts = source.resolve("text");
			anns = source.resolve("attributions");
		}
		List<Path> txts = new ArrayList<>();
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(texts, "*.txt")) {
			entries.forEach(txts::add);
		} catch (IOException e) {
			throw new FormatException(texts, -1, "cannot list: " + e.getMessage(), e);
		}
		txts.sort(Comparator.comparing(p -> p.getFileName().toString()));
		for (Path txt : txts) {
			String stem = txt.getFileName().toString().replaceFirst("\\.txt$", "");
			Path ann = anns.resolve(stem + ".ann");
			pairs.add(new Path[] { txt, Files.isRegularFile(ann) ? ann : null });
		}
		return pairs;
	}

	private static ImportedDocument document(Path txt, Path ann) throws FormatException {
		String text = utf8(txt);
		String id = txt.getFileName().toString().replaceFirst("\\.txt$", "");
		String firstLine = text.strip().lines().findFirst().orElse(id);
		String title = firstLine.length() > 120 ? id : firstLine;
		if (ann == null) {
			return new ImportedDocument(id, title, text, Map.of(), List.of(), List.of(), txt);
		}
		BratReader reader = new BratReader(ann, text);
		reader.parse(utf8(ann));
		List<ImportedDocument.Span> spans = new ArrayList<>();
		for (SpanBuilder b : reader.spans.values()) {
			spans.add(new ImportedDocument.Span(b.id, null, b.label, b.fragments, AnnotationStatus.ACCEPTED,
					Map.copyOf(b.features), b.line));
		}
		return new ImportedDocument(id, title, text, Map.of(), spans, List.copyOf(reader.links), ann);
	}

	private static String utf8(Path file) throws FormatException {
		try {
			return Texts.readUtf8(file);
		} catch (StoreException e) {
			throw new FormatException(file, e.line(), e.reason(), e);
		}
	}

	private FormatException error(String message) {
		return new FormatException(ann, lineNo, message);
	}

	private void parse(String content) throws FormatException {
		List<String[]> later = new ArrayList<>();
		for (String line : content.split("\n", -1)) {
			lineNo++;
			if (line.endsWith("\r")) {
				line = line.substring(0, line.length() - 1);
			}
			if (line.isBlank()) {
				continue;
			}
			String[] cols = line.split("\t", -1);
			char kind = line.charAt(0);
			if (kind == 'T') {
				textBound(cols);
			} else if ("ERAMN#*".indexOf(kind) >= 0) {
				later.add(cols);
				later.add(new String[] { Integer.toString(lineNo) });
			} else {
				throw error("unknown annotation kind '" + kind + "' (brat has T, E, R, A, M, N, # and * lines)");
			}
		}
		// events first: relations and attributes may point at them
		for (int pass = 0; pass < 2; pass++) {
			for (int i = 0; i < later.size(); i += 2) {
				String[] cols = later.get(i);
				lineNo = Integer.parseInt(later.get(i + 1)[0]);
				boolean event = cols[0].charAt(0) == 'E';
				if (event == (pass == 0)) {
					other(cols);
				}
			}
		}
	}

	private void textBound(String[] cols) throws FormatException {
		if (cols.length < 3) {
			throw error("a text-bound annotation is ID, TYPE START END[;START END...] and its text, separated by tabs");
		}
		String[] head = cols[1].split(" ", 2);
		if (head.length != 2) {
			throw error("no offsets after the type '" + cols[1] + "'");
		}
		List<int[]> fragments = new ArrayList<>();
		StringBuilder covered = new StringBuilder();
		for (String range : head[1].split(";")) {
			String[] be = range.strip().split(" ");
			if (be.length != 2) {
				throw error("bad offsets '" + range + "'");
			}
			int b;
			int e;
			try {
				b = toChar(Integer.parseInt(be[0]));
				e = toChar(Integer.parseInt(be[1]));
			} catch (NumberFormatException ex) {
				throw error("bad offsets '" + range + "'");
			}
			if (b < 0 || e <= b || e > text.length()) {
				throw error("offsets " + be[0] + "-" + be[1] + " are outside the text (" + text.length() + " characters)");
			}
			if (!fragments.isEmpty() && b < fragments.get(fragments.size() - 1)[1]) {
				throw error("fragments out of order or overlapping: '" + head[1] + "'");
			}
			if (covered.length() > 0) {
				covered.append(' ');
			}
			covered.append(text, b, e);
			fragments.add(new int[] { b, e });
		}
		if (!covered.toString().equals(cols[2])) {
			throw error("the text '" + cols[2] + "' is not what the document has at " + head[1] + ": '" + covered + "'");
		}
		if (spans.containsKey(cols[0])) {
			throw error("the id " + cols[0] + " is used twice");
		}
		spans.put(cols[0], new SpanBuilder(cols[0], head[0], fragments, lineNo));
	}

	private void other(String[] cols) throws FormatException {
		String id = cols[0];
		if (cols.length < 2) {
			throw error("a line needs an id and a body separated by a tab");
		}
		String[] parts = cols[1].strip().split(" +");
		switch (id.charAt(0)) {
		case 'E' -> {
			String[] trigger = parts[0].split(":", 2);
			SpanBuilder t = trigger.length == 2 ? spans.get(trigger[1]) : null;
			if (t == null) {
				throw error("the event's trigger '" + parts[0] + "' is not a text-bound annotation of this file");
			}
			if (!t.label.equals(trigger[0])) {
				throw error("the event type " + trigger[0] + " differs from its trigger's type " + t.label);
			}
			if (t.features.containsKey(BratFormat.EVENT_FEATURE)) {
				throw error("the trigger " + trigger[1] + " has two events; Assay keeps one event per trigger");
			}
			t.features.put(BratFormat.EVENT_FEATURE, id);
			eventTrigger.put(id, trigger[1]);
			Map<String, Integer> seen = new HashMap<>();
			for (int i = 1; i < parts.length; i++) {
				String[] arg = parts[i].split(":", 2);
				if (arg.length != 2 || !spans.containsKey(arg[1])) {
					throw error("the argument '" + parts[i] + "' is not ROLE:T-id of this file"
							+ (arg.length == 2 && arg[1].startsWith("E") ? " (events as arguments are not supported)" : ""));
				}
				int n = seen.merge(arg[0], 1, Integer::sum);
				links.add(new ImportedDocument.Link(id + ":" + arg[0] + (n > 1 ? "#" + n : ""), arg[0], trigger[1],
						arg[1], lineNo));
			}
		}
		case 'R' -> {
			if (parts.length != 3) {
				throw error("a relation is TYPE Arg1:ID Arg2:ID");
			}
			String from = target(parts[1].split(":", 2)[parts[1].contains(":") ? 1 : 0]);
			String to = target(parts[2].split(":", 2)[parts[2].contains(":") ? 1 : 0]);
			links.add(new ImportedDocument.Link(id, parts[0], from, to, lineNo));
		}
		case 'A', 'M' -> {
			if (parts.length < 2 || parts.length > 3) {
				throw error("an attribute is NAME ID [VALUE]");
			}
			spans.get(target(parts[1])).features.put(parts[0], parts.length == 3 ? parts[2] : "true");
		}
		case 'N' -> {
			if (parts.length != 3) {
				throw error("a normalization is Reference ID DB:KEY, then a tab and the text");
			}
			spans.get(target(parts[1])).features.put(BratFormat.NORMALIZATION_FEATURE, parts[2]);
		}
		case '#' -> {
			if (parts.length != 2) {
				throw error("a note is AnnotatorNotes ID, then a tab and the note");
			}
			spans.get(target(parts[1])).features.put(BratFormat.NOTE_FEATURE, cols.length > 2 ? cols[2] : "");
		}
		case '*' -> {
			for (int i = 2; i < parts.length; i++) {
				links.add(new ImportedDocument.Link(null, parts[0], target(parts[i - 1]), target(parts[i]), lineNo));
			}
		}
		default -> throw error("unknown annotation kind");
		}
	}

	/** The text-bound id an id refers to: itself, or an event's trigger. */
	private String target(String id) throws FormatException {
		if (spans.containsKey(id)) {
			return id;
		}
		String trigger = eventTrigger.get(id);
		if (trigger == null) {
			throw error("'" + id + "' is not an annotation of this file");
		}
		return trigger;
	}

	private int toChar(int codePoint) {
		if (codePointToChar == null) {
			return codePoint;
		}
		return codePoint < 0 || codePoint >= codePointToChar.length ? -1 : codePointToChar[codePoint];
	}

	/** brat counts code points; Java strings count UTF-16 chars: a map from the one to the other. */
	private static int[] codePointIndex(String text) {
		int n = text.codePointCount(0, text.length());
		int[] map = new int[n + 1];
		int c = 0;
		for (int i = 0; i < n; i++) {
			map[i] = c;
			c += Character.charCount(text.codePointAt(c));
		}
		map[n] = text.length();
		return map;
	}
}
