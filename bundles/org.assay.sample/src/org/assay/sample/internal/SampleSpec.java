/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.sample.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

import org.assay.model.AnnotationSet;
import org.assay.model.AnnotationStatus;
import org.assay.model.AssayFactory;
import org.assay.model.Document;
import org.assay.model.Label;
import org.assay.model.LabelSchema;
import org.assay.model.Link;
import org.assay.model.Origin;
import org.assay.model.Provenance;
import org.assay.model.Span;
import org.assay.model.support.Links;
import org.assay.model.support.Schemas;
import org.assay.model.support.Spans;
import org.assay.model.support.StandardSchema;

/**
 * The annotations of a sample article, written by hand in a compact form and placed by searching the text:
 *
 * <pre>
 * title: ...            date: YYYY-MM-DD          source: ...
 * E LABEL surface | surface ...           every whole-word mention, longest first
 * C type | content | claimant | cue       content fragments joined by " … "; claimant "pronoun=Referent"
 * </pre>
 */
public final class SampleSpec {

	private static final String AUTHOR = "assay-sample";
	private static final String GAP = " \u2026 ";

	private final String name;
	private String title;
	private String date;
	private String source;
	private final List<String[]> entities = new ArrayList<>();
	private final List<String[]> claims = new ArrayList<>();
	private final List<Integer> claimLines = new ArrayList<>();

	private SampleSpec(String name) {
		this.name = name;
	}

	public static SampleSpec parse(String name, String content) {
		SampleSpec spec = new SampleSpec(name);
		int lineNo = 0;
		for (String line : content.lines().toList()) {
			lineNo++;
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			if (line.startsWith("title:")) {
				spec.title = line.substring(6).strip();
			} else if (line.startsWith("date:")) {
				spec.date = line.substring(5).strip();
			} else if (line.startsWith("source:")) {
				spec.source = line.substring(7).strip();
			} else if (line.startsWith("E ")) {
				String rest = line.substring(2);
				int space = rest.indexOf(' ');
				String label = rest.substring(0, space);
				for (String surface : rest.substring(space + 1).split("\\|")) {
					spec.entities.add(new String[] { label, surface.strip() });
				}
			} else if (line.startsWith("C ")) {
				String[] parts = line.substring(2).split("\\|");
				if (parts.length != 4) {
					throw new IllegalStateException(name + ":" + lineNo + ": a claim needs type | content | claimant | cue");
				}
				for (int i = 0; i < parts.length; i++) {
					parts[i] = parts[i].strip();
				}
				spec.claims.add(parts);
				spec.claimLines.add(lineNo);
			} else {
				throw new IllegalStateException(name + ":" + lineNo + ": cannot read '" + line + "'");
			}
		}
		return spec;
	}

	public String title() {
		return title;
	}

	public String date() {
		return date;
	}

	public String source() {
		return source;
	}

	/** Adds the spec's annotations to a set of the document it describes. */
	public void annotate(AnnotationSet set, LabelSchema schema) {
		String text = ((Document) set.eContainer()).getText();
		Date created = Date.from(LocalDate.parse(date).atStartOfDay(ZoneOffset.UTC).toInstant());
		List<Span> entitySpans = new ArrayList<>();
		List<String[]> byLength = new ArrayList<>(entities);
		byLength.sort(Comparator.comparingInt((String[] e) -> -e[1].length()));
		for (String[] e : byLength) {
			Label label = label(schema, StandardSchema.ENTITY, e[0]);
			List<Integer> found = wholeWords(text, e[1]);
			if (found.isEmpty()) {
				throw new IllegalStateException(name + ": '" + e[1] + "' is not in the text");
			}
			for (int at : found) {
				Span span = Spans.create(label, at, at + e[1].length());
				if (entitySpans.stream().noneMatch(s -> Spans.overlaps(s, span))) {
					entitySpans.add(span);
				}
			}
		}
		entitySpans.sort(Comparator.comparingInt(Spans::begin));
		for (Span s : entitySpans) {
			add(set, s, created);
		}
		for (int i = 0; i < claims.size(); i++) {
			addClaim(set, schema, text, claims.get(i), claimLines.get(i), entitySpans, created);
		}
	}

