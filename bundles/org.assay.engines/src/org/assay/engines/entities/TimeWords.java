/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.engines.entities;

import java.util.Map;
import java.util.Set;

/** The closed word classes of dates and times: month and day names, units, holidays. */
final class TimeWords {

	/** Month names; the value says whether the word needs a number beside it to be a month ("May"). */
	static final Map<String, Boolean> MONTHS = Map.ofEntries(Map.entry("January", false),
			Map.entry("February", false), Map.entry("March", true), Map.entry("April", false), Map.entry("May", true),
			Map.entry("June", false), Map.entry("July", false), Map.entry("August", false),
			Map.entry("September", false), Map.entry("October", false), Map.entry("November", false),
			Map.entry("December", false), Map.entry("Jan.", false), Map.entry("Feb.", false),
			Map.entry("Mar.", true), Map.entry("Apr.", false), Map.entry("Jun.", true), Map.entry("Jul.", true),
			Map.entry("Aug.", false), Map.entry("Sept.", false), Map.entry("Sep.", false), Map.entry("Oct.", false),
			Map.entry("Nov.", false), Map.entry("Dec.", false));
	/**
	 * Months abbreviated without a stop, as wires write them before a day ("LONDON, Aug 22"): a month only with the
	 * day after it ("Jan" alone is a name).
	 */
	static final Set<String> BARE_MONTHS = Set.of("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept",
			"Oct", "Nov", "Dec");
	static final Set<String> WEEKDAYS = Set.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
			"Sunday", "Mondays", "Tuesdays", "Wednesdays", "Thursdays", "Fridays", "Saturdays", "Sundays");
	static final Set<String> DATE_UNITS = Set.of("day", "days", "week", "weeks", "weekend", "weekends", "month",
			"months", "year", "years", "decade", "decades", "century", "centuries", "quarter", "quarters",
			"fortnight", "semester", "season", "seasons", "millennium");
	static final Set<String> TIME_UNITS = Set.of("hour", "hours", "minute", "minutes");
	static final Set<String> PARTS_OF_DAY = Set.of("morning", "afternoon", "evening", "night");
	static final Set<String> SEASONS = Set.of("spring", "summer", "autumn", "winter", "fall", "harvest");
	static final Set<String> RELATIVE = Set.of("last", "next", "this", "past", "coming", "previous", "following",
			"current", "same", "recent", "that", "early", "late", "mid", "earlier", "later");
	static final Set<String> HOLIDAYS = Set.of("Christmas", "Easter", "Thanksgiving", "Ramadan", "Hanukkah",
			"Passover", "Diwali", "Halloween", "Eid", "Christmas Eve", "Christmas Day", "New Year", "New Year 's",
			"New Year 's Day", "New Year 's Eve", "Lunar New Year", "Chinese New Year", "Labor Day", "Labour Day",
			"Memorial Day", "Independence Day", "Boxing Day", "Good Friday", "Easter Sunday", "Easter Monday",
			"Bastille Day", "Canada Day", "Victoria Day", "Veterans Day", "Remembrance Day", "Yom Kippur",
			"Rosh Hashanah", "May Day", "Valentine 's Day", "Mother 's Day", "Father 's Day", "St. Patrick 's Day",
			"Martin Luther King Day", "Presidents Day", "Columbus Day", "Ash Wednesday", "Holy Week", "Lent",
			"Advent", "Hogmanay", "Pentecost");
	static final Set<String> DAY_WORDS = Set.of("today", "yesterday", "tomorrow");
	static final Set<String> CLOCK_WORDS = Set.of("noon", "midnight", "midday", "tonight", "overnight", "dawn",
			"dusk");
	static final Set<String> MERIDIEM = Set.of("a.m.", "p.m.", "am", "pm", "a.m", "p.m", "AM", "PM", "A.M.", "P.M.");
	static final Set<String> ZONES = Set.of("EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "ET", "PT", "GMT",
			"UTC", "CET", "CEST", "BST", "JST", "IST");
	static final Set<String> YEAR_PREPOSITIONS = Set.of("in", "since", "by", "until", "till", "from", "to", "before",
			"after", "during", "of", "through", "between", "and", "or", "early", "late", "mid", "fiscal", "around",
			"throughout", "circa", "for", "year", "season", "'s", "end", "spring", "summer", "autumn", "winter", "fall", "harvest");
	static final Set<String> ORDINALS = Set.of("first", "second", "third", "fourth", "final", "last");
	static final Set<String> PERIOD_PARTS = Set.of("end", "beginning", "start", "middle", "rest", "turn", "course",
			"remainder", "close", "first half", "second half");

	private TimeWords() {
	}

	static boolean isMonth(String w) {
		return MONTHS.containsKey(w);
	}

	/** A day of the month: "12", "12th", "1st". */
	static boolean isDay(String w) {
		String digits = w.length() > 2 && (w.endsWith("st") || w.endsWith("nd") || w.endsWith("rd") || w.endsWith("th"))
				? w.substring(0, w.length() - 2) : w;
		if (digits.isEmpty() || digits.length() > 2 || !digits.chars().allMatch(Character::isDigit)) {
			return false;
		}
		int d = Integer.parseInt(digits);
		return d >= 1 && d <= 31;
	}
}
