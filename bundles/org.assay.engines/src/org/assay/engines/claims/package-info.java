/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * Finds claims — attributed statements — in news text: the content of what was said or thought, the cue
 * that attributes it ("said", "according to", "believes") and the claimant, in the Source/Cue/Content
 * structure of the PolNeAR corpus. {@link org.assay.engines.claims.ClaimFinder} is the default engine: hand-
 * written rules over a {@link org.assay.text.Segmentation}, no training needed. A sequence tagger's
 * SOURCE/CUE/CONTENT spans become claims with {@link org.assay.engines.claims.ClaimAssembler} (training labels
 * come from {@link org.assay.engines.claims.ClaimTagging}), or lend their cues to the rules.
 * {@link org.assay.engines.claims.ClaimEvaluation} scores claims against reference attributions. Plain Java:
 * no Eclipse, no UIMA.
 */
package org.assay.engines.claims;
