/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.uima;

import static org.assay.uima.types.AssayTypes.*;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.FeatureStructure;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.jcas.cas.FSArray;
import org.apache.uima.jcas.cas.IntegerArray;
import org.apache.uima.jcas.cas.StringArray;
import org.assay.model.Annotation;
import org.assay.model.AnnotationStatus;
import org.assay.model.AssayFactory;
import org.assay.model.Document;
import org.assay.model.DocumentLabel;
import org.assay.model.Fragment;
import org.assay.model.Label;
import org.assay.model.Link;
import org.assay.model.Origin;
import org.assay.model.Proposal;
import org.assay.model.Provenance;
import org.assay.model.Span;
import org.assay.model.support.Spans;
import org.assay.model.support.TokenTable;

/**
 * Moves annotations between Assay's EMF model and a CAS of {@link org.assay.uima.types.AssayTypes}: a
 * document's text with the annotations of one set go in, and what an engine left in the CAS comes out as
 * new annotations with their provenance. Every span, fragment, feature, link and provenance field survives
 * the round trip.
 */
public final class CasBridge {

	private CasBridge() {
	}

	/**
	 * Resets the CAS and fills it with the document's text, its own tokens and sentences if it keeps them (as a
	 * CoNLL import does, with their POS and chunk tags), and, if given, the annotations of a set. Engines then
	 * work on the document's tokens rather than on a segmentation of their own.
	 */
	public static void toCas(Document document, Iterable<? extends Annotation> annotations, CAS cas) {
		cas.reset();
		cas.setDocumentText(document.getText());
		cas.setDocumentLanguage(document.getLanguage() == null ? "en" : document.getLanguage());
		if (document.getTokens() != null) {
			addTokens(cas, document.getTokens());
		}
		if (annotations == null) {
			return;
		}
		CasTypes t = new CasTypes(cas);
		Map<Annotation, AnnotationFS> made = new HashMap<>();
		for (Annotation a : annotations) {
			AnnotationFS fs;
			if (a instanceof Span s) {
				fs = cas.createAnnotation(t.span, Spans.begin(s), Spans.end(s));
				if (s.getFragments().size() > 1) {
					FSArray<AnnotationFS> parts = new FSArray<>(cas.getJCasImpl(), s.getFragments().size());
					int i = 0;
					for (Fragment f : s.getFragments()) {
						AnnotationFS part = cas.createAnnotation(t.fragment, f.getBegin(), f.getEnd());
						cas.addFsToIndexes(part);
						parts.set(i++, part);
					}
					fs.setFeatureValue(t.of(t.span).fragments, parts);
				}
			} else if (a instanceof DocumentLabel) {
				fs = cas.createAnnotation(t.documentLabel, 0, document.getText().length());
			} else {
				continue;
			}
			Features f = t.of(fs.getType());
			set(fs, f.layer, a.getLabel().getLayer().getName());
			set(fs, f.label, a.getLabel().getName());
			if (!a.getFeatures().isEmpty()) {
				StringArray values = new StringArray(cas.getJCasImpl(), a.getFeatures().size());
				int i = 0;
				for (Map.Entry<String, String> e : a.getFeatures()) {
					values.set(i++, e.getKey() + "=" + (e.getValue() == null ? "" : e.getValue()));
				}
				fs.setFeatureValue(f.features, values);
			}
			common(cas, fs, f, a);
			cas.addFsToIndexes(fs);
			made.put(a, fs);
		}
		for (Annotation a : annotations) {
			if (a instanceof Link l && made.containsKey(l.getSource()) && made.containsKey(l.getTarget())) {
				FeatureStructure fs = cas.createFS(t.link);
				Features f = t.of(t.link);
				set(fs, f.role, l.getRole());
				if (l.getLabel() != null) {
					set(fs, f.layer, l.getLabel().getLayer().getName());
					set(fs, f.label, l.getLabel().getName());
				}
				fs.setFeatureValue(f.source, made.get(l.getSource()));
				fs.setFeatureValue(f.target, made.get(l.getTarget()));
				common(cas, fs, f, a);
				cas.addFsToIndexes(fs);
			}
		}
	}

