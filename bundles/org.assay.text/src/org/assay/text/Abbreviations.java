/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.text;

import java.util.Set;

/** Abbreviations that news prose writes with a full stop and that do not end a sentence. */
final class Abbreviations {

	/** Titles and name parts: never the last word of a sentence. */
	static final Set<String> TITLES = Set.of("Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Sen.", "Rep.", "Gov.", "Lt.",
			"Gen.", "Col.", "Maj.", "Capt.", "Sgt.", "Cpl.", "Adm.", "Cmdr.", "Rev.", "Hon.", "Pres.", "Supt.", "Insp.",
			"Atty.", "Gov.-elect", "St.", "Mt.", "Ft.", "No.", "Nos.", "Vol.", "Gens.", "Sens.", "Reps.", "Messrs.",
			"vs.", "v.", "approx.", "Dept.", "Univ.", "Ave.", "Blvd.", "Rd.", "Sept.", "Oct.", "Nov.", "Dec.", "Jan.",
			"Feb.", "Aug.", "Apr.", "Mar.", "Jun.", "Jul.");

	/** US state abbreviations in the AP style, as in "Sacramento, Calif." or "(D-Mont.)". */
	static final Set<String> STATES = Set.of("Ala.", "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.", "Del.", "Fla.",
			"Ga.", "Ill.", "Ind.", "Kan.", "Ky.", "La.", "Md.", "Mass.", "Mich.", "Minn.", "Miss.", "Mo.", "Mont.",
			"Neb.", "Nev.", "N.H.", "N.J.", "N.M.", "N.Y.", "N.C.", "N.D.", "Okla.", "Ore.", "Pa.", "R.I.", "S.C.",
			"S.D.", "Tenn.", "Vt.", "Va.", "Wash.", "W.Va.", "Wis.", "Wyo.", "D.C.");

	/** Company and other suffixes that may end a sentence but are still one token with their stop. */
	static final Set<String> SUFFIXES = Set.of("Inc.", "Corp.", "Co.", "Ltd.", "Jr.", "Sr.", "Bros.", "Cos.",
			"U.S.", "U.K.", "U.N.", "E.U.", "a.m.", "p.m.", "etc.");

	private Abbreviations() {
	}

	static boolean isAbbreviation(String word) {
		return TITLES.contains(word) || STATES.contains(word) || SUFFIXES.contains(word);
	}

	/** Whether a sentence may not end with this word. */
	static boolean neverEnds(String word) {
		return TITLES.contains(word) || isInitial(word);
	}

	/** A single capital letter with a full stop, as in "Richard M. Nixon". */
	static boolean isInitial(String word) {
		return word.length() == 2 && Character.isUpperCase(word.charAt(0)) && word.charAt(1) == '.';
	}
}
