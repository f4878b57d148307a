/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.formats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.assay.model.support.StandardSchema;

/**
 * Attribution events as Assay's claims: an event (PolNeAR's {@code Attribution} and
 * {@code Attribution-no-source}, or any brat event) whose arguments are a {@code Content}, a {@code Source}
 * and a {@code Cue} becomes the content as a CLAIM with a {@code claimant} link to the source and a {@code cue}
 * link to the cue (SOURCE and CUE spans of the claim layer); the event's own trigger span, which only
 * repeats the cue, is left out. Everything else is imported as it is. Roles are matched without case.
 */
public final class Attributions {

	private Attributions() {
	}

	public static ImportData asClaims(ImportData data) {
		List<ImportedDocument> documents = new ArrayList<>();
		for (ImportedDocument d : data.documents()) {
			documents.add(asClaims(d));
		}
		return new ImportData(documents);
	}

	static ImportedDocument asClaims(ImportedDocument d) {
		Map<String, Map<String, String>> events = new HashMap<>(); // trigger id -> role -> argument id
		for (ImportedDocument.Link l : d.links()) {
			events.computeIfAbsent(l.from(), k -> new HashMap<>()).putIfAbsent(role(l.role()), l.to());
		}
		Map<String, String> relabel = new HashMap<>();
		Set<String> triggers = new HashSet<>();
		List<ImportedDocument.Link> links = new ArrayList<>();
		int n = 0;
		for (Map.Entry<String, Map<String, String>> e : events.entrySet()) {
			String content = e.getValue().get("content");
			if (content == null) {
				continue;
			}
			triggers.add(e.getKey());
			relabel.put(content, StandardSchema.CLAIM_CONTENT);
			String source = e.getValue().get("source");
			String cue = e.getValue().get("cue");
			int line = lineOf(d, e.getKey());
			if (source != null) {
				relabel.putIfAbsent(source, StandardSchema.CLAIM_SOURCE);
				links.add(new ImportedDocument.Link("claim" + (++n), StandardSchema.ROLE_CLAIMANT, content, source, line));
			}
			if (cue != null) {
				relabel.putIfAbsent(cue, StandardSchema.CLAIM_CUE);
				links.add(new ImportedDocument.Link("claim" + (++n), StandardSchema.ROLE_CUE, content, cue, line));
			}
		}
		if (triggers.isEmpty()) {
			return d;
		}
		List<ImportedDocument.Span> spans = new ArrayList<>();
		for (ImportedDocument.Span s : d.spans()) {
			if (triggers.contains(s.id()) && !relabel.containsKey(s.id())) {
				continue;
			}
			String label = relabel.get(s.id());
			spans.add(label == null ? s
					: new ImportedDocument.Span(s.id(), StandardSchema.CLAIM, label, s.fragments(), s.status(),
							s.features(), s.line()));
		}
		for (ImportedDocument.Link l : d.links()) {
			if (!triggers.contains(l.from())) {
				links.add(l);
			}
		}
		return new ImportedDocument(d.id(), d.title(), d.text(), d.properties(), spans, links, d.file(), d.set(), d.tokens());
	}

	private static String role(String role) {
		String r = role.toLowerCase(java.util.Locale.ROOT);
		int hash = r.indexOf('#');
		return hash >= 0 ? r.substring(0, hash) : r;
	}

	private static int lineOf(ImportedDocument d, String spanId) {
		return d.spans().stream().filter(s -> s.id().equals(spanId)).mapToInt(ImportedDocument.Span::line).findFirst()
				.orElse(-1);
	}
}
