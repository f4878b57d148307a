/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.formats.conll;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;

import org.assay.formats.FormatException;
import org.assay.formats.ImportData;
import org.assay.formats.ImportedDocument;
import org.assay.formats.Importer;
import org.assay.formats.internal.SourceFiles;
import org.assay.model.AnnotationStatus;
import org.assay.model.support.TokenTable;
import org.assay.store.IoReasons;
import org.assay.store.StoreException;

/**
 * Reads CoNLL-2003 (token, POS, chunk, named-entity tag; IOB1, IOB2 or BIOES; {@code -DOCSTART-} between
 * documents). A document's text is its tokens joined by spaces and its sentences by line breaks; the tokens,
 * sentences and POS and chunk tags become the document's {@link TokenTable} (not annotations), so that an
 * export gives the same file back.
 */
final class ConllReader {

	private static final String DOCSTART = "-DOCSTART-";

	private final Path file;
	private final List<ImportedDocument> documents = new ArrayList<>();
	private final String stem;

	private StringBuilder text;
	private List<ImportedDocument.Span> spans;
	private TokenTable.Builder tokenTable;
	private final String[] columns = new String[4];
	private final String[] tags = new String[2];
	private Map<String, String> properties;
	private int entities;
	private boolean sentenceOpen;
	// the entity being read: type, first token's begin, last token's end, line
	private String openType;
	private int openBegin;
	private int openEnd;
	private int openLine;
	private boolean openedWithB;
	// IOB1 files start entities with I-; a B- where IOB1 needs none is remembered so that it is written back
	private boolean sawIStart;
	private final java.util.Set<ImportedDocument.Span> needlessB = new java.util.HashSet<>();
	private String previousType; // the type of the entity that ended at the previous token, or null

	private ConllReader(Path file) {
		this.file = file;
		String name = file.getFileName().toString();
		this.stem = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
	}

	/** A file, or every {@code .conll} file of a folder in name order. */
	static ImportData readFileOrFolder(Path source) throws FormatException {
		List<ImportedDocument> all = new ArrayList<>();
		try {
			readFileOrFolder(source, all::add, Runtime.getRuntime().availableProcessors());
		} catch (StoreException e) {
			throw new IllegalStateException(e); // a list's sink stores nothing
		}
		return new ImportData(all);
	}

