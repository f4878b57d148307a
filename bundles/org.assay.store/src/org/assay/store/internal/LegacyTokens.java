/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.store.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

import org.assay.model.Annotation;
import org.assay.model.AnnotationSet;
import org.assay.model.Document;
import org.assay.model.Span;
import org.assay.model.support.Spans;
import org.assay.model.support.TokenTable;

/**
 * Reads the old form of a CoNLL import's tokens: one span of the layer {@code token} (label {@code TOKEN}) per
 * token in an annotation set, with its POS and chunk tags as the features {@code pos} and {@code chunk}. They
 * become the document's {@link TokenTable} (sentences break where a line break lies between two tokens, as the
 * CoNLL reader joined them) and leave the sets; the new form is written when the document or a set is saved.
 */
public final class LegacyTokens {

	public static final String LAYER = "token";
	public static final String LABEL = "TOKEN";
	public static final String POS = "pos";
	public static final String CHUNK = "chunk";
	/** What a missing tag is written as, in CoNLL and here. */
	public static final String NONE = "_";

	private LegacyTokens() {
	}

	/**
	 * Moves the token spans of a document's sets into its tokens (unless it has tokens already, which then win).
	 *
	 * @return whether anything was moved, so that the document and its sets are written in the new form
	 */
	public static boolean migrate(Document d) {
		List<Span> tokens = null;
		boolean moved = false;
		for (AnnotationSet set : d.getAnnotationSets()) {
			List<Span> found = new ArrayList<>();
			for (Iterator<Annotation> it = set.getAnnotations().iterator(); it.hasNext();) {
				if (it.next() instanceof Span s && isToken(s)) {
					found.add(s);
				}
			}
			if (found.isEmpty()) {
				continue;
			}
			if (tokens == null) {
				tokens = found;
			}
			set.getAnnotations().removeAll(found);
			moved = true;
		}
		if (tokens != null && d.getTokens() == null) {
			d.setTokens(table(tokens, d.getText()));
		}
		return moved;
	}

	/** Whether a span is a token of the old form. */
	public static boolean isToken(Annotation a) {
		return a instanceof Span s && s.getFragments().size() == 1 && a.getLabel() != null
				&& LABEL.equals(a.getLabel().getName()) && LAYER.equals(a.getLabel().getLayer().getName());
	}

	private static TokenTable table(List<Span> tokens, String text) {
		tokens.sort(Comparator.comparingInt(Spans::begin));
		TokenTable.Builder b = TokenTable.builder(POS, CHUNK);
		int lastEnd = -1;
		for (Span t : tokens) {
			int begin = Spans.begin(t);
			if (begin < lastEnd || Spans.end(t) <= begin) {
				continue; // overlapping or empty tokens were never written by the reader: the first one stays
			}
			if (lastEnd >= 0 && text.substring(lastEnd, begin).indexOf('\n') >= 0) {
				b.endSentence();
			}
			b.add(begin, Spans.end(t), tag(t.getFeatures().get(POS)), tag(t.getFeatures().get(CHUNK)));
			lastEnd = Spans.end(t);
		}
		return b.build();
	}

	private static String tag(String value) {
		return value == null || value.isBlank() || value.chars().anyMatch(Character::isWhitespace) ? NONE : value;
	}
}
