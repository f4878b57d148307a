/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.agreement;

/**
 * How {@link Merge} decides that a span (its extent and label) goes into the target set.
 * <ul>
 * <li>{@code unanimous}: every named set has it;</li>
 * <li>{@code agreeing}: at least two sets have it, and every set that annotated anything overlapping it (in
 * its layer) has it;</li>
 * <li>{@code min:K}: at least K sets have it, and no overlapping span that other sets (none of its own) have
 * has as many votes.</li>
 * </ul>
 */
public record MergeStrategy(Kind kind, int minimum) {

	public enum Kind {
		UNANIMOUS, AGREEING, MINIMUM
	}

	/**
	 * Parses {@code unanimous}, {@code agreeing} or {@code min:K} for {@code sets} voters.
	 *
	 * @throws IllegalArgumentException naming what is wrong
	 */
	public static MergeStrategy parse(String text, int sets) {
		if ("unanimous".equals(text)) {
			return new MergeStrategy(Kind.UNANIMOUS, sets);
		}
		if ("agreeing".equals(text)) {
			return new MergeStrategy(Kind.AGREEING, 2);
		}
		if (text != null && text.startsWith("min:")) {
			int k;
			try {
				k = Integer.parseInt(text.substring(4));
			} catch (NumberFormatException e) {
				k = 0;
			}
			if (k < 1 || k > sets) {
				throw new IllegalArgumentException("--strategy min:K needs K from 1 to " + sets + " (the number of sets)");
			}
			return new MergeStrategy(Kind.MINIMUM, k);
		}
		throw new IllegalArgumentException("--strategy is unanimous, agreeing or min:K, not '" + text + "'");
	}

	/** Whether a span with {@code voters} votes, at a place where {@code present} sets annotated, goes in. */
	boolean accepts(int voters, int present, int sets, int strongestRival) {
		return switch (kind) {
		case UNANIMOUS -> voters == sets;
		case AGREEING -> voters >= 2 && voters == present;
		case MINIMUM -> voters >= minimum && strongestRival < voters;
		};
	}

	@Override
	public String toString() {
		return switch (kind) {
		case UNANIMOUS -> "unanimous";
		case AGREEING -> "agreeing";
		case MINIMUM -> "min:" + minimum;
		};
	}
}
