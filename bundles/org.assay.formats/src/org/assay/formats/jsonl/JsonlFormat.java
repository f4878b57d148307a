/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.formats.jsonl;


import java.io.IOException;

import org.assay.formats.ExportDocument;
import org.assay.formats.ExportReport;
import org.assay.formats.Exporter;
import org.assay.formats.Format;
import org.assay.formats.Importer;

/**
 * JSON Lines, one document a line: {@code {"document", "text", "spans": [{"id", "begin", "end", "layer",
 * "label", "status", ...}], "links": [{"from", "to", "role"}]}} with character offsets.
 */
public final class JsonlFormat implements Format {

	public static final String ID = "jsonl";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String name() {
		return "JSON Lines";
	}

	@Override
	public String description() {
		return "one document a line with its text, spans (also discontinuous), document labels, links and features";
	}

	@Override
	public Importer importer() {
		return (source, options) -> JsonlReader.read(source);
	}

	@Override
	public Exporter exporter() {
		return Exporter.toFile("jsonl", (documents, out, options, report) -> JsonlWriter.write(documents, out, report));
	}

	/**
	 * One document as its line of a JSONL export, without the line break: for writers that place the lines
	 * themselves, such as assay-spark's executors, each writing its part of one export.
	 */
	public static String line(ExportDocument document, ExportReport report) throws IOException {
		return JsonlWriter.line(document, report);
	}
}
