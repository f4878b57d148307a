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
import static org.assay.engines.tests.claims.ClaimSentences.source;

import java.util.List;

import org.assay.engines.claims.Claim;
import org.assay.engines.claims.ClaimType;
import org.junit.jupiter.api.Test;

/**
 * A transcript's turns, quotations signed with a dash, and where a claim's content ends: the rules of session 20
 * (texts written for these tests).
 */
class TurnsSignaturesAndClausesTest {

	private static Claim only(String text) {
		List<Claim> found = find(text);
		assertEquals(1, found.size(), text);
		return found.get(0);
	}

	@Test
	void aTranscriptTurnIsItsWholeParagraphEvenWhenAQuotationMarkOpensEachParagraph() {
		// a quoted transcript: an opening mark on each paragraph and no closing one, as a long quotation is written
		String text = "The exchange went on.\n\"KOVAC: Let me ask about the bridge. Will it open in May?\n"
				+ "\"ADEYEMI: It will open in June. The steel came late, and we will not cut corners.";
		List<Claim> found = find(text);
		assertEquals(2, found.size());
		assertEquals("KOVAC", source(text, found.get(0)));
		assertEquals(":", cue(text, found.get(0)));
		assertEquals("Let me ask about the bridge. Will it open in May", content(text, found.get(0)));
		assertEquals("ADEYEMI", source(text, found.get(1)));
		assertEquals("It will open in June. The steel came late, and we will not cut corners",
				content(text, found.get(1)));
		// without the marks, too, the turn runs to the end of its paragraph
		String plain = "KOVAC: Do you see the two as equal? Do you really?";
		assertEquals("Do you see the two as equal? Do you really", content(plain, only(plain)));
		// a mark that opens a paragraph of plain words is no turn
		assertTrue(find("The exchange went on.\n\"Let me ask: will it open in May?").isEmpty());
	}

	@Test
	void aQuotationSignedWithADashIsClaimedByTheNameAfterIt() {
		String text = "Letters from our readers.\n"
				+ "\u201CThe harbour is the heart of this town and always will be.\u201D \u2015 Mira Delgado\n"
				+ "\u201CWe fished here before there was a road.\u201D\u2014 Tomas Ek.";
		List<Claim> found = find(text);
		assertEquals(2, found.size(), () -> found.stream().map(c -> content(text, c)).toList().toString());
		assertEquals("\u2015", cue(text, found.get(0)));
		assertEquals("Mira Delgado", source(text, found.get(0)));
		assertEquals("\u201CThe harbour is the heart of this town and always will be.\u201D", content(text, found.get(0)));
		assertEquals(ClaimType.DIRECT, found.get(0).type());
		assertEquals("Tomas Ek", source(text, found.get(1)));
		// a dash after a quotation inside a paragraph, or before more than a name, signs nothing
		for (String unsigned : List.of("They called it \u201Ca harbour for everyone\u201D \u2014 and then sold it.",
				"\u201CWe fished here for years.\u201D \u2014 and nobody asked us why we left.")) {
			assertTrue(find(unsigned).stream().noneMatch(c -> cue(unsigned, c).equals("\u2014")),
					unsigned);
		}
	}

	@Test
	void aClaimEndingWithAQuotationGoesOnOverTheQuotationAfterItsAttribution() {
		String text = "The plan is \"a first step,\" Okafor said, and still \"leaves the east side waiting. We will keep asking.\"";
		Claim claim = only(text);
		assertEquals(ClaimType.MIXED, claim.type());
		assertEquals(text.length(), claim.contentEnd(), "the second quotation is part of what was said");
	}

	@Test
	void reportedSpeechGoesOnAfterAPartialQuotationPastALaterCueWord() {
		String text = "He said that \u201Cthe council owes us answers\u201D on what the engineers found about the flooding.";
		assertEquals("\u201Cthe council owes us answers\u201D on what the engineers found about the flooding",
				content(text, only(text)));
		// a cue right after the quotation still ends it there ("…" said Smith)
		String attributed = "She said that \u201Cthe council owes us answers,\u201D said Smith.";
		assertTrue(find(attributed).stream().anyMatch(c -> content(attributed, c).startsWith("\u201Cthe council")
				&& !content(attributed, c).contains("Smith")));
	}

