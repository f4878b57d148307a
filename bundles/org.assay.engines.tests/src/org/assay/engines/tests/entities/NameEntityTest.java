/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.engines.tests.entities;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.assay.engines.entities.EntityFinder;
import org.assay.engines.entities.EntityMention;
import org.junit.jupiter.api.Test;

/** PERSON, ORGANIZATION, LOCATION and NORP rules, with names made up for the tests. */
class NameEntityTest {

	@Test
	void titleBeforeAName() {
		Mentions.of("Sen. Max Baucus (D-Mont.) spoke first, then Gov. Alda Verrick.").has("Max Baucus", "PERSON")
				.has("Alda Verrick", "PERSON").hasNone("D-Mont.");
		Mentions.of("Brazilian Trade Minister Jorge Almara arrived on Friday.").has("Brazilian", "NORP")
				.has("Jorge Almara", "PERSON").hasNone("Minister");
	}

	@Test
	void givenNameAndInitials() {
		Mentions.of("The tapes embarrassed Richard M. Nixon, historians said.").has("Richard M. Nixon", "PERSON");
		Mentions.of("The deal was struck by Helen Vantrees and Peter Okonjo.").has("Helen Vantrees", "PERSON")
				.has("Peter Okonjo", "PERSON");
	}

	@Test
	void surnameAloneLaterInTheDocument() {
		Mentions m = Mentions.of("The award went to Karen Holtsby on Monday.\nHoltsby said she was surprised. "
				+ "\"It is a team prize,\" Holtsby added.");
		m.has("Karen Holtsby", "PERSON").has("Holtsby", "PERSON", 40).has("Holtsby", "PERSON", 80);
	}

	@Test
	void speechVerbAndApposition() {
		Mentions.of("\"We will appeal,\" said Odile Brantham, a lawyer for the union.").has("Odile Brantham", "PERSON");
		Mentions.of("Trevane Mobile, the regional carrier, cut 40 routes.").has("Trevane Mobile", "ORGANIZATION");
	}

	@Test
	void organisationHeadsAndSuffixes() {
		Mentions.of("Robert Kapp, president of the U.S.-China Business Council, disagreed.")
				.has("U.S.-China Business Council", "ORGANIZATION").has("Robert Kapp", "PERSON");
		Mentions.of("The Harlow Water Authority and Brindle Holdings Inc. signed the contract.")
				.has("Harlow Water Authority", "ORGANIZATION").has("Brindle Holdings Inc.", "ORGANIZATION");
		Mentions.of("A grant from the Department for Transport went to the Tarrow Board of Trade.")
				.has("Department for Transport", "ORGANIZATION").has("Tarrow Board of Trade", "ORGANIZATION");
		Mentions.of("Cole spoke for the Lindham Inshore Fishermen's Association on Monday.")
				.has("Lindham Inshore Fishermen's Association", "ORGANIZATION");
	}

	@Test
	void acronymsAndShortFormsOfOrganisations() {
		Mentions m = Mentions.of("The Federal Trade Commission opened an inquiry into Quillon Labs. "
				+ "An FTC spokesman said Quillon had not replied.");
		m.has("Federal Trade Commission", "ORGANIZATION").has("Quillon Labs", "ORGANIZATION")
				.has("FTC", "ORGANIZATION").has("Quillon", "ORGANIZATION", 66);
		Mentions.of("Officials at NATO and the World Bank met in Geneva.").has("NATO", "ORGANIZATION")
				.has("World Bank", "ORGANIZATION").has("Geneva", "LOCATION");
	}

	@Test
	void listsShareAType() {
		Mentions.of("Executives from Parlow Mobile, Ostin Labs and Cedar Analytics testified.")
				.has("Parlow Mobile", "ORGANIZATION").has("Ostin Labs", "ORGANIZATION")
				.has("Cedar Analytics", "ORGANIZATION");
	}

