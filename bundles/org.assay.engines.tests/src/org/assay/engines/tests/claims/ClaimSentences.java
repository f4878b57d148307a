/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.engines.tests.claims;

import java.util.List;

import org.assay.engines.claims.Claim;
import org.assay.engines.claims.ClaimFinder;
import org.assay.text.Segmenter;

/** The claim rules on one made-up text, and the words of a claim's parts, for the claim tests. */
final class ClaimSentences {

	private ClaimSentences() {
	}

	static List<Claim> find(String text) {
		return new ClaimFinder().find(Segmenter.get().segment(text));
	}

	static String content(String text, Claim claim) {
		return text.substring(claim.contentBegin(), claim.contentEnd());
	}

	static String cue(String text, Claim claim) {
		return text.substring(claim.cueBegin(), claim.cueEnd());
	}

	/** The claimant as written, or "" when the claim has none. */
	static String source(String text, Claim claim) {
		return claim.hasSource() ? text.substring(claim.sourceBegin(), claim.sourceEnd()) : "";
	}
}
