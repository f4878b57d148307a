/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.engines.annotators;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.fit.component.CasAnnotator_ImplBase;
import org.assay.engines.claims.Claim;
import org.assay.engines.claims.ClaimFinder;
import org.assay.engines.claims.ClaimantNames;
import org.assay.engines.claims.ProposedExtents;
import org.assay.engines.entities.EntityFinder;
import org.assay.engines.entities.EntityMention;
import org.assay.text.Segmentation;

/**
 * Proposes claims from the claim rules ({@link ClaimFinder}): a CLAIM span with its type, drawn as Assay's
 * guidelines draw contents ({@link ProposedExtents}: no quotation marks, an interrupting attribution left out),
 * a CUE span (with its auxiliary, hearer and medium: "had argued", "told reporters", "said in a statement") linked
 * as {@code cue}, and the claimant linked as {@code claimant} — the entity mention itself when the claimant
 * is a name, also one with its description ("Claire Duval, the authority's chair": as the standard schema
 * wants), a SOURCE span otherwise; a pronoun SOURCE also links
 * {@code refersTo} the person it stands for. Entity mentions come from the entity rules.
 */
public class ClaimAnnotator extends CasAnnotator_ImplBase {

	private final ClaimFinder finder = new ClaimFinder();

	@Override
	public void process(CAS cas) throws AnalysisEngineProcessException {
		Segmentation s = CasSegmentation.of(cas);
		List<EntityMention> entities = EntityFinder.get().find(s);
		Map<Long, EntityMention> byExtent = new HashMap<>();
		for (EntityMention m : entities) {
			byExtent.put(key(m.begin(), m.end()), m);
		}
		Map<Long, AnnotationFS> made = new HashMap<>();
		for (Claim c : finder.find(s, entities)) {
			ProposedExtents.Proposed proposed = ProposedExtents.of(s.text(), c);
			AnnotationFS content = CasSpans.add(cas, proposed.content(), "claim", "CLAIM", c.confidence());
			CasSpans.feature(cas, content, "type", c.type().name().toLowerCase(Locale.ROOT));
			AnnotationFS cue = CasSpans.add(cas, proposed.cue()[0], proposed.cue()[1], "claim", "CUE", c.confidence());
			CasSpans.link(cas, content, cue, "cue", c.confidence());
			if (!c.hasSource()) {
				continue;
			}
			// the name itself when the claimant is a name, with or without its description
			EntityMention named = ClaimantNames.of(s.text(), c, entities);
			AnnotationFS source;
			if (named != null) {
				source = made.computeIfAbsent(key(named.begin(), named.end()), k -> CasSpans.add(cas, named.begin(),
						named.end(), "entity", named.label(), named.confidence()));
			} else {
				source = CasSpans.add(cas, c.sourceBegin(), c.sourceEnd(), "claim", "SOURCE", c.confidence());
			}
			CasSpans.link(cas, content, source, "claimant", c.confidence());
			if (named == null && c.hasReferent()) {
				EntityMention person = byExtent.get(key(c.referentBegin(), c.referentEnd()));
				String label = person == null ? "PERSON" : person.label();
				AnnotationFS referent = made.computeIfAbsent(key(c.referentBegin(), c.referentEnd()),
						k -> CasSpans.add(cas, c.referentBegin(), c.referentEnd(), "entity", label, c.confidence()));
				CasSpans.link(cas, source, referent, "refersTo", c.confidence());
			}
		}
	}

	private static long key(int begin, int end) {
		return (long) begin << 32 | end;
	}
}
