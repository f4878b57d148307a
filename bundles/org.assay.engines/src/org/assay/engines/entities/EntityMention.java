/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.engines.entities;

/**
 * A named or numeric entity found in a text, by the entity rules or by another engine; the claim rules read
 * these to find claimants and the persons pronouns refer to.
 *
 * @param begin      start offset in the text
 * @param end        end offset (exclusive)
 * @param label      PERSON, ORGANIZATION, LOCATION, NORP, DATE, TIME, MONEY or PERCENT
 * @param confidence how sure the rule that found it is, from 0 to 1: a word list match with supporting
 *                   context scores higher than a guess from capitalisation alone
 */
public record EntityMention(int begin, int end, String label, double confidence) {

	/** A mention known for certain (from a reader or a test), confidence 1. */
	public EntityMention(int begin, int end, String label) {
		this(begin, end, label, 1.0);
	}

	/** Whether it names a person, under Assay's label or CoNLL's. */
	public boolean isPerson() {
		return "PERSON".equalsIgnoreCase(label) || "PER".equalsIgnoreCase(label);
	}
}
