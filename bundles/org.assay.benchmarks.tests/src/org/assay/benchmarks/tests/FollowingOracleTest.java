/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.benchmarks.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.assay.benchmarks.FollowingOracle;
import org.assay.benchmarks.OracleEdits;
import org.assay.engines.learn.Mention;
import org.assay.engines.learn.TaggedDocument;
import org.junit.jupiter.api.Test;

class FollowingOracleTest {

	private static final TaggedDocument DOC = new TaggedDocument(List.of(
			new String[] { "Pirelli", "said", "on", "Monday", "." },
			new String[] { "Shares", "of", "Pirelli", "fell", "." },
			new String[] { "Acme", "and", "Pirelli", "met", "." }),
			List.of(new String[] { "B-ORG", "O", "O", "O", "O" }, new String[] { "O", "O", "B-ORG", "O", "O" },
					new String[] { "O", "O", "B-ORG", "O", "O" }));

	private static final List<Mention> GOLD = List.of(new Mention(0, 0, 1, "ORG", 1), new Mention(1, 2, 3, "ORG", 1),
			new Mention(2, 2, 3, "ORG", 1));

	@Test
	void oneRelabelFollowedSavesTheSameRelabelLater() {
		List<Mention> proposed = List.of(new Mention(0, 0, 1, "PER", 0.9), new Mention(1, 2, 3, "PER", 0.9));
		assertEquals(3, OracleEdits.countDocument(proposed, GOLD, 3).edits(), "two relabels and a mention to add");
		OracleEdits.Count followed = FollowingOracle.countDocument(DOC, proposed, GOLD);
		assertEquals(List.of(1, 0, 1, 0, 0), List.of(followed.edits(), followed.added(), followed.relabelled(),
				followed.rejected(), followed.boundaries()), "the first relabel is followed on both other 'Pirelli'");
	}

	@Test
	void aRejectionAndAnAcceptanceAreFollowedButNotIntoALongerProposal() {
		List<Mention> proposed = List.of(new Mention(0, 3, 4, "ORG", 0.5), new Mention(0, 0, 1, "ORG", 0.5),
				new Mention(1, 1, 3, "ORG", 0.5), new Mention(2, 0, 1, "ORG", 0.5));
		// "Monday" rejected (no other "Monday"); the first "Pirelli" accepted and followed: not into "of Pirelli",
		// which holds the words in a longer extent and is fixed by hand, but onto the last "Pirelli", which had no
		// proposal; "Acme" rejected
		OracleEdits.Count plain = OracleEdits.countDocument(proposed, GOLD, 3);
		assertEquals(List.of(1, 2, 1, 1), List.of(plain.accepted(), plain.rejected(), plain.boundaries(), plain.added()));
		OracleEdits.Count followed = FollowingOracle.countDocument(DOC, proposed, GOLD);
		assertEquals(List.of(2, 2, 1, 0, 0), List.of(followed.accepted(), followed.rejected(), followed.boundaries(),
				followed.added(), followed.relabelled()));
	}

	@Test
	void aBoundaryFixIsFollowed() {
		TaggedDocument doc = new TaggedDocument(List.of(new String[] { "Pirelli", "Tyres", "rose" },
				new String[] { "Pirelli", "Tyres", "fell" }),
				List.of(new String[] { "B-ORG", "I-ORG", "O" }, new String[] { "B-ORG", "I-ORG", "O" }));
		List<Mention> gold = List.of(new Mention(0, 0, 2, "ORG", 1), new Mention(1, 0, 2, "ORG", 1));
		List<Mention> proposed = List.of(new Mention(0, 0, 1, "ORG", 0.5), new Mention(1, 0, 1, "ORG", 0.5));
		assertEquals(2, OracleEdits.countDocument(proposed, gold, 2).boundaries());
		OracleEdits.Count followed = FollowingOracle.countDocument(doc, proposed, gold);
		assertEquals(List.of(1, 1), List.of(followed.boundaries(), followed.accepted()), "the second fitted to the first");
	}

	@Test
	void aMentionMarkedByHandIsFollowedToo() {
		// the first "Pirelli" has no proposal and is marked by hand: the second gets one, the third's PER turns ORG
		List<Mention> proposed = List.of(new Mention(2, 2, 3, "PER", 0.5));
		OracleEdits.Count followed = FollowingOracle.countDocument(DOC, proposed, GOLD);
		assertEquals(List.of(1, 0, 2), List.of(followed.added(), followed.relabelled(), followed.accepted()));
		assertEquals(3, OracleEdits.countDocument(proposed, GOLD, 3).edits());
	}
}