	private void addClaim(AnnotationSet set, LabelSchema schema, String text, String[] c, int line,
			List<Span> entitySpans, Date created) {
		String where = name + ":" + line + ": ";
		Span claim = AssayFactory.eINSTANCE.createSpan();
		claim.setLabel(label(schema, StandardSchema.CLAIM, StandardSchema.CLAIM_CONTENT));
		int from = 0;
		for (String piece : c[1].split(GAP)) {
			int at = text.indexOf(piece, from);
			if (at < 0) {
				throw new IllegalStateException(where + "claim text '" + piece + "' is not in the text");
			}
			claim.getFragments().add(Spans.fragment(at, at + piece.length()));
			from = at + piece.length();
		}
		claim.getFeatures().put(StandardSchema.FEATURE_CLAIM_TYPE, c[0]);
		add(set, claim, created);

		String claimantText = c[2];
		String referent = null;
		int eq = claimantText.indexOf('=');
		if (eq > 0) {
			referent = claimantText.substring(eq + 1);
			claimantText = claimantText.substring(0, eq);
		}
		int at = nearest(text, claimantText, claim, where);
		Span claimant = entityAt(entitySpans, at, at + claimantText.length());
		if (claimant == null) {
			claimant = Spans.create(label(schema, StandardSchema.CLAIM, StandardSchema.CLAIM_SOURCE), at,
					at + claimantText.length());
			add(set, claimant, created);
			if (referent != null) {
				int ref = text.lastIndexOf(referent, at);
				Span entity = ref < 0 ? null : entityAt(entitySpans, ref, ref + referent.length());
				if (entity == null) {
					throw new IllegalStateException(where + "'" + referent + "' is not an entity before '" + claimantText + "'");
				}
				link(set, StandardSchema.ROLE_REFERS_TO, claimant, entity, created);
			}
		}
		link(set, StandardSchema.ROLE_CLAIMANT, claim, claimant, created);
		int cueAt = nearest(text, c[3], claim, where);
		Span cue = Spans.create(label(schema, StandardSchema.CLAIM, StandardSchema.CLAIM_CUE), cueAt,
				cueAt + c[3].length());
		add(set, cue, created);
		link(set, StandardSchema.ROLE_CUE, claim, cue, created);
	}

	private static Span entityAt(List<Span> spans, int begin, int end) {
		for (Span s : spans) {
			if (Spans.begin(s) == begin && Spans.end(s) == end) {
				return s;
			}
		}
		return null;
	}

	/** The occurrence of a string closest to the claim, outside it. */
	private static int nearest(String text, String s, Span claim, String where) {
		int begin = Spans.begin(claim);
		int end = Spans.end(claim);
		int best = -1;
		int bestDistance = Integer.MAX_VALUE;
		for (int at : wholeWords(text, s)) {
			int stop = at + s.length();
			boolean inside = claim.getFragments().stream().anyMatch(f -> at < f.getEnd() && f.getBegin() < stop);
			if (inside) {
				continue;
			}
			int distance = stop <= begin ? begin - stop : at >= end ? at - end : 0;
			if (distance < bestDistance) {
				best = at;
				bestDistance = distance;
			}
		}
		if (best < 0) {
			throw new IllegalStateException(where + "'" + s + "' is not in the text outside the claim");
		}
		return best;
	}

	private static List<Integer> wholeWords(String text, String s) {
		List<Integer> found = new ArrayList<>();
		for (int at = text.indexOf(s); at >= 0; at = text.indexOf(s, at + 1)) {
			boolean startOk = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
			int stop = at + s.length();
			boolean endOk = stop == text.length() || !Character.isLetterOrDigit(text.charAt(stop));
			if (startOk && endOk) {
				found.add(at);
			}
		}
		return found;
	}

	private Label label(LabelSchema schema, String layer, String label) {
		Label l = Schemas.label(schema, layer, label);
		if (l == null) {
			throw new IllegalStateException(name + ": no label " + layer + "/" + label + " in the schema");
		}
		return l;
	}

	private static void add(AnnotationSet set, Span span, Date created) {
		span.setStatus(AnnotationStatus.ACCEPTED);
		span.setProvenance(provenance(created));
		set.getAnnotations().add(span);
	}

	private static void link(AnnotationSet set, String role, Span from, Span to, Date created) {
		Link link = Links.create(role, from, to, AnnotationStatus.ACCEPTED);
		link.setProvenance(provenance(created));
		set.getAnnotations().add(link);
	}

	private static Provenance provenance(Date created) {
		Provenance p = AssayFactory.eINSTANCE.createProvenance();
		p.setOrigin(Origin.ANNOTATOR);
		p.setAuthor(AUTHOR);
		p.setCreated(created);
		return p;
	}
}