	/**
	 * A file's documents, or those of every {@code .conll} file of a folder in name order, handed to the sink on
	 * the caller's thread as they come. A folder's files are parsed on {@code threads} threads, at most
	 * {@link #AHEAD} files ahead of the sink (which, in an import, stores the documents meanwhile: an import leaves
	 * it a core, as on two cores the calling thread, which gates the import, was starved by two parsers). A file's problem is thrown when
	 * the sink has had every document before it: the first bad file in name order is the one named, whichever
	 * thread found it, and no file after it reaches the sink.
	 */
	static void readFileOrFolder(Path source, Importer.Sink sink, int threads) throws FormatException, StoreException {
		if (!Files.isDirectory(source)) {
			for (ImportedDocument d : read(source).documents()) {
				sink.accept(d);
			}
			return;
		}
		List<Path> files = new ArrayList<>();
		try (java.util.stream.Stream<Path> list = Files.list(source)) {
			list.filter(p -> p.getFileName().toString().endsWith(".conll")).sorted().forEach(files::add);
		} catch (IOException e) {
			throw new FormatException(source, -1, "cannot list: " + IoReasons.of(e), e);
		}
		if (files.isEmpty()) {
			throw new FormatException(source, -1, "no .conll files in the folder");
		}
		ExecutorService parsers = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, files.size())),
				daemons("assay-conll-reader"));
		// the files' bytes are read on threads of their own, which mostly wait for the disk: a corpus not in the
		// system's cache is read several files at a time instead of one after another by the parser
		ExecutorService readers = Executors.newFixedThreadPool(Math.min(READERS, files.size()),
				daemons("assay-conll-file-reader"));
		try {
			Deque<Future<ImportData>> ahead = new ArrayDeque<>();
			int submitted = 0;
			for (int i = 0; i < files.size(); i++) {
				for (; submitted < files.size() && submitted < i + AHEAD; submitted++) {
					Path file = files.get(submitted);
					ahead.add(CompletableFuture.supplyAsync(() -> contentOf(file), readers)
							.thenApplyAsync(content -> parsedOrThrown(file, content), parsers));
				}
				for (ImportedDocument d : parsed(ahead.poll(), files.get(i)).documents()) {
					sink.accept(d);
				}
			}
		} finally {
			parsers.shutdownNow(); // after a failure, the files read ahead are dropped
			readers.shutdownNow();
		}
	}

	/** How many threads read a folder's files ahead of the parser. */
	static final int READERS = 4;

	private static ThreadFactory daemons(String name) {
		return r -> {
			Thread t = new Thread(r, name);
			t.setDaemon(true);
			return t;
		};
	}

	private static String contentOf(Path file) {
		try {
			return SourceFiles.readUtf8(file);
		} catch (FormatException e) {
			throw new CompletionException(e); // the future's cause, as parsed throws it
		}
	}

	private static ImportData parsedOrThrown(Path file, String content) {
		try {
			return fromContent(file, content);
		} catch (FormatException e) {
			throw new CompletionException(e);
		}
	}

	/** How many files of a folder are parsed ahead of the sink, at most. */
	static final int AHEAD = 64;

	/** A file's parse, waited for; its problem thrown as it was found. */
	private static ImportData parsed(Future<ImportData> parse, Path file) throws FormatException {
		boolean interrupted = false;
		try {
			while (true) {
				try {
					return parse.get();
				} catch (InterruptedException e) {
					interrupted = true; // the file is parsed soon; the caller sees the interruption after
				}
			}
		} catch (ExecutionException e) {
			if (e.getCause() instanceof FormatException f) {
				throw f;
			}
			if (e.getCause() instanceof RuntimeException r) {
				throw r;
			}
			if (e.getCause() instanceof Error r) {
				throw r;
			}
			throw new FormatException(file, -1, "cannot read: " + e.getCause(), e.getCause());
		} finally {
			if (interrupted) {
				Thread.currentThread().interrupt();
			}
		}
	}

	static ImportData read(Path file) throws FormatException {
		return fromContent(file, SourceFiles.readUtf8(file));
	}

	private static ImportData fromContent(Path file, String content) throws FormatException {
		ConllReader reader = new ConllReader(file);
		reader.parse(content);
		return new ImportData(reader.sawIStart ? reader.markNeedlessB() : List.copyOf(reader.documents));
	}

	private void parse(String content) throws FormatException {
		int lineNo = 0;
		int blankRun = 0; // blank lines since the last line that was not blank
		int pos = 0;
		int length = content.length();
		while (pos < length) {
			int nl = content.indexOf('\n', pos);
			boolean lastLine = nl < 0;
			int end = lastLine ? length : nl;
			String line = content.substring(pos, end > pos && content.charAt(end - 1) == '\r' ? end - 1 : end);
			pos = end + 1;
			lineNo++;
			if (line.isBlank()) {
				blankRun++;
				endSentence();
				continue;
			}
			blankRun = 0;
			int found = split(line);
			String[] cols = columns;
			if (cols[0].equals(DOCSTART)) {
				finishDocument();
				startDocument();
				properties.put(Conll2003Format.DOCSTART_PROPERTY, line.strip().substring(DOCSTART.length()).strip());
				continue;
			}
			if (found != 4) {
				throw new FormatException(file, lineNo, "expected 4 columns (token POS chunk tag), found " + found
						+ (lastLine ? " (is the file truncated?)" : ""));
			}
			if (text == null) {
				startDocument();
			}
			token(cols, lineNo);
		}
		if (text != null && blankRun != 1) {
			properties.put(Conll2003Format.TRAILING_BLANK_LINES_PROPERTY, Integer.toString(blankRun));
		}
		finishDocument();
		if (documents.isEmpty()) {
			throw new FormatException(file, lineNo, "no tokens in the file");
		}
	}

	/**
	 * Splits a line, its white space stripped at both ends, at runs of spaces and tabs into {@link #columns} (at
	 * most 4 kept) and returns how many columns it has.
	 */
	private int split(String line) {
		int n = line.length();
		while (n > 0 && Character.isWhitespace(line.charAt(n - 1))) {
			n--;
		}
		int i = 0;
		while (i < n && Character.isWhitespace(line.charAt(i))) {
			i++;
		}
		int count = 0;
		while (i < n) {
			int start = i;
			while (i < n && line.charAt(i) != ' ' && line.charAt(i) != '\t') {
				i++;
			}
			if (count < columns.length) {
				columns[count] = line.substring(start, i);
			}
			count++;
			while (i < n && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
				i++;
			}
		}
		return count;
	}

	/** A POS or chunk tag: no white space inside (it is kept space-separated in the project). */
	private String tagColumn(String value, String what, int lineNo) throws FormatException {
		for (int i = 0; i < value.length(); i++) {
			if (Character.isWhitespace(value.charAt(i))) {
				throw new FormatException(file, lineNo, "the " + what + " tag '" + value + "' holds white space");
			}
		}
		return value;
	}

	private List<ImportedDocument> markNeedlessB() {
		List<ImportedDocument> marked = new ArrayList<>(documents.size());
		for (ImportedDocument d : documents) {
			List<ImportedDocument.Span> spans = new ArrayList<>(d.spans().size());
			for (ImportedDocument.Span s : d.spans()) {
				spans.add(needlessB.contains(s) ? new ImportedDocument.Span(s.id(), s.layer(), s.label(), s.fragments(),
						s.status(), Map.of(Conll2003Format.B_FEATURE, "true"), s.line()) : s);
			}
			marked.add(new ImportedDocument(d.id(), d.title(), d.text(), d.properties(), spans, d.links(), d.file(), null,
					d.tokens()));
		}
		return marked;
	}

	private void startDocument() {
		text = new StringBuilder();
		spans = new ArrayList<>();
		tokenTable = TokenTable.builder(Conll2003Format.POS, Conll2003Format.CHUNK);
		properties = new HashMap<>();
		entities = 0;
		sentenceOpen = false;
		openType = null;
	}

	private void token(String[] cols, int lineNo) throws FormatException {
		if (sentenceOpen) {
			text.append(' ');
		} else if (text.length() > 0) {
			text.append('\n');
			tokenTable.endSentence();
		}
		sentenceOpen = true;
		int begin = text.length();
		text.append(cols[0]);
		int end = text.length();
		tags[0] = tagColumn(cols[1], "POS", lineNo);
		tags[1] = tagColumn(cols[2], "chunk", lineNo);
		tokenTable.add(begin, end, tags);
		tag(cols[3], begin, end, lineNo);
	}

	private void tag(String tag, int begin, int end, int lineNo) throws FormatException {
		if (tag.equals("O")) {
			closeEntity();
			previousType = null;
			return;
		}
		if (tag.length() < 3 || tag.charAt(1) != '-' || "BIES".indexOf(tag.charAt(0)) < 0) {
			throw new FormatException(file, lineNo, "unknown tag '" + tag + "' (expected O, or B-, I-, E-, S- and a type)");
		}
		char prefix = tag.charAt(0);
		String type = tag.substring(2);
		boolean continues = openType != null && openType.equals(type) && (prefix == 'I' || prefix == 'E');
		if (!continues) {
			String before = openType != null ? openType : previousType;
			closeEntity();
			openType = type;
			openBegin = begin;
			openLine = lineNo;
			openedWithB = prefix == 'B' && !type.equals(before);
			sawIStart |= prefix == 'I';
		}
		openEnd = end;
		if (prefix == 'E' || prefix == 'S') {
			closeEntity();
		}
	}

	private void closeEntity() {
		if (openType != null) {
			entities++;
			ImportedDocument.Span span = new ImportedDocument.Span("e" + entities, null, openType,
					List.of(new int[] { openBegin, openEnd }), AnnotationStatus.ACCEPTED, Map.of(), openLine);
			spans.add(span);
			if (openedWithB) {
				needlessB.add(span);
			}
			previousType = openType;
			openType = null;
		}
	}

	private void endSentence() {
		closeEntity();
		previousType = null;
		sentenceOpen = false;
	}

	private void finishDocument() {
		if (text == null) {
			return;
		}
		closeEntity();
		String t = text.toString();
		if (!t.isEmpty() || properties.containsKey(Conll2003Format.DOCSTART_PROPERTY)) {
			int n = documents.size() + 1;
			String firstLine = t.contains("\n") ? t.substring(0, t.indexOf('\n')) : t;
			String title = firstLine.length() > 80 ? firstLine.substring(0, 80) + "\u2026" : firstLine;
			documents.add(new ImportedDocument(String.format("%s-%04d", stem, n), title, t, Map.copyOf(properties),
					List.copyOf(spans), List.of(), file, null, tokenTable.size() == 0 ? null : tokenTable.build()));
		}
		text = null;
	}
}
