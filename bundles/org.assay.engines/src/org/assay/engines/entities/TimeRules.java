/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.engines.entities;

import static org.assay.engines.entities.Shapes.lower;

import java.util.List;
import java.util.regex.Pattern;

/**
 * DATE and TIME rules over tokens: calendar dates ("March 12, 2026", "Sept. 17", "2026-03-12"), days,
 * years and decades ("the 1960s"), relative dates ("last week", "the end of the month"), durations
 * ("about 30 months", "a few weeks"), seasons, holidays, and clock times ("10:30 a.m.", "noon",
 * "this morning").
 */
final class TimeRules {

	private static final Pattern NUMERIC_DATE = Pattern
			.compile("[12][0-9]{3}-[01][0-9]-[0-3][0-9]|[0-3]?[0-9]/[0-3]?[0-9]/(?:[12][0-9])?[0-9]{2}");
	private static final Pattern DECADE = Pattern.compile("(?:mid-)?(?:1[0-9]|20)[0-9]0s|'[0-9]0s");
	private static final Pattern CLOCK = Pattern.compile("[0-2]?[0-9](?::[0-5][0-9])?");
	private static final Pattern CLOCK_GLUED = Pattern.compile("[0-2]?[0-9](?::[0-5][0-9])?(?:am|pm|a\\.m\\.|p\\.m\\.)");

	private TimeRules() {
	}

	static void find(Tokens t, List<Candidate> out) {
		int i = 0;
		while (i < t.size()) {
			int next = match(t, i, out);
			i = next > i ? next : i + 1;
		}
	}

	/** Adds what starts at token i and returns the index after it, or i if nothing does. */
	private static int match(Tokens t, int i, List<Candidate> out) {
		String w = t.word[i];
		String lw = lower(w);
		int stop = t.sentenceEnd(i);
		if (NUMERIC_DATE.matcher(w).matches()) {
			return add(out, i, i + 1, Labels.DATE, 0.9);
		}
		int end = holiday(t, i, stop);
		if (end > i) {
			return add(out, i, end, Labels.DATE, 0.85);
		}
		if (TimeWords.isMonth(w) || t.inHeadline(i) && TimeWords.isMonth(Shapes.titleCase(w))
				|| TimeWords.BARE_MONTHS.contains(w) && i + 1 < stop && TimeWords.isDay(t.word[i + 1])) {
			return month(t, i, stop, out);
		}
		if (TimeWords.isDay(w) && i + 1 < stop && TimeWords.isMonth(t.word[i + 1]) && !TimeWords.isMonth(t.at(i - 1))) {
			end = i + 2;
			if (end < stop && Shapes.isYear(t.word[end])) {
				end++;
			}
			return add(out, i, end, Labels.DATE, 0.9);
		}
		if (TimeWords.WEEKDAYS.contains(w)) {
			int first = TimeWords.RELATIVE.contains(lower(t.at(i - 1))) && i - 1 >= t.sentenceStart[t.sentence[i]] ? i - 1 : i;
			add(out, first, i + 1, Labels.DATE, 0.9);
			if (i + 1 < stop && TimeWords.PARTS_OF_DAY.contains(t.word[i + 1])) {
				return add(out, i + 1, i + 2, Labels.TIME, 0.8);
			}
			return i + 1;
		}
		if (lw.equals("the") || TimeWords.RELATIVE.contains(lw) || lw.equals("all")) {
			end = relative(t, i, stop);
			if (end > i) {
				String label = TimeWords.PARTS_OF_DAY.contains(lower(t.word[end - 1])) ? Labels.TIME : Labels.DATE;
				return add(out, i, end, label, 0.85);
			}
		}
		if (TimeWords.DAY_WORDS.contains(lw) && (w.equals(lw) || t.opensSentence[i])) {
			if (i + 1 < stop && TimeWords.PARTS_OF_DAY.contains(t.word[i + 1])) {
				return add(out, i, i + 2, Labels.TIME, 0.85);
			}
			return add(out, i, i + 1, Labels.DATE, 0.85);
		}
		if (TimeWords.CLOCK_WORDS.contains(lw) && w.equals(lw)) {
			return add(out, Modifiers.extendLeft(t, i), i + 1, Labels.TIME, 0.8);
		}
		if (CLOCK_GLUED.matcher(lw).matches()) {
			return add(out, Modifiers.extendLeft(t, i), zone(t, i + 1, stop), Labels.TIME, 0.9);
		}
		if (CLOCK.matcher(w).matches() && i + 1 < stop && TimeWords.MERIDIEM.contains(t.word[i + 1])) {
			return add(out, Modifiers.extendLeft(t, i), zone(t, i + 2, stop), Labels.TIME, 0.92);
		}
		if (w.indexOf(':') > 0 && CLOCK.matcher(w).matches() && (lower(t.at(i - 1)).equals("at")
				|| TimeWords.ZONES.contains(t.at(i + 1)) || lower(t.at(i + 1)).equals("local"))) {
			return add(out, i, zone(t, i + 1, stop), Labels.TIME, 0.7);
		}
		if (DECADE.matcher(w).matches()) {
			int first = i;
			if (i - 1 >= 0 && (lower(t.word[i - 1]).equals("early") || lower(t.word[i - 1]).equals("late"))) {
				first = i - 1;
			}
			if (first - 1 >= 0 && lower(t.word[first - 1]).equals("the")) {
				first--;
			}
			return add(out, first, i + 1, Labels.DATE, 0.88);
		}
		if (Shapes.isYear(w) && isYearInContext(t, i, stop)) {
			return add(out, i, i + 1, Labels.DATE, 0.8);
		}
		return duration(t, i, stop, out);
	}

