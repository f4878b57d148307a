/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.engines.tests.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.assay.engines.claims.Claim;
import org.assay.engines.claims.ClaimFinder;
import org.assay.engines.claims.ClaimMerger;
import org.assay.engines.claims.ClaimTagging;
import org.assay.engines.claims.ClaimType;
import org.assay.engines.learn.Mention;
import org.assay.text.Segmentation;
import org.assay.text.Segmenter;
import org.junit.jupiter.api.Test;

/** Speaker labels, headlines, participle cues, and cues or claims that come from a tagger. */
class MoreClaimRulesTest {

	private static String part(String text, int begin, int end) {
		return begin < 0 ? "" : text.substring(begin, end);
	}

	@Test
	void speakerLabelWithColon() {
		String text = "ROSA MARTINEZ: We need a new library before we need a new stadium.";
		List<Claim> claims = new ClaimFinder().find(Segmenter.get().segment(text));
		assertEquals(1, claims.size());
		Claim claim = claims.get(0);
		assertEquals(":", part(text, claim.cueBegin(), claim.cueEnd()));
		assertEquals("ROSA MARTINEZ", part(text, claim.sourceBegin(), claim.sourceEnd()));
		assertTrue(part(text, claim.contentBegin(), claim.contentEnd()).startsWith("We need a new library"));
	}

	@Test
	void anyVerbIntroducingAQuotationWithAColon() {
		String text = "The mayor quipped: \u201CThe potholes have seniority here.\u201D";
		List<Claim> claims = new ClaimFinder().find(Segmenter.get().segment(text));
		assertEquals(1, claims.size());
		assertEquals("quipped", part(text, claims.get(0).cueBegin(), claims.get(0).cueEnd()));
		String unknownVerb = "The mayor harrumphed: \u201CThe potholes have seniority here.\u201D";
		List<Claim> other = new ClaimFinder().find(Segmenter.get().segment(unknownVerb));
		assertEquals(1, other.size());
		assertEquals(ClaimType.DIRECT, other.get(0).type());
		assertEquals("harrumphed:", part(unknownVerb, other.get(0).cueBegin(), other.get(0).cueEnd()));
		assertEquals("The mayor", part(unknownVerb, other.get(0).sourceBegin(), other.get(0).sourceEnd()));
	}

	@Test
	void aPronounAfterTheCueBeginsWhatWasSaidUnlessItEndsTheClause() {
		String text = "Ines Varga (Harbour Party), who chairs the ports committee, said he would back the plan.";
		List<Claim> claims = new ClaimFinder().find(Segmenter.get().segment(text));
		assertEquals(1, claims.size());
		Claim claim = claims.get(0);
		assertTrue(part(text, claim.contentBegin(), claim.contentEnd()).startsWith("he would back the plan"),
				part(text, claim.contentBegin(), claim.contentEnd()));
		assertTrue(!part(text, claim.sourceBegin(), claim.sourceEnd()).equals("he"), "he is no claimant here");
		String inverted = "\u201CWe will back the plan,\u201D said she.";
		List<Claim> other = new ClaimFinder().find(Segmenter.get().segment(inverted));
		assertEquals(1, other.size());
		assertEquals("she", part(inverted, other.get(0).sourceBegin(), other.get(0).sourceEnd()));
	}

	@Test
	void aNounPhraseAfterTheCueThatBeginsAClauseIsNoClaimant() {
		String text = "Ines Varga, a 30-year veteran of the harbour service who retired as its chief pilot in 2019, "
				+ "said the plan put forward by the board is too costly.";
		List<Claim> claims = new ClaimFinder().find(Segmenter.get().segment(text));
		assertEquals(1, claims.size());
		assertEquals("the plan put forward by the board is too costly",
				part(text, claims.get(0).contentBegin(), claims.get(0).contentEnd()));
		String inverted = "\u201CThe plan is too costly,\u201D said the harbour pilot in an interview.";
		List<Claim> other = new ClaimFinder().find(Segmenter.get().segment(inverted));
		assertEquals(1, other.size());
		assertEquals("the harbour pilot", part(inverted, other.get(0).sourceBegin(), other.get(0).sourceEnd()));
	}