	/**
	 * The spans, document labels and links in a CAS, as new annotations labelled through the mapping.
	 * Annotations whose label does not map are left out and counted in the result, with the links that
	 * touch them.
	 */
	public static FromCas fromCas(CAS cas, LabelMapping mapping) {
		CasTypes t = new CasTypes(cas);
		List<Annotation> annotations = new ArrayList<>();
		Map<FeatureStructure, Annotation> made = new HashMap<>();
		Map<String, Integer> unmapped = new HashMap<>();
		List<AnnotationFS> found = new ArrayList<>();
		cas.getAnnotationIndex(t.span).forEach(found::add); // only Assay's types: tokens are many and not wanted
		if (t.documentLabel != null) {
			cas.getAnnotationIndex(t.documentLabel).forEach(found::add);
		}
		for (AnnotationFS fs : found) {
			Type type = fs.getType();
			Features f = t.of(type);
			boolean span = type.equals(t.span);
			String layer = string(fs, f.layer);
			String labelName = string(fs, f.label);
			Label label = mapping.resolve(layer, labelName);
			if (label == null) {
				unmapped.merge(layer + "/" + labelName, 1, Integer::sum);
				continue;
			}
			Annotation a;
			if (span) {
				Span s = AssayFactory.eINSTANCE.createSpan();
				if (f.fragments != null && fs.getFeatureValue(f.fragments) instanceof FSArray<?> parts
						&& parts.size() > 0) {
					for (int i = 0; i < parts.size(); i++) {
						AnnotationFS part = (AnnotationFS) parts.get(i);
						s.getFragments().add(Spans.fragment(part.getBegin(), part.getEnd()));
					}
				} else {
					s.getFragments().add(Spans.fragment(fs.getBegin(), fs.getEnd()));
				}
				a = s;
			} else {
				a = AssayFactory.eINSTANCE.createDocumentLabel();
			}
			a.setLabel(label);
			if (f.features != null && fs.getFeatureValue(f.features) instanceof StringArray values) {
				for (String kv : values.toArray()) {
					int eq = kv.indexOf('=');
					a.getFeatures().put(eq < 0 ? kv : kv.substring(0, eq), eq < 0 ? "" : kv.substring(eq + 1));
				}
			}
			common(fs, f, a, mapping);
			annotations.add(a);
			made.put(fs, a);
		}
		int droppedLinks = 0;
		List<Link> links = new ArrayList<>();
		for (var it = cas.getIndexRepository().getAllIndexedFS(t.link); it.hasNext();) {
			FeatureStructure fs = it.next();
			Features f = t.of(fs.getType());
			Annotation from = made.get(fs.getFeatureValue(f.source));
			Annotation to = made.get(fs.getFeatureValue(f.target));
			String role = string(fs, f.role);
			if (from == null || to == null || role == null) {
				droppedLinks++;
				continue;
			}
			Link link = AssayFactory.eINSTANCE.createLink();
			link.setRole(role);
			link.setLabel(mapping.resolve(string(fs, f.layer), string(fs, f.label)));
			link.setSource(from);
			link.setTarget(to);
			common(fs, f, link, mapping);
			links.add(link);
		}
		// The links in the order of what they join, not in the CAS's: its index of links is a bag whose order
		// depends on what that CAS held before, so the same document run on another thread (or after other
		// documents) would list the same links in another order, and a rerun would rewrite the set file.
		Map<Annotation, Integer> at = new IdentityHashMap<>();
		for (int i = 0; i < annotations.size(); i++) {
			at.put(annotations.get(i), i);
		}
		links.sort(Comparator.comparingInt((Link l) -> at.get(l.getSource()))
				.thenComparingInt(l -> at.get(l.getTarget())).thenComparing(Link::getRole));
		annotations.addAll(links);
		return new FromCas(annotations, unmapped, droppedLinks);
	}

	/**
	 * What {@link #fromCas} found.
	 *
	 * @param annotations   the annotations in text order, then the links in the order of the annotations they join
	 * @param unmapped      labels ("layer/label") the schema lacks, with how often each was left out
	 * @param droppedLinks  links left out because an end was left out or the role was missing
	 */
	public record FromCas(List<Annotation> annotations, Map<String, Integer> unmapped, int droppedLinks) {
	}

