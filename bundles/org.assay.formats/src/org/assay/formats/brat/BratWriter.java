/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.formats.brat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.assay.formats.ExportDocument;
import org.assay.formats.ExportReport;
import org.assay.formats.CodePoints;
import org.assay.model.Annotation;
import org.assay.model.AnnotationStatus;
import org.assay.model.Fragment;
import org.assay.model.Link;
import org.assay.model.Origin;
import org.assay.model.Span;
import org.assay.model.support.Spans;
import org.assay.store.SafePaths;
import org.assay.store.AtomicFiles;

/** Writes a folder of {@code .txt} and {@code .ann} pairs; statuses, provenance and document labels are counted. */
final class BratWriter {

	private final String id;
	private final String text;
	private final CodePoints offsets;
	private final ExportReport report;
	private final Map<Annotation, String> bratIds = new HashMap<>();
	private final StringBuilder ann = new StringBuilder();
	private int written;

	private BratWriter(String id, String text, ExportReport report) {
		this.id = id;
		this.text = text;
		this.offsets = new CodePoints(text);
		this.report = report;
	}

	static void write(List<ExportDocument> documents, Path out, ExportReport report) throws IOException {
		Files.createDirectories(out);
		for (ExportDocument d : documents) {
			BratWriter w = new BratWriter(d.document().getId(), d.document().getText(), report);
			w.annotations(d.annotations());
			String annName = d.document().getProperties().get(BratFormat.FILE_PROPERTY + d.set());
			AtomicFiles.writeExport(SafePaths.resolve(out, d.document().getId() + ".txt"),
					d.document().getText().getBytes(StandardCharsets.UTF_8));
			AtomicFiles.writeExport(SafePaths.resolve(out, (annName == null ? d.document().getId() : annName) + ".ann"),
					w.ann.toString().getBytes(StandardCharsets.UTF_8));
			report.wrote(1, w.written);
		}
	}

	private void annotations(List<Annotation> annotations) {
		Set<String> used = new HashSet<>();
		for (Annotation a : annotations) {
			if (a instanceof Span && a.getId() != null && a.getId().matches("T\\d+")) {
				used.add(a.getId());
			}
		}
		int next = 1;
		List<Span> spans = new ArrayList<>();
		for (Annotation a : annotations) {
			if (a instanceof Span s) {
				String t = a.getId() != null && a.getId().matches("T\\d+") ? a.getId() : null;
				if (t == null || bratIds.containsValue(t)) {
					do {
						t = "T" + next++;
					} while (used.contains(t));
				}
				bratIds.put(a, t);
				spans.add(s);
			} else if (!(a instanceof Link)) {
				report.lost("document labels (brat has none)", id);
			}
			common(a);
		}
		for (Span s : spans) {
			textBound(s);
		}
		Map<String, List<Link>> eventArgs = new HashMap<>();
		List<Link> relations = new ArrayList<>();
		for (Annotation a : annotations) {
			if (a instanceof Link l && l.getSource() instanceof Span from && l.getTarget() instanceof Span
					&& bratIds.containsKey(l.getTarget())) {
				String event = l.getId() == null || l.getId().indexOf(':') < 0 ? null
						: l.getId().substring(0, l.getId().indexOf(':'));
				if (event != null && events(from).contains(event)) {
					eventArgs.computeIfAbsent(event, k -> new ArrayList<>()).add(l);
				} else {
					relations.add(l);
				}
			} else if (a instanceof Link) {
				report.lost("links to document labels (brat links only text-bound annotations)", ExportReport.at(id, a));
			}
		}
		for (Span s : spans) {
			for (String event : events(s)) {
				ann.append(event).append('\t').append(s.getLabel().getName()).append(':').append(bratIds.get(s));
				for (Link l : eventArgs.getOrDefault(event, List.of())) {
					ann.append(' ').append(l.getRole()).append(':').append(bratIds.get(l.getTarget()));
					written++;
				}
				ann.append('\n');
			}
		}
		int r = 1;
		for (Link l : relations) {
			String rid = l.getId() != null && l.getId().matches("R\\d+") ? l.getId() : "R" + (1000 + r++);
			ann.append(rid).append('\t').append(l.getRole()).append(" Arg1:").append(bratIds.get(l.getSource()))
					.append(" Arg2:").append(bratIds.get(l.getTarget())).append('\n');
			written++;
		}
		int attr = 1;
		int note = 1;
		int norm = 1;
		for (Span s : spans) {
			for (Map.Entry<String, String> f : s.getFeatures()) {
				String name = f.getKey();
				String value = f.getValue();
				if (BratFormat.EVENT_FEATURE.equals(name)) {
					continue;
				}
				if (BratFormat.NOTE_FEATURE.equals(name)) {
					ann.append('#').append(note++).append("\tAnnotatorNotes ").append(bratIds.get(s)).append('\t')
							.append(value.replace('\n', ' ').replace('\t', ' ')).append('\n');
				} else if (BratFormat.NORMALIZATION_FEATURE.equals(name) && value != null && !value.contains(" ")) {
					ann.append('N').append(norm++).append("\tReference ").append(bratIds.get(s)).append(' ').append(value)
							.append('\t').append(covered(s)).append('\n');
				} else if (value == null || value.isEmpty() || value.contains(" ") || name.contains(" ")) {
					report.lost("feature values with spaces or empty (brat attribute values are single words)",
							id + "@" + Spans.begin(s));
				} else {
					ann.append('A').append(attr++).append('\t').append(name).append(' ').append(bratIds.get(s));
					if (!"true".equals(value)) {
						ann.append(' ').append(value);
					}
					ann.append('\n');
				}
			}
		}
	}

	/** The ids of the events a span triggers. */
	private static List<String> events(Span s) {
		String events = s.getFeatures().get(BratFormat.EVENT_FEATURE);
		return events == null || events.isBlank() ? List.of() : List.of(events.strip().split(" +"));
	}

	private void textBound(Span s) {
		ann.append(bratIds.get(s)).append('\t').append(s.getLabel().getName()).append(' ');
		boolean first = true;
		for (Fragment f : s.getFragments()) {
			ann.append(first ? "" : ";").append(codePoint(f.getBegin())).append(' ').append(codePoint(f.getEnd()));
			first = false;
		}
		// one line per annotation: a line break inside the span is written as a space
		ann.append('\t').append(covered(s)).append('\n');
		written++;
	}

	private String covered(Span s) {
		StringBuilder sb = new StringBuilder();
		for (Fragment f : s.getFragments()) {
			sb.append(sb.length() > 0 ? " " : "").append(text, f.getBegin(), f.getEnd());
		}
		return sb.toString().replace('\n', ' ').replace('\r', ' ');
	}

	private void common(Annotation a) {
		String where = a instanceof Span s ? id + "@" + Spans.begin(s) : id;
		if (a.getStatus() != AnnotationStatus.ACCEPTED && a.getStatus() != AnnotationStatus.CORRECTED) {
			report.lost("statuses other than accepted (brat has no status)", where);
		}
		if (a.getProvenance() != null && a.getProvenance().getOrigin() != Origin.IMPORT) {
			report.lost("provenance (brat keeps none)", where);
		}
	}

	/** brat counts code points, Java UTF-16 chars; they differ only past the Basic Multilingual Plane. */
	private int codePoint(int charOffset) {
		return offsets.toCodePoint(charOffset);
	}
}
