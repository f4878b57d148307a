/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.engines.tests.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.assay.engines.tests.claims.ClaimSentences.content;
import static org.assay.engines.tests.claims.ClaimSentences.cue;
import static org.assay.engines.tests.claims.ClaimSentences.find;

import java.util.List;

import org.assay.engines.claims.Claim;
import org.assay.engines.claims.ClaimFinder;
import org.assay.engines.claims.ClaimType;
import org.assay.engines.entities.EntityMention;
import org.assay.text.Segmenter;
import org.junit.jupiter.api.Test;

/** The rule-based claim engine on hand-written news sentences, one rule family per test. */
class ClaimFinderTest {

	private static Claim only(String text) {
		List<Claim> claims = find(text);
		assertEquals(1, claims.size(), () -> "claims: " + describe(text, claims));
		return claims.get(0);
	}

	private static String source(String text, Claim claim) {
		return claim.hasSource() ? text.substring(claim.sourceBegin(), claim.sourceEnd()) : "";
	}

	private static String referent(String text, Claim claim) {
		return claim.hasReferent() ? text.substring(claim.referentBegin(), claim.referentEnd()) : "";
	}

	private static String describe(String text, List<Claim> claims) {
		StringBuilder out = new StringBuilder();
		for (Claim c : claims) {
			out.append('[').append(source(text, c)).append(" | ").append(cue(text, c)).append(" | ")
					.append(content(text, c)).append("] ");
		}
		return out.toString();
	}

	@Test
	void quoteThenSaidThenSpeaker() {
		String text = "\u201CWe will carry this county by a wide margin,\u201D said Maria Lopez, the campaign manager.";
		Claim claim = only(text);
		assertEquals("\u201CWe will carry this county by a wide margin,\u201D", content(text, claim));
		assertEquals("said", cue(text, claim));
		assertTrue(source(text, claim).startsWith("Maria Lopez"), source(text, claim));
		assertEquals(ClaimType.DIRECT, claim.type());
	}

	@Test
	void quoteThenSpeakerThenSaid() {
		String text = "\u201CThe budget is a disgrace,\u201D Senator Tom Walker said on Monday.";
		Claim claim = only(text);
		assertEquals("\u201CThe budget is a disgrace,\u201D", content(text, claim));
		assertEquals("Senator Tom Walker", source(text, claim));
		assertEquals(ClaimType.DIRECT, claim.type());
	}

	@Test
	void speakerSaidThenQuote() {
		String text = "Governor Anne Riley said: \u201COur schools need more teachers.\u201D";
		Claim claim = only(text);
		assertEquals("\u201COur schools need more teachers.\u201D", content(text, claim));
		assertEquals("Governor Anne Riley", source(text, claim));
		assertEquals(ClaimType.DIRECT, claim.type());

		String straight = "Ms. Rivera said, \"The vote was fair and the count was accurate.\"";
		Claim second = only(straight);
		assertEquals("\"The vote was fair and the count was accurate.\"", content(straight, second));
		assertEquals("Ms. Rivera", source(straight, second));
	}

	@Test
	void quoteAroundTheCue() {
		String text = "\u201CThe vote was fair,\u201D she said, \u201Cand the count was accurate.\u201D";
		Claim claim = only(text);
		assertEquals(text.substring(0, text.length()), content(text, claim));
		assertEquals(ClaimType.DIRECT, claim.type());
	}

	@Test
	void saidThat() {
		String text = "The mayor said that the new bridge would open in June.";
		Claim claim = only(text);
		assertEquals("the new bridge would open in June", content(text, claim));
		assertEquals("said", cue(text, claim));
		assertEquals("The mayor", source(text, claim));
		assertEquals(ClaimType.INDIRECT, claim.type());
	}

	@Test
	void contentBeforeAFinalCue() {
		String text = "The bridge will open in June, city officials said on Tuesday.";
		Claim claim = only(text);
		assertEquals("The bridge will open in June", content(text, claim));
		assertEquals("city officials", source(text, claim));
	}

	@Test
	void accordingTo() {
		String first = "According to the county clerk, turnout was the highest in a decade.";
		Claim claim = only(first);
		assertEquals("According to", cue(first, claim));
		assertEquals("turnout was the highest in a decade", content(first, claim));
		assertEquals("the county clerk", source(first, claim));

		String last = "Turnout was the highest in a decade, according to the county clerk.";
		Claim other = only(last);
		assertEquals("Turnout was the highest in a decade", content(last, other));
	}

	@Test
	void toldReporters() {
		String text = "Jane Ortiz told reporters the plan would cut taxes for working families.";
		Claim claim = only(text);
		assertEquals("told", cue(text, claim));
		assertEquals("Jane Ortiz", source(text, claim));
		assertTrue(content(text, claim).endsWith("the plan would cut taxes for working families"));
	}