	private static void common(CAS cas, FeatureStructure fs, Features f, Annotation a) {
		set(fs, f.id, a.getId());
		set(fs, f.status, a.getStatus().getLiteral());
		Provenance p = a.getProvenance();
		if (p == null) {
			return;
		}
		set(fs, f.origin, p.getOrigin() == null ? null : p.getOrigin().getLiteral());
		set(fs, f.engine, p.getEngineId());
		set(fs, f.engineVersion, p.getEngineVersion());
		fs.setDoubleValue(f.confidence, p.isSetConfidence() ? p.getConfidence() : Double.NaN);
		set(fs, f.author, p.getAuthor());
		set(fs, f.created, Instants.format(p.getCreated()));
		set(fs, f.decidedBy, p.getDecidedBy());
		set(fs, f.decided, Instants.format(p.getDecided()));
		set(fs, f.sourceSet, p.getSourceSet());
		set(fs, f.sourceId, p.getSourceId());
		Proposal proposed = p.getProposed();
		if (proposed != null) {
			set(fs, f.proposedLabel, proposed.getLabel() == null ? null : proposed.getLabel().getName());
			IntegerArray extent = new IntegerArray(cas.getJCasImpl(), proposed.getFragments().size() * 2);
			int i = 0;
			for (Fragment fragment : proposed.getFragments()) {
				extent.set(i++, fragment.getBegin());
				extent.set(i++, fragment.getEnd());
			}
			fs.setFeatureValue(f.proposedFragments, extent);
		}
	}

	private static void common(FeatureStructure fs, Features f, Annotation a, LabelMapping mapping) {
		a.setId(string(fs, f.id));
		String status = string(fs, f.status);
		AnnotationStatus s = status == null ? null : AnnotationStatus.get(status);
		a.setStatus(s == null ? AnnotationStatus.PROPOSED : s);
		String origin = string(fs, f.origin);
		String engine = string(fs, f.engine);
		double confidence = f.confidence == null ? Double.NaN : fs.getDoubleValue(f.confidence);
		String author = string(fs, f.author);
		if (origin == null && (confidence == 0 || Double.isNaN(confidence))) {
			// written by an engine without a confidence (UIMA's default is 0), or by toCas without provenance
			confidence = Double.NaN;
			if (engine == null && author == null && string(fs, f.decidedBy) == null) {
				return;
			}
		}
		Provenance p = AssayFactory.eINSTANCE.createProvenance();
		Origin o = origin == null ? null : Origin.get(origin);
		p.setOrigin(o != null ? o : engine != null ? Origin.ENGINE : Origin.ANNOTATOR);
		p.setEngineId(engine);
		p.setEngineVersion(string(fs, f.engineVersion));
		if (!Double.isNaN(confidence)) {
			p.setConfidence(confidence);
		}
		p.setAuthor(author);
		p.setCreated(Instants.parse(string(fs, f.created)));
		p.setDecidedBy(string(fs, f.decidedBy));
		p.setDecided(Instants.parse(string(fs, f.decided)));
		p.setSourceSet(string(fs, f.sourceSet));
		p.setSourceId(string(fs, f.sourceId));
		String proposedLabel = string(fs, f.proposedLabel);
		Object proposedExtent = f.proposedFragments == null ? null : fs.getFeatureValue(f.proposedFragments);
		if (proposedLabel != null || proposedExtent != null) {
			Proposal proposal = AssayFactory.eINSTANCE.createProposal();
			String layer = a.getLabel() == null ? null : a.getLabel().getLayer().getName();
			proposal.setLabel(mapping.resolve(layer, proposedLabel));
			if (proposedExtent instanceof IntegerArray x) {
				for (int i = 0; i + 1 < x.size(); i += 2) {
					proposal.getFragments().add(Spans.fragment(x.get(i), x.get(i + 1)));
				}
			}
			p.setProposed(proposal);
		}
		a.setProvenance(p);
	}

	private static void set(FeatureStructure fs, Feature feature, String value) {
		if (value != null) {
			fs.setStringValue(feature, value);
		}
	}

	private static String string(FeatureStructure fs, Feature feature) {
		return feature == null ? null : fs.getStringValue(feature);
	}

