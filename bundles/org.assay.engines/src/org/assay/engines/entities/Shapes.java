/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.engines.entities;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** What a token looks like: the shape tests the rules share. */
final class Shapes {

	private static final Pattern NUMERAL = Pattern.compile("[0-9]+(?:[,.][0-9]+)*(?:\\.[0-9]+)?");
	private static final Pattern PARTY_TAG = Pattern.compile("[DRI]-[A-Z][A-Za-z.]*");
	private static final Set<String> NUMBER_WORDS = Set.of("one", "two", "three", "four", "five", "six", "seven",
			"eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
			"eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
			"hundred", "a", "an", "several", "few", "dozen", "dozens", "hundreds", "thousands", "many", "half",
			"couple", "some");
	private static final Pattern COMPOUND_NUMBER = Pattern
			.compile("(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(one|two|three|four|five|six|seven|eight|nine)");

	private Shapes() {
	}

	/** Starts with a capital letter: "Paris", "U.S.", "McDonald", "FTC". */
	static boolean isCapitalised(String w) {
		return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
	}

	/** "M." as in "Richard M. Nixon". */
	static boolean isInitial(String w) {
		return w.length() == 2 && Character.isUpperCase(w.charAt(0)) && w.charAt(1) == '.';
	}

	/** A capitalised word that can be part of a name: not a party tag ("D-Mont."), not "York-based". */
	static boolean isNameWord(String w) {
		if (!isCapitalised(w) || !Character.isLetter(w.charAt(0)) || PARTY_TAG.matcher(w).matches()) {
			return false;
		}
		int dash = w.lastIndexOf('-');
		return dash < 0 || dash + 1 >= w.length() || !Character.isLowerCase(w.charAt(dash + 1));
	}

	static boolean isNumeral(String w) {
		return NUMERAL.matcher(w).matches();
	}

	/** A numeral or a number word ("two", "a few" counts through "few"). */
	static boolean isNumber(String w) {
		String lower = w.toLowerCase(Locale.ROOT);
		return isNumeral(w) || NUMBER_WORDS.contains(lower) || COMPOUND_NUMBER.matcher(lower).matches();
	}

	/** A year from 1000 to 2099 written in four digits. */
	static boolean isYear(String w) {
		return w.length() == 4 && isNumeral(w) && (w.charAt(0) == '1' || w.charAt(0) == '2' && w.charAt(1) == '0');
	}

	static String lower(String w) {
		return w.toLowerCase(Locale.ROOT);
	}

	/** The word with capitals only at the start of each part: "PORT" becomes "Port", "U.S." stays. */
	static String titleCase(String w) {
		StringBuilder b = new StringBuilder(w.length());
		boolean start = true;
		for (int i = 0; i < w.length(); i++) {
			char c = w.charAt(i);
			b.append(start ? c : Character.toLowerCase(c));
			start = !Character.isLetter(c) || w.length() <= 4 && w.indexOf('.') >= 0;
		}
		return b.toString();
	}
}
