/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.formats;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.assay.model.AnnotationStatus;
import org.assay.model.support.TokenTable;

/**
 * A document as a reader found it, not yet in any project. {@code set} names the annotation set its
 * annotations go to when the source itself says (one file per annotator), else null for the import's set.
 * {@code tokens} are its tokens and sentences when the source has them (CoNLL), else null; they go to the
 * document, not to a set.
 */
public record ImportedDocument(String id, String title, String text, Map<String, String> properties,
		List<Span> spans, List<Link> links, Path file, String set, TokenTable tokens) {

	public ImportedDocument(String id, String title, String text, Map<String, String> properties, List<Span> spans,
			List<Link> links, Path file, String set) {
		this(id, title, text, properties, spans, links, file, set, null);
	}

	public ImportedDocument(String id, String title, String text, Map<String, String> properties, List<Span> spans,
			List<Link> links, Path file) {
		this(id, title, text, properties, spans, links, file, null, null);
	}

	/**
	 * A span, or a document label when it has no fragments. Layer may be null: the label then goes to the
	 * layer of the schema that has it, or to the import's default layer.
	 */
	public record Span(String id, String layer, String label, List<int[]> fragments, AnnotationStatus status,
			Map<String, String> features, int line) {
	}

	/** A link between two annotations of the same document, by their ids. */
	public record Link(String id, String role, String from, String to, int line) {
	}
}