	@Test
	void reportedSpeechTakesTheQuotationThatFollowsItAlone() {
		String text = "The harbour master said there should be no quota. \u201CWhoever brings the most ships should get "
				+ "the berth.\u201D The board meets again in May.";
		List<Claim> claims = new ClaimFinder().find(Segmenter.get().segment(text));
		assertEquals(1, claims.size());
		assertEquals(ClaimType.MIXED, claims.get(0).type());
		assertEquals("there should be no quota. \u201CWhoever brings the most ships should get the berth.\u201D",
				part(text, claims.get(0).contentBegin(), claims.get(0).contentEnd()));
		String paragraph = "The harbour master said there should be no quota.\n\n\u201CWhoever brings the most ships "
				+ "should get the berth.\u201D\n\nThe board meets again in May.";
		List<Claim> next = new ClaimFinder().find(Segmenter.get().segment(paragraph));
		assertEquals(1, next.size());
		assertTrue(part(paragraph, next.get(0).contentBegin(), next.get(0).contentEnd()).endsWith("berth.\u201D"),
				"a paragraph that is nothing but the quotation");
		String own = "The harbour master said there should be no quota. \u201CIt is too late for that,\u201D the mayor "
				+ "replied.";
		List<Claim> two = new ClaimFinder().find(Segmenter.get().segment(own));
		assertEquals(2, two.size(), "a quotation with a cue of its own stays its own claim");
		assertEquals("there should be no quota", part(own, two.get(0).contentBegin(), two.get(0).contentEnd()));
	}

	@Test
	void whereAndWhenItWasSaidIsNoContent() {
		assertTrue(new ClaimFinder().find(Segmenter.get().segment("The harbour master spoke to the board. She said in a "
				+ "radio interview on Friday.")).isEmpty());
		assertTrue(new ClaimFinder().find(Segmenter.get().segment("The agency reported from Halifax.")).isEmpty());
		String agreed = "The harbour master agreed with the plan.";
		List<Claim> claims = new ClaimFinder().find(Segmenter.get().segment(agreed));
		assertEquals(1, claims.size(), "a verb whose content may be such a phrase keeps it");
		assertEquals("with the plan", part(agreed, claims.get(0).contentBegin(), claims.get(0).contentEnd()));
		String said = "She said on Friday the plan would pass.";
		List<Claim> other = new ClaimFinder().find(Segmenter.get().segment(said));
		assertEquals(1, other.size(), "a clause after the phrase is what was said");
	}

	@Test
	void theItemsOfAListIntroducedByAColonAreNoSpeakersUnlessATranscriptsCapitals() {
		String results = "Close of play scores in the county matches on Friday:\n\nLeicester: Leicestershire beat "
				+ "Somerset by an innings and 39 runs.\n\nTaunton: Somerset beat Kent by five wickets.";
		assertTrue(new ClaimFinder().find(Segmenter.get().segment(results)).isEmpty(),
				new ClaimFinder().find(Segmenter.get().segment(results)).toString());
		String transcript = "A partial transcript follows:\n\nJANE MOSS: The harbour board voted on Friday to dredge the "
				+ "channel. Take a look.";
		List<Claim> claims = new ClaimFinder().find(Segmenter.get().segment(transcript));
		assertEquals(1, claims.size());
		assertEquals("JANE MOSS", part(transcript, claims.get(0).sourceBegin(), claims.get(0).sourceEnd()));
	}

	@Test
	void labelsThatAreNoSpeakers() {
		assertTrue(new ClaimFinder().find(Segmenter.get().segment("UPDATE: The polls close at eight tonight."))
				.isEmpty());
		// a kicker in title case names nobody; a name does, and a label in capitals "OF" something
		assertTrue(new ClaimFinder().find(Segmenter.get().segment("Smoke Over Water: Council Delays Harbour Vote"))
				.isEmpty());
		for (String line : List.of("Marta Ruiz: Council Must Delay Harbour Vote",
				"BANK OF ELMSLEY: Rates Will Stay Low Until Spring")) {
			List<Claim> claims = new ClaimFinder().find(Segmenter.get().segment(line));
			assertEquals(1, claims.size(), line);
			assertEquals(line.substring(0, line.indexOf(':')),
					part(line, claims.get(0).sourceBegin(), claims.get(0).sourceEnd()));
		}
	}

