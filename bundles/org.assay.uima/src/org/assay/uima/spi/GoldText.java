/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.uima.spi;

import java.util.List;

import org.assay.text.Segmentation;

/**
 * One document's text with its gold spans, for engines that learn; free of Assay's EMF model.
 *
 * @param tokens the document's own tokens and sentences (as imported from a tokenised corpus such as CoNLL), or
 *               null: then the learner segments the text itself
 */
public record GoldText(String id, String text, List<TextSpan> spans, Segmentation tokens) {

	/** A text the learner segments itself. */
	public GoldText(String id, String text, List<TextSpan> spans) {
		this(id, text, spans, null);
	}
}
