/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.formats.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.assay.formats.ExportDocument;
import org.assay.formats.ExportOptions;
import org.assay.formats.ExportReport;
import org.assay.formats.Exporting;
import org.assay.formats.Format;
import org.assay.formats.ImportOptions;
import org.assay.formats.Importing;
import org.assay.model.Annotation;
import org.assay.model.AnnotationSet;
import org.assay.model.Document;
import org.assay.model.Fragment;
import org.assay.model.Link;
import org.assay.model.Span;
import org.assay.model.support.SetNames;
import org.assay.model.support.StandardSchema;
import org.assay.store.ProjectFolder;

/** Helpers shared by the format tests: import into a fresh project, export, and compare annotations. */
final class Projects {

	private Projects() {
	}

	static ProjectFolder empty(Path dir) throws Exception {
		return ProjectFolder.create(dir, "test", StandardSchema.create());
	}

	static ProjectFolder imported(Format format, Path source, Path dir, ImportOptions options) throws Exception {
		ProjectFolder folder = empty(dir);
		Importing.apply(folder, format.importer(), source, options, null); // as assay import does: stored while read
		return folder;
	}

	static ExportReport export(Format format, ProjectFolder folder, String set, Path out, String scheme)
			throws Exception {
		ExportReport report = new ExportReport();
		List<ExportDocument> docs = Exporting.select(folder.project(), new Exporting.Selection(set, List.of(), false),
				report);
		format.exporter().write(docs, out, new ExportOptions(scheme), report);
		return report;
	}

	/**
	 * The annotations of a set of every document, as comparable lines: "doc TYPE layer/label [b,e][b,e]
	 * status {features}" for spans, "doc LINK role from-offsets to-offsets" for links, sorted.
	 */
	static List<String> describe(ProjectFolder folder, String setName, boolean withFeatures) {
		List<String> lines = new ArrayList<>();
		for (Document d : folder.project().getDocuments()) {
			AnnotationSet set = SetNames.find(d, setName);
			if (set == null) {
				continue;
			}
			for (Annotation a : set.getAnnotations()) {
				lines.add(d.getId() + " " + describe(a, withFeatures));
			}
		}
		lines.sort(Comparator.naturalOrder());
		return lines;
	}

	static String describe(Annotation a, boolean withFeatures) {
		if (a instanceof Link l) {
			return "LINK " + l.getRole() + " " + where(l.getSource()) + " -> " + where(l.getTarget());
		}
		String s = where(a) + " " + a.getStatus().getLiteral();
		if (withFeatures && !a.getFeatures().isEmpty()) {
			Map<String, String> sorted = new TreeMap<>();
			a.getFeatures().forEach(e -> sorted.put(e.getKey(), e.getValue()));
			s += " " + sorted;
		}
		return s;
	}

	private static String where(Annotation a) {
		StringBuilder sb = new StringBuilder(a.getLabel().getLayer().getName() + "/" + a.getLabel().getName());
		if (a instanceof Span span) {
			for (Fragment f : span.getFragments()) {
				sb.append('[').append(f.getBegin()).append(',').append(f.getEnd()).append(']');
			}
		}
		return sb.toString();
	}

	static Path shared(String relative) {
		Path p = Path.of(System.getProperty("assay.shared", "../shared")).resolve(relative);
		return Files.exists(p) ? p : null;
	}

	static long countFiles(Path dir) throws IOException {
		try (var s = Files.list(dir)) {
			return s.count();
		}
	}
}