	private static int month(Tokens t, int i, int stop, List<Candidate> out) {
		String w = t.inHeadline(i) ? Shapes.titleCase(t.word[i]) : t.word[i];
		int end = i + 1;
		if (end < stop && TimeWords.isDay(t.word[end])) {
			end++;
			if (end + 1 < stop && t.word[end].equals(",") && Shapes.isYear(t.word[end + 1])) {
				end += 2;
			} else if (end < stop && Shapes.isYear(t.word[end])) {
				end++;
			}
		} else if (end < stop && Shapes.isYear(t.word[end])) {
			end++;
		} else if (TimeWords.MONTHS.get(w)) {
			String before = lower(t.at(i - 1));
			boolean dated = TimeWords.YEAR_PREPOSITIONS.contains(before) || TimeWords.RELATIVE.contains(before);
			if (!dated || t.opensSentence[i]) {
				return i;
			}
		}
		int first = i;
		String before = lower(t.at(i - 1));
		if (i - 1 >= t.sentenceStart[t.sentence[i]] && (before.equals("early") || before.equals("late")
				|| before.equals("mid") || before.equals("last") || before.equals("next") || before.equals("this"))) {
			first = i - 1;
		}
		return add(out, first, end, Labels.DATE, end > i + 1 ? 0.92 : 0.85);
	}

	/** "the end of the month", "last week", "the past few years", "all summer", "this morning". */
	private static int relative(Tokens t, int i, int stop) {
		int j = i;
		String w = lower(t.word[j]);
		if (w.equals("the")) {
			j++;
			String next = lower(t.at(j));
			if (j + 1 < stop && TimeWords.PERIOD_PARTS.contains(next) && lower(t.word[j + 1]).equals("of")) {
				int k = j + 2;
				if (k < stop && (lower(t.word[k]).equals("the") || TimeWords.RELATIVE.contains(lower(t.word[k])))) {
					k++;
				}
				if (k < stop && (TimeWords.DATE_UNITS.contains(lower(t.word[k])) || TimeWords.isMonth(t.word[k])
						|| TimeWords.SEASONS.contains(lower(t.word[k])))) {
					return k + 1 < stop && Shapes.isYear(t.word[k + 1]) ? k + 2 : k + 1;
				}
				return k < stop && Shapes.isYear(t.word[k]) ? k + 1 : i;
			}
			if (j < stop && TimeWords.ORDINALS.contains(next) && j + 1 < stop
					&& (lower(t.word[j + 1]).equals("quarter") || lower(t.word[j + 1]).equals("half"))) {
				return j + 2;
			}
			if (!TimeWords.RELATIVE.contains(next)) {
				return i;
			}
			w = next;
		}
		if (j >= stop) {
			return i;
		}
		if (TimeWords.RELATIVE.contains(w) || w.equals("all")) {
			int k = j + 1;
			if (k < stop && (lower(t.word[k]).equals("few") || Shapes.isNumber(t.word[k]) && !lower(t.word[k]).equals("a"))) {
				k++;
			}
			String unit = lower(t.at(k));
			if (k < stop && (TimeWords.DATE_UNITS.contains(unit) || TimeWords.SEASONS.contains(unit)
					|| TimeWords.PARTS_OF_DAY.contains(unit) && !w.equals("all"))) {
				return k + 1;
			}
			return i;
		}
		if (TimeWords.SEASONS.contains(w) && !w.equals("fall")) {
			return j + 1;
		}
		return i;
	}

