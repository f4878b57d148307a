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
import org.assay.formats.ImportOptions;
import org.assay.formats.ImportedDocument;
import org.assay.formats.CodePoints;
import org.assay.formats.internal.SourceFiles;
import org.assay.model.AnnotationStatus;
import org.assay.store.IoReasons;

/** Reads brat standoff, checking every span's text against the document. */
final class BratReader {

	private final Path ann;
	private final String text;
	private final CodePoints offsets;
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
		this.offsets = new CodePoints(text);
	}

	static ImportData read(Path source, ImportOptions options) throws FormatException {
		List<Path[]> pairs = pairs(source);
		if (pairs.isEmpty()) {
			throw new FormatException(source, -1, "no brat documents (.txt with .ann) found");
		}
		List<ImportedDocument> documents = new ArrayList<>(pairs.size());
		for (Path[] pair : pairs) {
			ImportedDocument d = document(pair[0], pair[1]);
			String textStem = stem(pair[0]);
			String annStem = pair[1] == null ? textStem : stem(pair[1]);
			// TEXT_ANNOTATOR.ann: the first annotator's file fills the import's set, the others sets of their own
			boolean first = documents.isEmpty() || !documents.get(documents.size() - 1).id().equals(d.id());
			String set = first ? null : options.set() + "-" + annStem.substring(textStem.length() + 1);
			Map<String, String> properties = annStem.equals(textStem) ? d.properties()
					: Map.of(BratFormat.FILE_PROPERTY + (set == null ? options.set() : set), annStem);
			documents.add(new ImportedDocument(d.id(), d.title(), d.text(), properties, d.spans(), d.links(), d.file(), set));
		}
		return new ImportData(documents);
	}

	private static String stem(Path file) {
		String name = file.getFileName().toString();
		return name.substring(0, name.lastIndexOf('.'));
	}

	/**
	 * [txt, ann or null] for a .ann or .txt file, a folder of pairs, or PolNeAR's text/ + attributions/, where
	 * a text may have several annotators' files, TEXT_ANNOTATOR.ann.
	 */
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
			throw new FormatException(texts, -1, "cannot list: " + IoReasons.of(e), e);
		}
		txts.sort(Comparator.comparing(p -> p.getFileName().toString()));
		boolean polnear = texts != anns;
		for (Path txt : txts) {
			String stem = txt.getFileName().toString().replaceFirst("\\.txt$", "");
			Path ann = anns.resolve(stem + ".ann");
			List<Path> found = new ArrayList<>();
			if (Files.isRegularFile(ann)) {
				found.add(ann);
			}
			if (polnear) {
				try (DirectoryStream<Path> annotators = Files.newDirectoryStream(anns, stem + "_*.ann")) {
					for (Path a : annotators) {
						// the part after the text's name is an annotator's code, without further underscores
						if (a.getFileName().toString().substring(stem.length() + 1).indexOf('_') < 0) {
							found.add(a);
						}
					}
				} catch (IOException e) {
					throw new FormatException(anns, -1, "cannot list: " + IoReasons.of(e), e);
				}
			}
			found.sort(Comparator.comparing(p -> p.getFileName().toString()));
			if (found.isEmpty()) {
				pairs.add(new Path[] { txt, null });
			}
			for (Path a : found) {
				pairs.add(new Path[] { txt, a });
			}
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
		return SourceFiles.readUtf8(file);
	}

	private FormatException error(String message) {
		return new FormatException(ann, lineNo, message);
	}

	private void parse(String content) throws FormatException {
		record Pending(String[] cols, int line) {
		}
		List<Pending> later = new ArrayList<>();
		String[] lines = content.split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			lineNo = i + 1;
			String line = stripCr(lines[i]);
			if (line.isBlank()) {
				continue;
			}
			String[] cols = line.split("\t", -1);
			char kind = line.charAt(0);
			if (kind == 'T') {
				// a span over a line break: some tools (PolNeAR's) write its text with the line break in it
				int start = lineNo;
				while (cols.length == 3 && i + 1 < lines.length && continues(cols)) {
					cols[2] = cols[2] + "\n" + stripCr(lines[++i]);
				}
				lineNo = start;
				textBound(cols);
			} else if ("ERAMN#*".indexOf(kind) >= 0) {
				later.add(new Pending(cols, lineNo));
			} else {
				throw error("unknown annotation kind '" + kind + "' (brat has T, E, R, A, M, N, # and * lines)");
			}
		}
		// events first: relations and attributes may point at them
		for (int pass = 0; pass < 2; pass++) {
			for (Pending p : later) {
				lineNo = p.line();
				if ((p.cols()[0].charAt(0) == 'E') == (pass == 0)) {
					other(p.cols());
				}
			}
		}
	}

	private static String stripCr(String line) {
		return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
	}

	/** Whether a span's text stops short of what its offsets cover, at a line break. */
	private boolean continues(String[] cols) {
		String covered = coveredOrNull(cols[1]);
		return covered != null && covered.length() > cols[2].length() && covered.startsWith(cols[2])
				&& covered.charAt(cols[2].length()) == '\n';
	}

	private String coveredOrNull(String typeAndOffsets) {
		try {
			StringBuilder sb = new StringBuilder();
			for (String range : typeAndOffsets.split(" ", 2)[1].split(";")) {
				String[] be = range.strip().split(" ");
				int b = toChar(Integer.parseInt(be[0]));
				int e = toChar(Integer.parseInt(be[1]));
				sb.append(sb.length() > 0 ? " " : "").append(text, b, e);
			}
			return sb.toString();
		} catch (RuntimeException e) {
			return null; // reported by textBound
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
			if (covered.length() > 0) {
				covered.append(' ');
			}
			covered.append(text, b, e);
			fragments.add(new int[] { b, e });
		}
		// the text may keep the line breaks it covers, or have them as spaces (Assay writes one line)
		if (!covered.toString().equals(cols[2]) && !covered.toString().replace('\n', ' ').equals(cols[2])) {
			throw error("the text '" + cols[2] + "' is not what the document has at " + head[1] + ": '" + covered + "'");
		}
		// brat allows fragments in any order; Assay keeps them in text order
		fragments.sort(Comparator.comparingInt((int[] f) -> f[0]));
		for (int i = 1; i < fragments.size(); i++) {
			if (fragments.get(i)[0] < fragments.get(i - 1)[1]) {
				throw error("overlapping fragments: '" + head[1] + "'");
			}
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
		if (parts[0].isEmpty()) {
			throw error("an empty annotation");
		}
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
			t.features.merge(BratFormat.EVENT_FEATURE, id, (a, b) -> a + " " + b);
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
		return offsets.toChar(codePoint);
	}
}