	@Test
	void aStatementInterruptedByItsAttributionIsTheWholeSentence() {
		String there = "If the levy fails, the mayor argues, there are other ways to pay for the pool.";
		assertEquals("If the levy fails, the mayor argues, there are other ways to pay for the pool",
				content(there, only(there)));
		String shortSubject = "The depot, Ms. Lind said, would close by spring.";
		assertEquals("The depot, Ms. Lind said, would close by spring", content(shortSubject, only(shortSubject)));
		// a place after the cue is still where it was said
		String place = "The depot will close by spring, Ms. Lind said there.";
		assertEquals("The depot will close by spring", content(place, only(place)));
	}

	@Test
	void participlesAndVerbsThatDoNotReportSpeech() {
		for (String text : List.of("She has 1,204 pledged delegates and needs 180 more.", "The storm is adding to the delays.",
				"He found himself alone at the podium.")) {
			assertTrue(find(text).isEmpty(), text);
		}
		// a year before the verb is no count of what follows
		String year = "An advertisement in 2008 questioned whether the senator was ready for the job.";
		assertEquals("questioned", cue(year, only(year)));
	}

	@Test
	void aNounWithItsArticleAndThatAfterTheVerbIsASubject() {
		String text = "A new survey shows that most residents want the pool.";
		Claim claim = only(text);
		assertEquals("shows", cue(text, claim));
		assertEquals("most residents want the pool", content(text, claim));
		// the noun itself, with "that" opening a relative clause after it, is no cue
		assertTrue(find("The reports that reached the council were late.").isEmpty());
	}

	@Test
	void whatSomeoneSpokeOfIsWhatTheySaid() {
		String text = "The mayor spoke of the flooding that ruined the lower town.";
		Claim claim = only(text);
		assertEquals("spoke of", cue(text, claim));
		assertEquals("The mayor", source(text, claim));
		assertEquals("the flooding that ruined the lower town", content(text, claim));
		assertTrue(find("The mayor spoke at the opening of the pool.").isEmpty(), "where one spoke says nothing");
	}

	@Test
	void aNamedClaimantWithItsArticleAfterWhatWasSaid() {
		for (String claimant : List.of("the Harbour Board", "the IMF", "another official", "a new report")) {
			String text = "The levy will not cover the pool, " + claimant + " said.";
			Claim claim = only(text);
			assertEquals("The levy will not cover the pool", content(text, claim), text);
			assertTrue(claimant.endsWith(source(text, claim)), text);
		}
		// a clause between commas before an inverted cue is what was said, not the claimant's description
		String clause = "The pool will open in May, but for some, the fees would outweigh the gains, said Kovac.";
		Claim claim = only(clause);
		assertEquals("Kovac", source(clause, claim));
		assertEquals("The pool will open in May, but for some, the fees would outweigh the gains", content(clause, claim));
		// an appositive is still the claimant's ("Ines Varga, the authority's chair, said")
		String appositive = "Ines Varga, the authority's chair, said the pool will open in May.";
		assertEquals("Ines Varga, the authority's chair",
				source(appositive, only(appositive)));
	}

	@Test
	void aQuotationAfterAPhraseWithACueOfItsOwnIsThatCuesQuotation() {
		String added = "The mayor noted that she taught law, and added: \u201CI know a little about this.\u201D";
		List<Claim> two = find(added);
		assertEquals(2, two.size());
		assertEquals("she taught law", content(added, two.get(0)));
		assertEquals("added", cue(added, two.get(1)));
		assertEquals("\u201CI know a little about this.\u201D", content(added, two.get(1)));
		String asked = "Asked if the bridge would open, Kovac replied, \u201CWell, maybe in May.\u201D";
		List<Claim> both = find(asked);
		assertEquals(2, both.size());
		assertEquals("if the bridge would open", content(asked, both.get(0)));
		assertEquals("Kovac", source(asked, both.get(1)));
		String saying = "The senator urged voters to back the levy, saying, \u201CThere is no other way to pay for it.\u201D";
		assertEquals(2, find(saying).size());
		// a short phrase with no cue still hands the quotation to the cue before it
		String phrase = "She said, after a pause, \u201CThe pool will open in May.\u201D";
		assertEquals("\u201CThe pool will open in May.\u201D", content(phrase, only(phrase)));
	}

