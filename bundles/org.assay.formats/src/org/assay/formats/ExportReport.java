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
	private int documents;
	private int written;

	/** Counts one loss of this kind at a place ("document@offset" or the document id). */
	public void lost(String what, String where) {
		Entry e = entries.computeIfAbsent(what, Entry::new);
		e.count++;
		if (e.where.size() < EXAMPLES) {
			e.where.add(where);
		}
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

	/** Counts the documents and annotations that were written. */
	public void wrote(int documentCount, int annotationCount) {
		documents += documentCount;
		written += annotationCount;
	}

	public boolean isLossless() {
		return entries.isEmpty();
	}

	public List<Entry> entries() {
		return List.copyOf(entries.values());
	}

	/** The count of one kind of loss, 0 if none. */
	public int count(String what) {
		Entry e = entries.get(what);
		return e == null ? 0 : e.count;
	}

	public int documents() {
		return documents;
	}

	public int annotationsWritten() {
		return written;
	}

	public void print(PrintStream out) {
		out.printf("exported %d documents, %d annotations%n", documents, written);
		if (entries.isEmpty()) {
			out.println("nothing was lost: the format holds everything that was exported");
			return;
		}
		out.println("not represented in this format:");
		for (Entry e : entries.values()) {
			out.printf("  %7d  %s  (e.g. %s)%n", e.count, e.what, String.join(", ", e.where));
		}
	}
}
