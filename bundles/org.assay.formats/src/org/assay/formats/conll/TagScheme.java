/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.formats.conll;

import java.util.Locale;

/**
 * How chunk tags mark where an entity starts: IOB1 (CoNLL-2003: B- only between two adjacent entities of
 * one type), IOB2 or BIO (B- at every start), BIOES (also E- at the end and S- for one token).
 */
public enum TagScheme {
	IOB1, IOB2, BIOES;

	public static TagScheme parse(String s) {
		return switch (s.toLowerCase(Locale.ROOT)) {
		case "iob1" -> IOB1;
		case "iob2", "bio" -> IOB2;
		case "bioes", "iobes" -> BIOES;
		default -> throw new IllegalArgumentException("unknown tag scheme '" + s + "' (iob1, iob2/bio, bioes)");
		};
	}

	/**
	 * The tags of one entity of {@code length} tokens; {@code afterSameType} when the token before it ends an
	 * entity of the same type.
	 */
	String[] tags(String type, int length, boolean afterSameType) {
		String[] tags = new String[length];
		for (int i = 0; i < length; i++) {
			tags[i] = "I-" + type;
		}
		switch (this) {
		case IOB1 -> {
			if (afterSameType) {
				tags[0] = "B-" + type;
			}
		}
		case IOB2 -> tags[0] = "B-" + type;
		case BIOES -> {
			if (length == 1) {
				tags[0] = "S-" + type;
			} else {
				tags[0] = "B-" + type;
				tags[length - 1] = "E-" + type;
			}
		}
		}
		return tags;
	}
}
