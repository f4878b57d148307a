/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.formats;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.assay.model.Annotation;
import org.assay.model.Provenance;

/**
 * What an export could not represent, counted by kind, with the first places it happened: the user learns
 * exactly what the file lacks.
 */
public final class ExportReport {

	private static final int EXAMPLES = 5;

	/** One kind of loss, with how often and where. */
	public static final class Entry {
		private final String what;
		private int count;
		private final List<String> where = new ArrayList<>();

		Entry(String what) {
			this.what = what;
		}

		public String what() {
			return what;
		}

		public int count() {
			return count;
		}

		/** The first places, "document@offset". */
		public List<String> where() {
			return where;
		}
	}

	private final Map<String, Entry> entries = new LinkedHashMap<>();
	private final Map<String, Entry> leftOut = new LinkedHashMap<>();
	private int documents;
	private int written;

	/** Counts one loss of this kind, what the format cannot hold, at a place (see {@link #at}). */
	public void lost(String what, String where) {
		count(entries, what, where);
	}

	/**
	 * Counts an annotation the export's choice left out (rejected, proposals when accepted only, links to what
	 * was left out): not a loss of the format, reported apart.
	 */
	public void leftOut(String what, String where) {
		count(leftOut, what, where);
	}

	private static void count(Map<String, Entry> map, String what, String where) {
		Entry e = map.computeIfAbsent(what, Entry::new);
		e.count++;
		if (e.where.size() < EXAMPLES) {
			e.where.add(where);
		}
	}

	/**
	 * The place of an annotation, {@code document@offset}: a span's start, a link's source span's start; the
	 * document alone for what labels the whole document.
	 */
	public static String at(String document, Annotation a) {
		Annotation anchor = a instanceof org.assay.model.Link l ? l.getSource() : a;
		return anchor instanceof org.assay.model.Span s && !s.getFragments().isEmpty()
				? document + "@" + org.assay.model.support.Spans.begin(s)
				: document;
	}

	/** What formats that keep only an engine and a confidence count of the rest of an annotation's provenance. */
	public static final String PROVENANCE_DETAILS = "provenance beyond engine and confidence (who created and decided,"
			+ " when, the proposal before correction)";

	/**
	 * Counts the provenance of an annotation that a format keeping only engine and confidence loses: its
	 * author, who decided it, the proposal before correction.
	 */
	public void lostProvenanceDetails(Annotation a, String where) {
		Provenance p = a.getProvenance();
		if (p != null && (p.getDecidedBy() != null || p.getProposed() != null || p.getAuthor() != null)) {
			lost(PROVENANCE_DETAILS, where);
		}
	}

	/** The parts of a split export, in order: name, documents, where they went. */
	private final List<String[]> parts = new ArrayList<>();

	/** Notes one part of a split export: its name (train, dev, test), how many documents, and where it was written. */
	public void part(String name, int documentCount, java.nio.file.Path where) {
		parts.add(new String[] { name, String.valueOf(documentCount), where.toString() });
	}

	/** Counts the documents and annotations that were written. */
	public void wrote(int documentCount, int annotationCount) {
		documents += documentCount;
		written += annotationCount;
	}

	public boolean isLossless() {
		return entries.isEmpty();
	}

	/** What the format could not hold. */
	public List<Entry> entries() {
		return List.copyOf(entries.values());
	}

	/** What the export's choice left out. */
	public List<Entry> leftOut() {
		return List.copyOf(leftOut.values());
	}

	/** The count of one kind of loss or of what was left out, 0 if none. */
	public int count(String what) {
		Entry e = entries.containsKey(what) ? entries.get(what) : leftOut.get(what);
		return e == null ? 0 : e.count;
	}

	public int documents() {
		return documents;
	}

	public int annotationsWritten() {
		return written;
	}

	public void print(PrintStream out) {
		out.printf("exported %d document%s, %d annotation%s%n", documents, documents == 1 ? "" : "s", written,
				written == 1 ? "" : "s");
		for (String[] part : parts) {
			out.printf("  %-5s %7s document(s)  %s%n", part[0], part[1], part[2]);
		}
		if (!leftOut.isEmpty()) {
			out.println("left out as chosen:");
			print(leftOut, out);
		}
		if (entries.isEmpty()) {
			out.println("nothing was lost: the format holds everything that was exported");
			return;
		}
		out.println("not represented in this format:");
		print(entries, out);
	}

	private static void print(Map<String, Entry> map, PrintStream out) {
		for (Entry e : map.values()) {
			out.printf("  %7d  %s  (e.g. %s)%n", e.count, e.what, String.join(", ", e.where));
		}
	}
}
