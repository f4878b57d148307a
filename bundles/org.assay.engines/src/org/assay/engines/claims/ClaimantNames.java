/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.engines.claims;

import java.util.List;

import org.assay.engines.entities.EntityMention;

/**
 * Whom a claimant link goes to when the claimant is a name with its description, as the standard schema wants
 * the name itself ("Claire Duval", not "Claire Duval, the authority's chair").
 */
public final class ClaimantNames {

	private ClaimantNames() {
	}

	/**
	 * The name a described claimant stands for, which the claimant link goes to as the standard schema wants:
	 * the one person named in it ("Claire Duval, the authority's chair", "India's commerce secretary, Vikram
	 * Nair", "leader Amira Sheikh"), else a name that opens it before its description ("Skyline Connect, the
	 * regional airline"), else a person named right after it ("the city engineer, Ruth Ames."); null when the claimant is no name with a description (a description alone, or two
	 * people).
	 */
	public static EntityMention of(String text, Claim c, List<EntityMention> entities) {
		if (!c.hasSource()) {
			return null;
		}
		EntityMention person = null;
		int persons = 0;
		EntityMention opening = null;
		for (EntityMention m : entities) {
			if (m.begin() < c.sourceBegin() || m.end() > c.sourceEnd()) {
				continue;
			}
			if (m.begin() == c.sourceBegin() && m.end() == c.sourceEnd()) {
				return m;
			}
			if (m.isPerson()) {
				person = m;
				persons++;
			}
			if (m.begin() == c.sourceBegin() && describedAfter(text, m.end(), c.sourceEnd())) {
				opening = m;
			}
		}
		if (persons == 1) {
			return person;
		}
		return persons == 0 && opening == null ? namedAfter(text, c, entities) : persons == 0 ? opening : null;
	}

	/** The person a description is followed by, set off by a comma ("the city engineer, Ruth Ames."), or null. */
	private static EntityMention namedAfter(String text, Claim c, List<EntityMention> entities) {
		int at = c.sourceEnd();
		if (at + 2 > text.length() || text.charAt(at) != ',' || text.charAt(at + 1) != ' ') {
			return null;
		}
		for (EntityMention m : entities) {
			if (m.begin() == at + 2 && m.isPerson()
					&& (m.end() == text.length() || ".,;".indexOf(text.charAt(m.end())) >= 0)) {
				return m;
			}
		}
		return null;
	}

	/** Whether a name is followed by its description: ", …", " of …", " who …". */
	private static boolean describedAfter(String text, int at, int end) {
		if (at >= end) {
			return false;
		}
		if (text.charAt(at) == ',') {
			return true;
		}
		int next = ProposedCue.skipBlanks(text, at, end);
		String word = next > at ? ProposedExtents.wordAt(text, next, end) : "";
		return word.equals("of") || word.equals("who") || word.equals("which");
	}
}