	@Test
	void aParticipleAfterAQuotationThatAnotherCueIntroducedSaysSomethingOfItsOwn() {
		String text = "In a statement, the board said: \u201CThe pier was a success when it opened,\u201D adding that it would reopen.";
		List<Claim> two = find(text);
		assertEquals(2, two.size());
		assertEquals("said", cue(text, two.get(0)));
		assertEquals("adding", cue(text, two.get(1)));
		assertEquals("it would reopen", content(text, two.get(1)));
	}

	@Test
	void anAsideBetweenDashesEndsWhatWasSaidBeforeTheNextClaimant() {
		for (String dash : List.of("\u2015", "\u2014", "\u2013")) {
			String text = "When Kovac noted that the levy had failed " + dash + " as it did in 2019 " + dash
					+ " Adeyemi boasted, \u201CThat makes me right.\u201D";
			List<Claim> two = find(text);
			assertEquals(2, two.size(), text);
			assertEquals("Kovac", source(text, two.get(0)), "no 'When' in the name");
			assertTrue(content(text, two.get(0)).startsWith("the levy had failed"));
			assertTrue(!content(text, two.get(0)).contains("Adeyemi"), text);
			assertEquals("Adeyemi", source(text, two.get(1)));
		}
	}

	@Test
	void aPollNamedAfterInWithFiguresInItsSentence() {
		String text = "In the latest Harbour Gazette poll, Kovac led Adeyemi by 5 percentage points among likely voters.";
		Claim claim = only(text);
		assertEquals("In", cue(text, claim));
		assertEquals("the latest Harbour Gazette poll", source(text, claim));
		assertTrue(content(text, claim).startsWith("Kovac led Adeyemi by 5 percentage points"));
	}

	@Test
	void cuesOfMoreThanAWordOrOfNone() {
		String clear = "Ms. Lind made it clear that the depot will close by spring.";
		Claim claim = only(clear);
		assertEquals("made it clear", cue(clear, claim));
		assertEquals("Ms. Lind", source(clear, claim));
		assertEquals("the depot will close by spring", content(clear, claim));
		String putIt = "As the mayor put it, \u201CThe pool is a luxury we cannot afford.\u201D";
		assertEquals("put it", cue(putIt, only(putIt)));
		assertEquals("the mayor", source(putIt, only(putIt)));
		assertTrue(find("She put it on the table.").isEmpty(), "to put something somewhere says nothing");
		// "reportedly": someone unnamed reports the whole sentence
		String reported = "The builder is reportedly considering a second pier.";
		claim = only(reported);
		assertEquals("reportedly", cue(reported, claim));
		assertEquals("", source(reported, claim));
		assertEquals("The builder is reportedly considering a second pier", content(reported, claim));
	}

	@Test
	void phrasalVerbsThatSayNothing() {
		for (String text : List.of("She called in to a radio programme when she was home sick.",
				"The council called off the vote.", "Kovac showed up at the debate late.")) {
			assertTrue(find(text).isEmpty(), text);
		}
		String adverb = "Mr. Adeyemi spoke warmly of the volunteers who rebuilt the pier.";
		Claim claim = only(adverb);
		assertEquals("spoke warmly of", cue(adverb, claim));
		assertEquals("the volunteers who rebuilt the pier", content(adverb, claim));
	}

	@Test
	void aContentGoesOnPastWordsThatOnlyLookLikeASecondAttribution() {
		// "go" is a cue only with a quotation
		String go = "She told voters that their taxes are too high and they can\u2019t go on paying for a stadium.";
		assertEquals("their taxes are too high and they can\u2019t go on paying for a stadium", content(go, only(go)));
		// "both X and Y" is one subject
		String both = "He noted that both Kovac and Adeyemi were counting on the grant.";
		assertEquals("both Kovac and Adeyemi were counting on the grant", content(both, only(both)));
		// a subordinate clause first: its comma does not end what was said
		String first = "Residents worried that if the council delayed the vote, the builder could walk away from the deal.";
		assertEquals("if the council delayed the vote, the builder could walk away from the deal",
				content(first, find(first).get(0)));
		// a second attribution joined by a comma still ends the first
		String second = "Kovac said the bridge is safe, and Adeyemi said it is not.";
		List<Claim> two = find(second);
		assertEquals(2, two.size());
		assertEquals("the bridge is safe", content(second, two.get(0)));
	}
}