	/** The tokens and sentences, with their POS and chunk tags where the table has them. */
	private static void addTokens(CAS cas, TokenTable tokens) {
		Type token = cas.getTypeSystem().getType(TOKEN);
		Type sentence = cas.getTypeSystem().getType(SENTENCE);
		Feature pos = token.getFeatureByBaseName(F_POS);
		Feature chunk = token.getFeatureByBaseName(F_CHUNK);
		boolean hasPos = tokens.columnNames().contains(F_POS);
		boolean hasChunk = tokens.columnNames().contains(F_CHUNK);
		for (int s = 0; s < tokens.sentenceCount(); s++) {
			int first = tokens.sentenceStart(s);
			int last = tokens.sentenceEnd(s) - 1;
			cas.addFsToIndexes(cas.createAnnotation(sentence, tokens.begin(first), tokens.end(last)));
			for (int t = first; t <= last; t++) {
				AnnotationFS fs = cas.createAnnotation(token, tokens.begin(t), tokens.end(t));
				if (hasPos) {
					fs.setStringValue(pos, tokens.value(F_POS, t));
				}
				if (hasChunk) {
					fs.setStringValue(chunk, tokens.value(F_CHUNK, t));
				}
				cas.addFsToIndexes(fs);
			}
		}
	}

	/** The Assay types of one CAS's type system, with their features. */
	private static final class CasTypes {
		final Type span;
		final Type fragment;
		final Type documentLabel;
		final Type link;
		/** Each type's features, looked up by name once a call rather than once for each value read or written. */
		private final Map<Type, Features> features = new IdentityHashMap<>();

		CasTypes(CAS cas) {
			var ts = cas.getTypeSystem();
			span = ts.getType(SPAN);
			fragment = ts.getType(FRAGMENT);
			documentLabel = ts.getType(DOCUMENT_LABEL);
			link = ts.getType(LINK);
			if (span == null || link == null) {
				throw new IllegalArgumentException("the CAS lacks Assay's types (org.assay.type.*)");
			}
		}

		Features of(Type type) {
			return features.computeIfAbsent(type, Features::new);
		}
	}

	/** The features of Assay's types that one type has; null where it lacks one (a link has no fragments). */
	private static final class Features {
		final Feature id;
		final Feature layer;
		final Feature label;
		final Feature status;
		final Feature features;
		final Feature fragments;
		final Feature role;
		final Feature source;
		final Feature target;
		final Feature origin;
		final Feature engine;
		final Feature engineVersion;
		final Feature confidence;
		final Feature author;
		final Feature created;
		final Feature decidedBy;
		final Feature decided;
		final Feature sourceSet;
		final Feature sourceId;
		final Feature proposedLabel;
		final Feature proposedFragments;

		Features(Type type) {
			id = type.getFeatureByBaseName(F_ID);
			layer = type.getFeatureByBaseName(F_LAYER);
			label = type.getFeatureByBaseName(F_LABEL);
			status = type.getFeatureByBaseName(F_STATUS);
			features = type.getFeatureByBaseName(F_FEATURES);
			fragments = type.getFeatureByBaseName(F_FRAGMENTS);
			role = type.getFeatureByBaseName(F_ROLE);
			source = type.getFeatureByBaseName(F_SOURCE);
			target = type.getFeatureByBaseName(F_TARGET);
			origin = type.getFeatureByBaseName(F_ORIGIN);
			engine = type.getFeatureByBaseName(F_ENGINE);
			engineVersion = type.getFeatureByBaseName(F_ENGINE_VERSION);
			confidence = type.getFeatureByBaseName(F_CONFIDENCE);
			author = type.getFeatureByBaseName(F_AUTHOR);
			created = type.getFeatureByBaseName(F_CREATED);
			decidedBy = type.getFeatureByBaseName(F_DECIDED_BY);
			decided = type.getFeatureByBaseName(F_DECIDED);
			sourceSet = type.getFeatureByBaseName(F_SOURCE_SET);
			sourceId = type.getFeatureByBaseName(F_SOURCE_ID);
			proposedLabel = type.getFeatureByBaseName(F_PROPOSED_LABEL);
			proposedFragments = type.getFeatureByBaseName(F_PROPOSED_FRAGMENTS);
		}
	}

	/** ISO-8601 instants for the provenance dates. */
	private static final class Instants {
		static String format(Date date) {
			return date == null ? null : date.toInstant().toString();
		}

		static Date parse(String s) {
			return s == null ? null : Date.from(java.time.Instant.parse(s));
		}
	}
}
