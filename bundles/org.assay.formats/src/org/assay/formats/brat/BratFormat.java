/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.formats.brat;


import org.assay.formats.Exporter;
import org.assay.formats.Format;
import org.assay.formats.Importer;

/**
 * brat standoff: a {@code .txt} and an {@code .ann} per document. Text-bound annotations (also
 * discontinuous), events, relations, attributes, notes and normalizations. An event becomes its trigger
 * span, whose feature {@value #EVENT_FEATURE} names the event, and one link per argument, whose id is the event's
 * id, a colon and the role. Reads a folder of pairs, one {@code .ann} file, or PolNeAR's layout of a
 * {@code text/} folder beside an {@code attributions/} folder.
 */
public final class BratFormat implements Format {

	public static final String ID = "brat";
	/** The feature of a trigger span that names its events, for example "E3" or "E3 E4". */
	public static final String EVENT_FEATURE = "brat.event";
	/**
	 * Prefix of the document property that remembers, per annotation set, the name of the {@code .ann} file it
	 * came from (PolNeAR names them TEXT_ANNOTATOR.ann), so that an export writes it back under that name.
	 */
	public static final String FILE_PROPERTY = "brat.file.";
	/** The feature that holds an annotator's note (brat's AnnotatorNotes). */
	public static final String NOTE_FEATURE = "note";
	/** The feature that holds a normalization, "database:id" (brat's Reference). */
	public static final String NORMALIZATION_FEATURE = "normalization";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String name() {
		return "brat standoff";
	}

	@Override
	public String description() {
		return ".txt and .ann per document: spans (also discontinuous), events, relations, attributes";
	}

	@Override
	public Importer importer() {
		return BratReader::read;
	}

	@Override
	public Exporter exporter() {
		return Exporter.toFolder((documents, out, options, report) -> BratWriter.write(documents, out, report));
	}
}