	@Test
	void places() {
		Mentions.of("Staff will be cut in Denver, Boise and Salt Lake City.").has("Denver", "LOCATION")
				.has("Boise", "LOCATION").has("Salt Lake City", "LOCATION");
		Mentions.of("He moved from Halifax, Nova Scotia, to the Mountain West.").has("Halifax", "LOCATION")
				.has("Nova Scotia", "LOCATION").has("Mountain West", "LOCATION");
		Mentions.of("The ferry to Port Arrow stops at Lake Wenmore.").has("Port Arrow", "LOCATION")
				.has("Lake Wenmore", "LOCATION");
		Mentions.of("Russia's agriculture ministry met buyers from Egypt.").has("Russia", "LOCATION")
				.has("Egypt", "LOCATION");
	}

	@Test
	void datelineInCapitals() {
		Mentions m = Mentions.of("PORT ARROW, Nova Scotia, March 12 (Harbour News) - The council met.\n"
				+ "Port Arrow has two berths.");
		m.has("PORT ARROW", "LOCATION").has("Nova Scotia", "LOCATION").has("Port Arrow", "LOCATION", 20)
				.has("March 12", "DATE");
	}

	@Test
	void nationalitiesReligionsAndParties() {
		Mentions.of("Canadian and Norwegian firms hired Muslim and Christian workers.").has("Canadian", "NORP")
				.has("Norwegian", "NORP").has("Muslim", "NORP").has("Christian", "NORP");
		Mentions.of("Republicans blocked the bill, and the Liberal Democrat group objected.")
				.has("Republicans", "NORP").has("Liberal Democrat", "NORP");
		Mentions.of("It sold data on millions of Americans.").has("Americans", "NORP");
	}

	@Test
	void sentenceInitialWordsAreNotNames() {
		Mentions.of("Analysts were surprised. Regional carriers have struggled. Harbour fees rose.")
				.hasNone("Analysts").hasNone("Regional").hasNone("Harbour");
		Mentions.of("Chief executive Sandra Lowe told staff.").hasNone("Chief").has("Sandra Lowe", "PERSON");
	}

	@Test
	void headlineInCapitals() {
		Mentions m = Mentions.of("JAPAN AND CHINA AGREE TO TALKS IN GENEVA\n"
				+ "Japan and China agreed on Friday to hold talks in Geneva.");
		m.has("JAPAN", "LOCATION").has("CHINA", "LOCATION").has("GENEVA", "LOCATION").hasNone("AGREE")
				.hasNone("TALKS");
	}

	@Test
	void headlineInTitleCaseTakesOnlyNamesTheArticleUses() {
		Mentions m = Mentions.of("Harbour Chief Claire Duval Was Told to Avoid the Vote, Lawyers Say\n"
				+ "Claire Duval, the authority's chair, was told to stay away from Thursday's vote.");
		m.has("Claire Duval", "PERSON").hasNone("Harbour Chief").hasNone("Was Told").hasNone("Avoid")
				.hasNone("Lawyers Say");
	}

	@Test
	void aGivenNameThatIsACommonWordOpensNoNameInAHeadline() {
		Mentions m = Mentions.of("Ferry Users Will Pay More for Tickets\nThe ferry company raised its fares.");
		m.hasNone("Will Pay").hasNone("Ferry Users");
	}

	@Test
	void mentionsDoNotOverlapAndAreOrdered() {
		String text = "Sen. Max Baucus said the U.S.-China Business Council paid $3 million on Monday, "
				+ "March 12, 2026, at 5 p.m. in New York, about 40 percent more than the Chicago Board of Trade.";
		List<EntityMention> found = EntityFinder.get().find(text);
		assertTrue(found.size() >= 7, found.toString());
		for (int i = 1; i < found.size(); i++) {
			assertTrue(found.get(i - 1).end() <= found.get(i).begin(), "overlap: " + found);
		}
		Mentions.of(text).has("Chicago Board of Trade", "ORGANIZATION").has("$3 million", "MONEY");
	}

	@Test
	void listedNamesAreSurerThanGuesses() {
		Mentions m = Mentions.of("Officials from Canada met Dorrin Vale in Ottawa.");
		assertTrue(m.confidence("Canada") > m.confidence("Dorrin Vale"), m.all().toString());
	}
}
