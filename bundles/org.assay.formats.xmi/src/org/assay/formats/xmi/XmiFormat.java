/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.formats.xmi;


import org.assay.formats.Exporter;
import org.assay.formats.Format;
import org.assay.formats.Importer;

/**
 * UIMA XMI: a folder with {@code TypeSystem.xml} and one {@code .xmi} per document, readable by other UIMA
 * tools. Assay writes its own types ({@code org.assay.type.*}), which hold everything; it reads those back,
 * and reads other tools' annotations as spans labelled with their type (or their {@code value} feature).
 */
public final class XmiFormat implements Format {

	public static final String ID = "xmi";
	public static final String TYPE_SYSTEM = "TypeSystem.xml";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String name() {
		return "UIMA XMI";
	}

	@Override
	public String description() {
		return "a folder of .xmi files with TypeSystem.xml: spans (also discontinuous), document labels, links, features";
	}

	@Override
	public Importer importer() {
		return XmiReader::read;
	}

	@Override
	public Exporter exporter() {
		return Exporter.toFolder((documents, out, options, report) -> XmiWriter.write(documents, out, report));
	}
}
