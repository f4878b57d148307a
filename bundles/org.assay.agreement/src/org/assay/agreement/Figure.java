/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.agreement;

import java.util.Locale;

/**
 * One agreement figure and the number of units it rests on. A figure that cannot be computed (no units, or
 * every rater gave every unit the same category, so chance agreement is total) has no value and says why,
 * instead of showing 1.0 or NaN.
 *
 * @param value the figure, or null when there is none
 * @param units how many units it rests on
 * @param note why there is no value, or null
 */
public record Figure(Double value, int units, String note) {

	/** Reason for a figure with no units. */
	public static final String NO_UNITS = "no units";
	/** Reason for a figure whose units all got one category from everyone: chance explains all agreement. */
	public static final String ONE_CATEGORY = "one category only";

	public static Figure of(double value, int units) {
		if (units == 0) {
			return none(NO_UNITS, 0);
		}
		if (Double.isNaN(value) || Double.isInfinite(value)) {
			return none(ONE_CATEGORY, units);
		}
		return new Figure(value, units, null);
	}

	public static Figure none(String note, int units) {
		return new Figure(null, units, note);
	}

	public boolean defined() {
		return value != null;
	}

	/** The value with three decimals, or the note in brackets. */
	public String text() {
		return defined() ? String.format(Locale.ROOT, "%.3f", value) : "(" + note + ")";
	}

	@Override
	public String toString() {
		return text() + " n=" + units;
	}
}
