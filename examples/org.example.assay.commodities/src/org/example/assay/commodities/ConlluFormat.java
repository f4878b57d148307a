/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.example.assay.commodities;

import org.assay.formats.Exporter;
import org.assay.formats.Format;
import org.assay.formats.Importer;

/**
 * CoNLL-U (Universal Dependencies' format) with entities as BIO tags in the MISC column ({@code Entity=B-LABEL},
 * {@code Entity=I-LABEL}), contributed to {@code org.assay.formats.formats}: a {@code .conllu} file, or a folder
 * of them, in; one {@code .conllu} file out.
 */
public final class ConlluFormat implements Format {

	@Override
	public String id() {
		return "conllu";
	}

	@Override
	public String name() {
		return "CoNLL-U";
	}

	@Override
	public String description() {
		return "CoNLL-U, entities as Entity=B-X/I-X in MISC; one span layer, no links, no features, "
				+ "whitespace between tokens kept only as SpaceAfter=No";
	}

	@Override
	public Importer importer() {
		return new ConlluReader();
	}

	@Override
	public Exporter exporter() {
		return Exporter.toFile("conllu", new ConlluWriter()::write);
	}
}
