/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.engines.tests.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.assay.engines.tests.claims.ClaimSentences.content;
import static org.assay.engines.tests.claims.ClaimSentences.cue;
import static org.assay.engines.tests.claims.ClaimSentences.find;

import java.util.List;

import org.assay.engines.claims.Claim;
import org.junit.jupiter.api.Test;

/**
 * Where a claim's content starts and stops, and words that look like cues but attribute nothing: the rules
 * changed after reading the claim engine's errors on PolNeAR's training part.
 */
class AttributionExtentTest {

	@Test
	void aFinalCueWithItsHearerAndATimeAttributesTheClauseBefore() {
		String text = "The bridge will reopen in May, Mayor Alvarez told the Ledger on Thursday.";
		List<Claim> claims = find(text);
		assertEquals(1, claims.size());
		assertEquals("told", cue(text, claims.get(0)));
		assertEquals("The bridge will reopen in May", content(text, claims.get(0)));
		assertEquals("Mayor Alvarez", text.substring(claims.get(0).sourceBegin(), claims.get(0).sourceEnd()));
	}

	@Test
	void anInfinitiveAfterTheCueIsItsContentNotAPhraseBeforeIt() {
		String text = "As a first step, the council decided to freeze the rents.";
		List<Claim> claims = find(text);
		assertEquals(1, claims.size());
		assertEquals("to freeze the rents", content(text, claims.get(0)));
		// "said to reporters" still names the hearer: the content is the clause before
		String hearer = "Rents will be frozen next year, the mayor said to reporters.";
		List<Claim> other = find(hearer);
		assertEquals(1, other.size());
		assertEquals("Rents will be frozen next year", content(hearer, other.get(0)));
	}

	@Test
	void aThoughtJoinedByAndGoesOnWhatWasSaid() {
		String text = "Ms. Ortiz said the plan is sound and she believes it will pass.";
		List<Claim> claims = find(text);
		assertEquals(1, claims.size());
		assertEquals("said", cue(text, claims.get(0)));
		assertEquals("the plan is sound and she believes it will pass", content(text, claims.get(0)));
		// a second verb of saying still starts an attribution of its own
		String two = "Ms. Ortiz said the plan is sound, and Mr. Lee argued it would fail.";
		assertEquals(2, find(two).size());
	}

	@Test
	void aPassiveInfinitiveIsNoCueAndTakesNoQuoteFromItsSpeaker() {
		String text = "\u201CThe audit was late,\u201D said a county official, who declined to be identified.";
		List<Claim> claims = find(text);
		Claim said = claims.stream().filter(c -> cue(text, c).equals("said")).findFirst().orElseThrow();
		assertEquals("\u201CThe audit was late,\u201D", content(text, said));
		assertEquals("a county official", text.substring(said.sourceBegin(), said.sourceEnd()));
		assertTrue(claims.stream().noneMatch(c -> cue(text, c).equals("identified")));
	}

	@Test
	void anOpeningMarkTypedAsTheClosingOneEndsTheQuotation() {
		String text = "\u201CWe will win this district,\u201C said Jim Ruiz, a councilman.";
		List<Claim> claims = find(text);
		assertEquals(1, claims.size());
		assertEquals("\u201CWe will win this district,\u201C", content(text, claims.get(0)));
		assertEquals("Jim Ruiz", text.substring(claims.get(0).sourceBegin(), claims.get(0).sourceEnd()));
	}

	@Test
	void theNounSayAndSayForExampleAreNoCues() {
		for (String text : List.of("Voters want a say in the budget.", "It costs more than, say, a new school.",
				"Residents have no say over the zoning board.")) {
			assertTrue(find(text).stream().noneMatch(c -> cue(text, c).equalsIgnoreCase("say")), text);
		}
		String verb = "Officials say the school will open in the fall.";
		assertEquals(1, find(verb).size());
	}

	@Test
	void aQuotationContinuesPastATitleInQuotationMarks() {
		String text = "\u201CI was at home all evening,\u201D Lee told WXYZ\u2019s \u201CMorning\u201D on Monday."
				+ " \u201CI heard nothing about the fire that night.\u201D";
		List<Claim> claims = find(text);
		assertEquals(1, claims.size());
		assertTrue(content(text, claims.get(0)).endsWith("the fire that night.\u201D"), content(text, claims.get(0)));
	}
}