	@Test
	void tablesListsAndHeadingsAfterAColonAreNoSpeech() {
		for (String line : List.of( // lines of sports pages, written for this test
				"Hove : Sussex 363 ( W. Athey 111 , V. Drakes 52 ) , Lancashire 197-8 ( W. Hegg 54 ) .",
				"Norland : Mike Harrow ( captain ) , Nick Dale , Alec Stone , Graham Thorn , Matthew Reed .",
				"At Ashford : Kentmere beat Hollis by 188 runs .",
				"Postponed : Eastfield v Clydeport , Saint Ronan v Bramley .")) {
			assertTrue(new ClaimFinder().find(Segmenter.get().segment(line)).isEmpty(), line);
		}
		// a headline in title case, and a label before a sentence with a figure, are still what was said
		for (String line : List.of("Sanders: Brexit Could Help Trump Win", "RIVERA: We need 40 more teachers by May.")) {
			List<Claim> claims = new ClaimFinder().find(Segmenter.get().segment(line));
			assertEquals(1, claims.size(), line);
			assertEquals(":", part(line, claims.get(0).cueBegin(), claims.get(0).cueEnd()));
		}
	}

	@Test
	void titleCaseHeadline() {
		String text = "Governor Says Toll Roads Will Stay Free Until 2030";
		List<Claim> claims = new ClaimFinder().find(Segmenter.get().segment(text));
		assertEquals(1, claims.size());
		assertEquals("Says", part(text, claims.get(0).cueBegin(), claims.get(0).cueEnd()));
		assertEquals("Governor", part(text, claims.get(0).sourceBegin(), claims.get(0).sourceEnd()));
	}

	@Test
	void participleAfterTheQuoteIsASecondClaim() {
		String text = "\u201CThe numbers do not lie,\u201D Ms. Okafor said, adding that the fund would be audited.";
		List<Claim> claims = new ClaimFinder().find(Segmenter.get().segment(text));
		assertEquals(2, claims.size());
		assertEquals(ClaimType.DIRECT, claims.get(0).type());
		assertEquals("the fund would be audited",
				part(text, claims.get(1).contentBegin(), claims.get(1).contentEnd()));
		assertEquals("adding", part(text, claims.get(1).cueBegin(), claims.get(1).cueEnd()));
	}

	@Test
	void cuesFromATaggerGetContentFromTheRules() {
		String text = "The council member harrumphed that the budget ignores the east side.";
		Segmentation segmentation = Segmenter.get().segment(text);
		assertTrue(new ClaimFinder().find(segmentation).isEmpty(), "no rule knows 'harrumphed'");
		List<Claim> claims = new ClaimFinder().find(segmentation, List.of(),
				List.of(new Mention(0, 3, 4, ClaimTagging.CUE, 0.9)));
		assertEquals(1, claims.size());
		assertEquals("harrumphed", part(text, claims.get(0).cueBegin(), claims.get(0).cueEnd()));
		assertEquals("the budget ignores the east side",
				part(text, claims.get(0).contentBegin(), claims.get(0).contentEnd()));
		assertEquals("The council member", part(text, claims.get(0).sourceBegin(), claims.get(0).sourceEnd()));
	}

	@Test
	void mergerKeepsPreferredClaimsAndAddsCompatibleOnes() {
		Claim preferred = new Claim(10, 40, 5, 9, -1, -1, -1, -1, ClaimType.INDIRECT, 0.8);
		Claim clash = new Claim(10, 30, 6, 8, -1, -1, -1, -1, ClaimType.INDIRECT, 0.9);
		Claim nested = new Claim(25, 39, 20, 24, -1, -1, -1, -1, ClaimType.INDIRECT, 0.9);
		Claim elsewhere = new Claim(60, 80, 50, 55, -1, -1, -1, -1, ClaimType.DIRECT, 0.7);
		List<Claim> merged = ClaimMerger.merge(List.of(preferred), List.of(clash, nested, elsewhere));
		assertEquals(List.of(preferred, elsewhere), merged);
	}
}
