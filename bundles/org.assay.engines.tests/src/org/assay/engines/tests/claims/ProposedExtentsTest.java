/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.engines.tests.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.assay.engines.claims.Claim;
import org.assay.engines.claims.ClaimFinder;
import org.assay.engines.claims.ClaimantNames;
import org.assay.engines.claims.ProposedExtents;
import org.assay.engines.entities.EntityFinder;
import org.assay.engines.entities.EntityMention;
import org.assay.text.Segmentation;
import org.assay.text.Segmenter;
import org.junit.jupiter.api.Test;

/**
 * Claims as the engine proposes them, drawn by Assay's guidelines: contents without quotation marks, a
 * quotation interrupted by its attribution in two parts, reported speech without its "that" and the cue's
 * setting; cues with their auxiliary, hearer and medium.
 */
class ProposedExtentsTest {

	@Test
	void aQuotationLosesItsMarksAndTheCommaThatHandsOverToTheAttribution() {
		assertEquals(List.of("We will appeal"), proposed("\"We will appeal,\" she said.", "said"));
		assertEquals(List.of("Is this the end?"), proposed("“Is this the end?” he asked.", "asked"));
	}

	@Test
	void aQuotationInterruptedByItsAttributionIsOneContentInTwoParts() {
		assertEquals(List.of("The vote was close", "We will try again in the spring."),
				proposed("\"The vote was close,\" said Anna Brook, the group's treasurer, after the count. "
						+ "\"We will try again in the spring.\"", "said"));
		assertEquals(List.of("We can wait a month", "but not a year."),
				proposed("\"We can wait a month,\" he said, \"but not a year.\"", "said"));
	}

	@Test
	void anUnquotedStatementWithAnAsideAttributionLeavesTheAsideOut() {
		String text = "Rents have risen every year since 2019, said Omar Hale, a tenants' advocate, and few tenants "
				+ "expect that to change.";
		assertEquals(List.of("Rents have risen every year since 2019", "and few tenants expect that to change"),
				texts(text, claim(text, "Rents", "said", "Omar Hale", "change")));
	}

	@Test
	void reportedSpeechLosesItsThatAndTheCuesSetting() {
		assertEquals(List.of("the bridge would reopen in May"),
				proposed("The council said that the bridge would reopen in May.", "said"));
		assertEquals(List.of("the bridge would reopen in May"),
				proposed("The council said on Tuesday that the bridge would reopen in May.", "said"));
		assertEquals(List.of("the branch would close"),
				proposed("The bank told staff in an email that the branch would close.", "told"));
		assertEquals(List.of("it would appeal the ruling"),
				proposed("The company said on Friday it would appeal the ruling.", "said"));
	}

	@Test
	void whatOnlyLooksLikeASettingStays() {
		// "that" as a determiner
		assertEquals(List.of("with the letter it sent that same day"),
				proposed("The mayor responded with the letter it sent that same day.", "responded"));
		// a belief is no verb of saying: its object and a relative clause stay
		assertEquals(List.of("in a press that takes sides"), proposed("Jones believes in a press that takes sides.",
				"believes"));
	}

	@Test
	void whatSeemsSoIsTheSubjectAndItsComplementWithNobodyClaimingIt() {
		String text = "The closures appear to have brought some stability to the remaining berths.";
		List<Claim> claims = ClaimSentences.find(text);
		assertEquals(1, claims.size());
		assertEquals(false, claims.get(0).hasSource(), "the subject is what seems so, not who says it");
		assertEquals(List.of("The closures", "to have brought some stability to the remaining berths"),
				texts(text, claims.get(0)));
		assertEquals(List.of("the vote would be close"), proposed("It seems that the vote would be close.", "seems"));
		assertEquals(List.of("The ferry", "sure to sail"), proposed("The ferry did not seem sure to sail.", "seem"),
				"the auxiliary and the negation go with the cue");
		assertEquals(List.of(), ClaimSentences.find("The harbour master appeared on the evening news on Sunday."),
				"to appear somewhere is to be seen, not to seem");
	}

	@Test
	void aCueInsideTheContentThatIsNoAsideLeavesItWhole() {
		String text = "The senator was criticized for missing the vote, and she has not answered.";
		int cue = text.indexOf("criticized");
		Claim claim = new Claim(0, text.indexOf(", and"), cue, cue + "criticized".length(), Claim.NONE, Claim.NONE,
				Claim.NONE, Claim.NONE, org.assay.engines.claims.ClaimType.INDIRECT, 0.5);
		assertEquals(List.of("The senator was criticized for missing the vote"), texts(text, claim));
	}

