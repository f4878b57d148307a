/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.fuzz;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.assay.formats.ExportOptions;
import org.assay.formats.ExportReport;
import org.assay.formats.Exporting;
import org.assay.formats.ImportOptions;
import org.assay.formats.Importing;
import org.assay.formats.jsonl.JsonlFormat;
import org.assay.formats.xmi.XmiFormat;
import org.assay.model.support.StandardSchema;
import org.assay.store.Assignments;
import org.assay.store.ProjectFolder;

/**
 * What the targets put around an input, made once per process with Assay's own writers: a small valid project
 * (its files by path), and the UIMA type system Assay's XMI export writes.
 */
final class Templates {

	static final String DOCUMENT_FILE = "documents/d1.json";
	static final String SET_FILE = "annotations/d1/gold.json";
	static final String STAGING_LIST = ".assay-staging/COMMIT";

	/** A document with spans (one in two pieces, one on an emoji), a document label and a link. */
	static final String JSONL = """
			{"document":"d1","text":"Zoë met 東京 officials 😀 today. Ana said so.","spans":[{"id":"s1","begin":0,"end":3,"layer":"entity","label":"PERSON","fragments":[[0,1],[2,3]]},{"id":"s2","begin":8,"end":10,"label":"LOCATION"},{"id":"s3","begin":30,"end":33,"label":"PERSON"}],"labels":[{"id":"d","layer":"document","label":"NEWS"}],"links":[{"from":"s1","to":"s2","role":"r"}]}
			{"document":"d2","text":"Second one.","spans":[]}
			""";

	private static Map<String, byte[]> project;
	private static byte[] typeSystem;

	private Templates() {
	}

	/** The files of a valid project, by their path in it. */
	static synchronized Map<String, byte[]> project() {
		if (project == null) {
			make();
		}
		return project;
	}

	static synchronized byte[] typeSystem() {
		if (typeSystem == null) {
			make();
		}
		return typeSystem;
	}

	private static void make() {
		try {
			Path dir = Files.createTempDirectory("assay-fuzz-template-");
			Path jsonl = Targets.write(dir.resolve("in.jsonl"), JSONL);
			ImportOptions options = ImportOptions.defaults();
			ProjectFolder folder = ProjectFolder.create(dir.resolve("project"), "fuzz", StandardSchema.create());
			Importing.apply(folder, new JsonlFormat().importer().read(jsonl, options), options);
			Assignments assignments = new Assignments();
			assignments.assign("d1", "ana");
			assignments.assign("d2", "ben");
			assignments.write(folder.dir());
			Map<String, byte[]> files = new TreeMap<>();
			try (Stream<Path> all = Files.walk(folder.dir())) {
				for (Path p : all.filter(Files::isRegularFile).toList()) {
					String name = folder.dir().relativize(p).toString();
					if (!name.startsWith(".")) {
						files.put(name, Files.readAllBytes(p));
					}
				}
			}
			project = files;
			ExportReport report = new ExportReport();
			Path out = dir.resolve("xmi");
			XmiFormat xmi = new XmiFormat();
			xmi.exporter().write(Exporting.select(folder.project(), new Exporting.Selection("gold", List.of(), false),
					report), out, new ExportOptions(null), report);
			typeSystem = Files.readAllBytes(out.resolve(XmiFormat.TYPE_SYSTEM));
			Scratch.delete(dir);
		} catch (Exception e) {
			throw new IllegalStateException("the fuzzing harness cannot make its template project", e);
		}
	}
}