	/** A quantity of days, weeks, months or years, or of hours and minutes. */
	private static int duration(Tokens t, int i, int stop, List<Candidate> out) {
		String w = lower(t.word[i]);
		if (!Shapes.isNumber(t.word[i]) || w.equals("some") || w.equals("many")) {
			return i;
		}
		int j = i + 1;
		if (w.equals("a") || w.equals("an")) {
			if (j < stop && (lower(t.word[j]).equals("few") || lower(t.word[j]).equals("couple"))) {
				j++;
				if (j < stop && lower(t.word[j]).equals("of")) {
					j++;
				}
			}
		} else if (j + 1 < stop && (t.word[j].equals("to") || t.word[j].equals("or")) && Shapes.isNumber(t.word[j + 1])) {
			j += 2;
		} else if (j < stop && (t.word[j].equals("million") || t.word[j].equals("hundred") || t.word[j].equals("thousand"))) {
			j++;
		}
		if (j >= stop) {
			return i;
		}
		String unit = lower(t.word[j]);
		boolean date = TimeWords.DATE_UNITS.contains(unit);
		boolean time = TimeWords.TIME_UNITS.contains(unit);
		if (!date && !time) {
			return i;
		}
		int end = j + 1;
		String after = lower(t.at(end));
		boolean anchored = after.equals("ago") || after.equals("earlier") || after.equals("later") || after.equals("before");
		if (anchored) {
			end++;
		}
		if ((w.equals("a") || w.equals("an")) && j == i + 1 && !anchored) {
			String before = lower(t.at(i - 1));
			if (!before.equals("for") && !before.equals("within") && !before.equals("than") && !before.equals("in")) {
				return i;
			}
		}
		int first = Modifiers.extendLeft(t, i);
		return add(out, first, end, time ? Labels.TIME : Labels.DATE, 0.8);
	}

	private static int holiday(Tokens t, int i, int stop) {
		for (int len = Math.min(4, stop - i); len >= 1; len--) {
			StringBuilder b = new StringBuilder(t.word[i]);
			for (int k = 1; k < len; k++) {
				b.append(' ').append(t.word[i + k]);
			}
			if (TimeWords.HOLIDAYS.contains(b.toString())) {
				return i + len;
			}
		}
		return i;
	}

	private static boolean isYearInContext(Tokens t, int i, int stop) {
		String before = lower(t.at(i - 1));
		if (before.equals("$") || before.endsWith("$") || Shapes.isNumeral(before)) {
			return false;
		}
		if (TimeWords.YEAR_PREPOSITIONS.contains(before) || TimeWords.isMonth(t.at(i - 1))) {
			return true;
		}
		String after = i + 1 < stop ? t.word[i + 1] : "";
		return after.isEmpty() || !Character.isLetterOrDigit(after.charAt(0)) && !after.equals("%");
	}

	private static int zone(Tokens t, int j, int stop) {
		if (j < stop && TimeWords.ZONES.contains(t.word[j])) {
			return j + 1;
		}
		if (j + 1 < stop && lower(t.word[j]).equals("local") && lower(t.word[j + 1]).equals("time")) {
			return j + 2;
		}
		return j;
	}

	private static int add(List<Candidate> out, int first, int last, String label, double confidence) {
		out.add(new Candidate(first, last, label, confidence));
		return last;
	}
}
