/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.internal.editor;

import org.assay.model.Document;
import org.assay.model.support.TokenTable;
import org.assay.text.Segmentation;
import org.assay.text.Segmenter;

/** A document's tokens as the editors step through them: a span's boundary moved by one token. */
public final class TokenSteps {

	private TokenSteps() {
	}

	/** The document's tokens as exports see them: its own (as imported from CoNLL) if it has them, else the segmenter's. */
	public static Segmentation of(Document document) {
		TokenTable own = document.getTokens();
		return own == null ? Segmenter.get().segment(document.getText()) : own.segmentation(document.getText());
	}

	/**
	 * The extent {@code [begin, end)} with its start ({@code start}) or its end moved by one token, to the right
	 * ({@code +1}) or the left ({@code -1}); the same extent when that boundary cannot move (the text's edge, or a
	 * span that would become empty).
	 */
	public static int[] moved(Segmentation tokens, int begin, int end, boolean start, int direction) {
		if (tokens.tokenCount() == 0) {
			return new int[] { begin, end };
		}
		if (start) {
			int i = tokens.tokenAt(begin) + direction;
			if (i >= 0 && i < tokens.tokenCount() && tokens.tokenBegins()[i] < end) {
				begin = tokens.tokenBegins()[i];
			}
		} else {
			int i = tokens.tokenAt(end - 1) + direction;
			if (i >= 0 && i < tokens.tokenCount() && tokens.tokenEnds()[i] > begin) {
				end = tokens.tokenEnds()[i];
			}
		}
		return new int[] { begin, end };
	}
}