	@Test
	void aCueTakesItsAuxiliaryItsHearerAndTheMediumItWasSaidIn() {
		assertEquals("had warned", proposedCue("The inspectors had warned that the dam was weak.", "warned"));
		assertEquals("has repeatedly said", proposedCue("The minister has repeatedly said that taxes will not rise.",
				"said"));
		assertEquals("told reporters", proposedCue("\"We are ready,\" the coach told reporters.", "told"));
		assertEquals("told staff in an email",
				proposedCue("The bank told staff in an email that the branch would close.", "told"));
		assertEquals("estimated in a report",
				proposedCue("The auditors estimated in a report published in May that costs would double.", "estimated"));
		assertEquals("said in a statement", proposedCue("\"We regret the delay,\" the airline said in a statement.", "said"));
	}

	@Test
	void aCueLeavesWhatIsNotItsOwnAlone() {
		// the day goes with neither the cue nor the content
		assertEquals("said", proposedCue("The council said on Tuesday that the bridge would reopen in May.", "said"));
		// the claimant after the cue, a place, an adverb without an auxiliary
		assertEquals("said", proposedCue("\"The bridge is safe,\" said Ruth Ames, the city engineer.", "said"));
		assertEquals("said", proposedCue("\"The bridge is safe,\" the engineer said in Leeds.", "said"));
		assertEquals("said", proposedCue("The engineers also said that the bridge was safe.", "said"));
	}

	@Test
	void aDescribedClaimantIsLinkedThroughItsName() {
		assertEquals("Ruth Ames", claimantName("\"The bridge is safe,\" said Ruth Ames, the city engineer."));
		assertEquals("Ruth Ames", claimantName("\"The bridge is safe,\" said Ruth Ames of Leeds City Council."));
		assertEquals("Ruth Ames", claimantName("\"The bridge is safe,\" said the city engineer, Ruth Ames."));
		assertEquals("Northgate Rail", claimantName("\"The line will reopen,\" said Northgate Rail, the operator of the route."));
		// a description alone, or a company named after it, stays a description
		assertEquals(null, claimantName("\"The bridge is safe,\" said the engineers, Ames & Partners."));
		assertEquals(null, claimantName("\"The bridge is safe,\" said a council engineer."));
	}

	/** The name the proposed claimant link goes to, or null for a SOURCE span. */
	private static String claimantName(String text) {
		Segmentation s = Segmenter.get().segment(text);
		List<EntityMention> entities = EntityFinder.get().find(s);
		Claim claim = new ClaimFinder().find(s, entities).get(0);
		EntityMention name = ClaimantNames.of(text, claim, entities);
		return name == null ? null : text.substring(name.begin(), name.end());
	}

	/** The proposed cue of the claim whose cue, as found, starts with the given word. */
	private static String proposedCue(String text, String cue) {
		for (Claim claim : ClaimSentences.find(text)) {
			if (ClaimSentences.cue(text, claim).startsWith(cue)) {
				int[] c = ProposedExtents.of(text, claim).cue();
				return text.substring(c[0], c[1]);
			}
		}
		throw new AssertionError("no claim with the cue '" + cue + "' in: " + text + " " + ClaimSentences.find(text));
	}

	/** A claim from its content's first and last words, its cue and its claimant, as the rules would find it. */
	private static Claim claim(String text, String from, String cue, String source, String to) {
		int c = text.indexOf(cue);
		int s = text.indexOf(source);
		return new Claim(text.indexOf(from), text.indexOf(to) + to.length(), c, c + cue.length(), s,
				s + source.length(), Claim.NONE, Claim.NONE, org.assay.engines.claims.ClaimType.INDIRECT, 0.5);
	}

	/** The proposed content of the claim whose cue is the given word. */
	private static List<String> proposed(String text, String cue) {
		for (Claim claim : ClaimSentences.find(text)) {
			if (ClaimSentences.cue(text, claim).startsWith(cue)) {
				return texts(text, claim);
			}
		}
		throw new AssertionError("no claim with the cue '" + cue + "' in: " + text + " " + ClaimSentences.find(text));
	}

	private static List<String> texts(String text, Claim claim) {
		return ProposedExtents.content(text, claim).stream().map(p -> text.substring(p[0], p[1])).toList();
	}
}