	@Test
	void toldWithPartyTagObjectAndTime() {
		String text = "Rep. Ana Ruiz (D-Ore.) told the transport committee on Monday that the ferry fares would double.";
		Claim claim = only(text);
		assertEquals("told", cue(text, claim));
		assertEquals("Rep. Ana Ruiz", source(text, claim));
		assertEquals("the ferry fares would double", content(text, claim));
	}

	@Test
	void beliefVerb() {
		String text = "Most economists believe the new tariffs will raise prices.";
		Claim claim = only(text);
		assertEquals("believe", cue(text, claim));
		assertEquals("the new tariffs will raise prices", content(text, claim));
	}

	@Test
	void pronounResolvedToTheFittingPerson() {
		String text = "Mrs. Helen Park met Mr. Carlos Mendes in Denver on Friday. She said the talks had been useful.";
		Claim claim = only(text);
		assertEquals("She", source(text, claim));
		assertEquals("Mrs. Helen Park", referent(text, claim));

		String nearest = "Ruth Alder thanked the volunteers. Later he said the count was over. Tom Brandt agreed.";
		List<Claim> claims = find(nearest);
		Claim said = claims.stream().filter(c -> cue(nearest, c).equals("said")).findFirst().orElseThrow();
		assertEquals("Ruth Alder", referent(nearest, said));
	}

	@Test
	void pronounResolvedWithEntityMentions() {
		String text = "Dana Cole spoke after Lee Wong. He said the deal was done.";
		List<EntityMention> persons = List.of(new EntityMention(0, 9, "PERSON"), new EntityMention(22, 30, "PERSON"));
		List<Claim> claims = new ClaimFinder().find(Segmenter.get().segment(text), persons);
		assertEquals(1, claims.size());
		assertEquals("Lee Wong", referent(text, claims.get(0)));
	}

	@Test
	void titlesOutsideEntityMentionsStillGiveTheGender() {
		String text = "Mrs. Helen Park met Mr. Carlos Mendes in Denver. She said the talks had been useful.";
		int helen = text.indexOf("Helen Park");
		int carlos = text.indexOf("Carlos Mendes");
		List<EntityMention> persons = List.of(new EntityMention(helen, helen + 10, "PERSON"),
				new EntityMention(carlos, carlos + 13, "PERSON"));
		List<Claim> claims = new ClaimFinder().find(Segmenter.get().segment(text), persons);
		assertEquals(1, claims.size());
		assertEquals("Helen Park", referent(text, claims.get(0)));
	}

	@Test
	void scareQuotesAreNoClaims() {
		assertTrue(find("The \u201Cenormous\u201D crowd waited outside the arena for hours.").isEmpty());
		assertTrue(find("Critics of the \"reform\" plan gathered downtown on Sunday.").isEmpty());
	}

	@Test
	void cueWordsInsideAQuoteAreNotClaims() {
		String text = "\u201CI think we will win and I believe the voters know it,\u201D Lopez said.";
		Claim claim = only(text);
		assertEquals("said", cue(text, claim));
	}

	@Test
	void quoteContinuedInTheNextSentenceAndParagraph() {
		String text = "\u201CWe built a coalition that no one expected,\u201D Ms. Rivera said at the rally. "
				+ "\u201CNow we have to keep it together.\u201D\n"
				+ "Ms. Rivera said: \u201CThe work starts tomorrow morning.\n"
				+ "\u201CAnd it does not stop until November.\u201D";
		List<Claim> claims = find(text);
		assertEquals(2, claims.size(), () -> describe(text, claims));
		assertTrue(content(text, claims.get(0)).endsWith("keep it together.\u201D"));
		assertTrue(content(text, claims.get(1)).startsWith("\u201CThe work starts"));
		assertTrue(content(text, claims.get(1)).endsWith("until November.\u201D"));
		assertEquals(ClaimType.DIRECT, claims.get(1).type());
	}

	@Test
	void mixedQuotation() {
		String text = "Harris said the ruling was \u201Ca victory for every worker in this state.\u201D";
		Claim claim = only(text);
		assertEquals(ClaimType.MIXED, claim.type());
		assertTrue(content(text, claim).startsWith("the ruling was"));
	}

	@Test
	void twoAttributionsInOneSentence() {
		String text = "Smith said the law was unfair, and Jones argued that it would be repealed.";
		List<Claim> claims = find(text);
		assertEquals(2, claims.size(), () -> describe(text, claims));
		assertEquals("the law was unfair", content(text, claims.get(0)));
		assertEquals("it would be repealed", content(text, claims.get(1)));
		assertFalse(claims.get(0).hasReferent());
	}
}
