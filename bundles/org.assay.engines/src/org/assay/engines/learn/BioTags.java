/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.engines.learn;

import java.util.ArrayList;
import java.util.List;

/**
 * Conversions between per-word tags and spans. Reading is lenient in the way of conlleval, so that BIO,
 * IOB1 and slightly broken tag sequences all give the spans an evaluator would see: B-X always starts a
 * span; I-X continues an open span of type X and otherwise starts one.
 */
public final class BioTags {

	public static final String OUTSIDE = "O";

	private BioTags() {
	}

	/** The type of a tag (X of B-X or I-X), or null for O. */
	public static String type(String tag) {
		if (tag == null || tag.equals(OUTSIDE) || tag.length() < 2) {
			return null;
		}
		return tag.length() > 2 && tag.charAt(1) == '-' ? tag.substring(2) : tag;
	}

	private static boolean isBegin(String tag) {
		return tag != null && tag.length() > 2 && tag.charAt(1) == '-' && (tag.charAt(0) == 'B' || tag.charAt(0) == 'S'
				|| tag.charAt(0) == 'U');
	}

	/** The spans of one sentence, read leniently; confidence 1. */
	public static List<Mention> spans(int sentence, String[] tags) {
		List<Mention> spans = new ArrayList<>();
		int start = -1;
		String open = null;
		for (int i = 0; i <= tags.length; i++) {
			String type = i < tags.length ? type(tags[i]) : null;
			boolean continues = type != null && type.equals(open) && !isBegin(tags[i]);
			if (continues) {
				continue;
			}
			if (open != null) {
				spans.add(new Mention(sentence, start, i, open, 1.0));
			}
			open = type;
			start = i;
		}
		return spans;
	}

	/** BIO tags for a sentence of the given length holding the given (non-overlapping) spans. */
	public static String[] toBio(int length, List<Mention> spans) {
		String[] tags = new String[length];
		java.util.Arrays.fill(tags, OUTSIDE);
		for (Mention m : spans) {
			tags[m.start()] = "B-" + m.type();
			for (int i = m.start() + 1; i < m.end(); i++) {
				tags[i] = "I-" + m.type();
			}
		}
		return tags;
	}
}
