/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.engines.entities;

import java.util.ArrayList;
import java.util.List;

import org.assay.text.Segmentation;
import org.assay.text.Segmenter;

/**
 * Assay's default entity finder: word lists and rules written for the product, so that it works with no
 * training data and ships under the product's licence. It finds PERSON, ORGANIZATION, LOCATION, NORP, DATE,
 * TIME, MONEY and PERCENT mentions, none overlapping another.
 * <p>
 * One shared instance; {@link #find} keeps no state between calls, so documents can run in parallel.
 */
public final class EntityFinder {

	private static final class Holder {
		static final EntityFinder INSTANCE = new EntityFinder(Lexicon.get());
	}

	private final NameRules names;

	private EntityFinder(Lexicon lexicon) {
		this.names = new NameRules(lexicon);
	}

	/** The shared finder; its word lists load on first use. */
	public static EntityFinder get() {
		return Holder.INSTANCE;
	}

	/** The mentions of a segmented text, in text order. */
	public List<EntityMention> find(Segmentation segmentation) {
		Tokens tokens = new Tokens(segmentation);
		List<Candidate> candidates = new ArrayList<>();
		TimeRules.find(tokens, candidates);
		AmountRules.find(tokens, candidates);
		names.find(tokens, candidates);
		List<EntityMention> result = new ArrayList<>();
		for (Candidate c : Overlaps.resolve(candidates)) {
			result.add(new EntityMention(tokens.begin[c.first()], tokens.end[c.last() - 1], c.label(),
					Math.round(c.confidence() * 100) / 100.0));
		}
		return result;
	}

	/** Segments a text with the shared {@link Segmenter} and finds its mentions. */
	public List<EntityMention> find(String text) {
		return find(Segmenter.get().segment(text));
	}
}
