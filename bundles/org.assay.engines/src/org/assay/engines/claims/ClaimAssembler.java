/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.engines.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.assay.engines.entities.EntityMention;
import org.assay.engines.learn.Mention;
import org.assay.text.Segmentation;

/**
 * Builds claims from the SOURCE, CUE and CONTENT spans a sequence tagger found. Every cue becomes a claim;
 * each content span goes to the nearest cue within a window of sentences (so a quotation that runs on after
 * "he said" stays with it), each source span to the nearest cue of its own sentence. A cue left without
 * content makes no claim, nor does content without a cue. Pronoun claimants are then resolved as in the
 * rule engine.
 */
public final class ClaimAssembler {

	/** How many sentences away from its cue a content span may be. */
	private final int window;

	public ClaimAssembler() {
		this(1);
	}

	public ClaimAssembler(int window) {
		this.window = window;
	}

	/** Claims from tagged spans (any order) over a segmentation; entity mentions help resolve pronouns. */
	public List<Claim> assemble(Segmentation segmentation, List<Mention> spans, List<EntityMention> entities) {
		List<Mention> cues = new ArrayList<>();
		for (Mention span : spans) {
			if (ClaimTagging.CUE.equals(span.type())) {
				cues.add(span);
			}
		}
		cues.sort(Comparator.comparingInt((Mention c) -> global(segmentation, c, true)));
		int[][] content = new int[cues.size()][];
		int[][] source = new int[cues.size()][];
		double[] confidence = new double[cues.size()];
		int[] parts = new int[cues.size()];
		for (int k = 0; k < cues.size(); k++) {
			confidence[k] = cues.get(k).confidence();
			parts[k] = 1;
		}
		for (Mention span : spans) {
			boolean isContent = ClaimTagging.CONTENT.equals(span.type());
			if (!isContent && !ClaimTagging.SOURCE.equals(span.type())) {
				continue;
			}
			int k = nearestCue(segmentation, cues, span, isContent ? window : 0);
			if (k < 0) {
				continue;
			}
			int begin = segmentation.tokenBegins()[global(segmentation, span, true)];
			int end = segmentation.tokenEnds()[global(segmentation, span, false) - 1];
			int[][] target = isContent ? content : source;
			target[k] = target[k] == null ? new int[] { begin, end }
					: new int[] { Math.min(begin, target[k][0]), Math.max(end, target[k][1]) };
			confidence[k] += span.confidence();
			parts[k]++;
		}
		List<Claim> claims = new ArrayList<>();
		for (int k = 0; k < cues.size(); k++) {
			if (content[k] == null) {
				continue;
			}
			Mention cue = cues.get(k);
			int cueBegin = segmentation.tokenBegins()[global(segmentation, cue, true)];
			int cueEnd = segmentation.tokenEnds()[global(segmentation, cue, false) - 1];
			claims.add(new Claim(content[k][0], content[k][1], cueBegin, cueEnd,
					source[k] == null ? Claim.NONE : source[k][0], source[k] == null ? Claim.NONE : source[k][1],
					Claim.NONE, Claim.NONE, ContentRules.typeOf(segmentation.text(), content[k][0], content[k][1]),
					confidence[k] / parts[k]));
		}
		ClaimText text = new ClaimText(segmentation, entities);
		return PronounResolver.resolve(text, claims);
	}

	/** The cue nearest to a span, in tokens, no more than maxSentences away; -1 when none. */
	private static int nearestCue(Segmentation segmentation, List<Mention> cues, Mention span,
			int maxSentences) {
		int best = -1;
		long bestDistance = Long.MAX_VALUE;
		int begin = global(segmentation, span, true);
		int end = global(segmentation, span, false);
		for (int k = 0; k < cues.size(); k++) {
			Mention cue = cues.get(k);
			int sentences = Math.abs(cue.sentence() - span.sentence());
			if (sentences > maxSentences) {
				continue;
			}
			int cueBegin = global(segmentation, cue, true);
			int cueEnd = global(segmentation, cue, false);
			long distance = cueEnd <= begin ? begin - cueEnd : cueBegin >= end ? cueBegin - end : 0;
			distance += sentences * 1000L;
			if (distance < bestDistance) {
				bestDistance = distance;
				best = k;
			}
		}
		return best;
	}

	/** A span's first token (or the token after its last) as an index into the whole text. */
	private static int global(Segmentation segmentation, Mention span, boolean start) {
		return segmentation.sentenceStarts()[span.sentence()] + (start ? span.start() : span.end());
	}
}
