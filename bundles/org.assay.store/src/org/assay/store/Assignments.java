/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import org.assay.store.internal.JsonIn;
import org.assay.store.internal.JsonOut;

import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Who is to annotate which documents: the project's annotators and, per document, the annotators assigned to
 * it. Kept in {@code assignments.json} in the project folder, one document a line, so that a team sees
 * reassignments in {@code git diff}. Assigned by hand or by {@link #roundRobin a rule}.
 */
public final class Assignments {

	/** The file, in the project folder. */
	public static final String FILE = "assignments.json";
	private static final String FORMAT = "assay-assignments";
	private static final int VERSION = 1;

	private final Set<String> annotators = new LinkedHashSet<>();
	private final Map<String, Set<String>> documents = new TreeMap<>();

	/** The project's assignments; none when it has no file yet. */
	public static Assignments read(Path projectDir) throws StoreException {
		Path file = projectDir.resolve(FILE);
		Assignments a = new Assignments();
		try (InputStream stream = Files.newInputStream(file); JsonIn in = new JsonIn(file, stream)) {
			in.header(FORMAT, VERSION);
			for (String field; (field = in.nextField()) != null;) {
				switch (field) {
				case "annotators" -> {
					in.beginArray();
					while (in.nextElement()) {
						a.annotators.add(in.string());
					}
				}
				case "documents" -> {
					in.beginObject();
					for (String id; (id = in.nextField()) != null;) {
						Set<String> names = new LinkedHashSet<>();
						in.beginArray();
						while (in.nextElement()) {
							String name = in.string();
							if (!a.annotators.contains(name)) {
								throw in.error("'" + name + "' is assigned to " + id + " but is none of the annotators");
							}
							names.add(name);
						}
						a.documents.put(id, names);
					}
				}
				default -> in.skipValue();
				}
			}
			in.end();
			return a;
		} catch (NoSuchFileException e) {
			return a;
		} catch (IOException e) {
			throw new StoreException(file, "cannot read: " + e, e);
		}
	}

	/** Writes the assignments atomically. */
	public void write(Path projectDir) throws StoreException {
		Path file = projectDir.resolve(FILE);
		try {
			AtomicFiles.write(file, out -> {
				try (JsonGenerator g = JsonOut.open(out, 2)) { // one document a line, for version control
					JsonOut.header(g, FORMAT, VERSION);
					g.writeArrayFieldStart("annotators");
					for (String name : annotators) {
						g.writeString(name);
					}
					g.writeEndArray();
					g.writeObjectFieldStart("documents");
					for (Map.Entry<String, Set<String>> e : documents.entrySet()) {
						g.writeArrayFieldStart(e.getKey());
						for (String name : e.getValue()) {
							g.writeString(name);
						}
						g.writeEndArray();
					}
					g.writeEndObject();
					g.writeEndObject();
				}
			});
		} catch (IOException e) {
			throw new StoreException(file, "cannot write: " + e, e);
		}
	}

	/** The project's annotators, in the order they were added. */
	public List<String> annotators() {
		return List.copyOf(annotators);
	}

	/** The annotators assigned to a document, possibly none. */
	public Set<String> of(String document) {
		return Collections.unmodifiableSet(documents.getOrDefault(document, Set.of()));
	}

	/** The documents assigned to an annotator, in id order. */
	public List<String> documentsOf(String annotator) {
		List<String> ids = new ArrayList<>();
		documents.forEach((id, names) -> {
			if (names.contains(annotator)) {
				ids.add(id);
			}
		});
		return ids;
	}

	/** Whether anything is assigned at all. */
	public boolean isEmpty() {
		return documents.isEmpty();
	}

	/** Assigns a document to an annotator (made one of the project's annotators). */
	public void assign(String document, String annotator) {
		annotators.add(annotator);
		documents.computeIfAbsent(document, k -> new LinkedHashSet<>()).add(annotator);
	}

	/** Takes a document away from an annotator. */
	public void unassign(String document, String annotator) {
		Set<String> names = documents.get(document);
		if (names != null) {
			names.remove(annotator);
			if (names.isEmpty()) {
				documents.remove(document);
			}
		}
	}

	/**
	 * Assigns the documents by a rule, replacing what they had: a share {@code overlap} of them (0 to 1, rounded
	 * up) is given to every annotator, for measuring agreement; each of the others to {@code perDocument}
	 * annotators in turn, so that the work is shared evenly. The documents are shuffled with {@code seed}, so
	 * the same seed gives the same assignment. Returns the documents seen by everyone.
	 */
	public List<String> roundRobin(List<String> ids, List<String> names, int perDocument, double overlap, long seed) {
		if (names.isEmpty() || perDocument < 1 || perDocument > names.size() || overlap < 0 || overlap > 1) {
			throw new IllegalArgumentException("annotators " + names + ", " + perDocument + " per document, overlap "
					+ overlap);
		}
		List<String> order = new ArrayList<>(ids);
		Collections.shuffle(order, new Random(seed));
		int shared = (int) Math.ceil(overlap * order.size());
		annotators.addAll(names);
		List<String> everyone = new ArrayList<>();
		int next = 0;
		for (int i = 0; i < order.size(); i++) {
			String id = order.get(i);
			Set<String> assigned = new LinkedHashSet<>();
			if (i < shared) {
				assigned.addAll(names);
				everyone.add(id);
			} else {
				for (int k = 0; k < perDocument; k++) {
					assigned.add(names.get(next++ % names.size()));
				}
			}
			documents.put(id, assigned);
		}
		Collections.sort(everyone);
		return everyone;
	}

	/** How many documents each annotator has, in annotator order. */
	public Map<String, Integer> load() {
		Map<String, Integer> load = new LinkedHashMap<>();
		for (String name : annotators) {
			load.put(name, documentsOf(name).size());
		}
		return load;
	}
}
