/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.uima.types;

import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.CAS;
import org.apache.uima.resource.metadata.TypeDescription;
import org.apache.uima.resource.metadata.TypeSystemDescription;

/**
 * Assay's UIMA type system. It is independent of any one schema so that nothing is lost between a CAS and
 * an annotation set: a span carries its layer and label as strings, with its status, features and
 * provenance; a link joins two annotations in a role. Engines add tokens and sentences for each other.
 * <p>
 * Eclipse-free: engines and formats use it without OSGi.
 */
public final class AssayTypes {

	public static final String NS = "org.assay.type.";
	public static final String SPAN = NS + "Span";
	public static final String FRAGMENT = NS + "Fragment";
	public static final String DOCUMENT_LABEL = NS + "DocumentLabel";
	public static final String LINK = NS + "Link";
	public static final String TOKEN = NS + "Token";
	public static final String SENTENCE = NS + "Sentence";

	public static final String F_ID = "assayId";
	public static final String F_POS = "pos";
	public static final String F_CHUNK = "chunk";
	public static final String F_LAYER = "layer";
	public static final String F_LABEL = "label";
	public static final String F_STATUS = "status";
	public static final String F_FEATURES = "features";
	public static final String F_FRAGMENTS = "fragments";
	public static final String F_ROLE = "role";
	public static final String F_SOURCE = "source";
	public static final String F_TARGET = "target";
	public static final String F_ORIGIN = "origin";
	public static final String F_ENGINE = "engine";
	public static final String F_ENGINE_VERSION = "engineVersion";
	public static final String F_CONFIDENCE = "confidence";
	public static final String F_AUTHOR = "author";
	public static final String F_CREATED = "created";
	public static final String F_DECIDED_BY = "decidedBy";
	public static final String F_DECIDED = "decided";
	public static final String F_SOURCE_SET = "sourceSet";
	public static final String F_SOURCE_ID = "sourceId";
	public static final String F_PROPOSED_LABEL = "proposedLabel";
	public static final String F_PROPOSED_FRAGMENTS = "proposedFragments";

	private static volatile TypeSystemDescription description;

	private AssayTypes() {
	}

	/** The type system; one shared description, which callers must not change. */
	public static TypeSystemDescription description() {
		TypeSystemDescription result = description;
		if (result == null) {
			result = build();
			description = result;
		}
		return result;
	}

	private static TypeSystemDescription build() {
		TypeSystemDescription tsd = UIMAFramework.getResourceSpecifierFactory().createTypeSystemDescription();
		tsd.setName("Assay");
		tsd.setDescription("Assay's annotations: spans, document labels and links of an annotation set, "
				+ "with their provenance; tokens and sentences for engines.");
		TypeDescription token = tsd.addType(TOKEN, "A token, as the segmenter found it or as a document keeps it.",
				CAS.TYPE_NAME_ANNOTATION);
		token.addFeature(F_POS, "Its part-of-speech tag, if the document has one (as imported from CoNLL).",
				CAS.TYPE_NAME_STRING);
		token.addFeature(F_CHUNK, "Its chunk tag, if the document has one (as imported from CoNLL).",
				CAS.TYPE_NAME_STRING);
		tsd.addType(SENTENCE, "A sentence; no sentence crosses a line break.", CAS.TYPE_NAME_ANNOTATION);
		tsd.addType(FRAGMENT, "One part of a discontinuous span.", CAS.TYPE_NAME_ANNOTATION);
		TypeDescription span = tsd.addType(SPAN, "A span; begin and end give its whole extent.",
				CAS.TYPE_NAME_ANNOTATION);
		common(span);
		span.addFeature(F_FRAGMENTS, "The parts of a discontinuous span, in text order; empty when continuous.",
				CAS.TYPE_NAME_FS_ARRAY, FRAGMENT, false);
		TypeDescription label = tsd.addType(DOCUMENT_LABEL, "A label of the whole document.",
				CAS.TYPE_NAME_ANNOTATION);
		common(label);
		TypeDescription link = tsd.addType(LINK, "A link between two annotations in a role.", CAS.TYPE_NAME_TOP);
		link.addFeature(F_ID, "The annotation's id in its Assay set.", CAS.TYPE_NAME_STRING);
		link.addFeature(F_ROLE, "The link's role, for example claimant or cue.", CAS.TYPE_NAME_STRING);
		link.addFeature(F_LAYER, "The layer of the link's label, if it has one.", CAS.TYPE_NAME_STRING);
		link.addFeature(F_LABEL, "The link's label, if it has one.", CAS.TYPE_NAME_STRING);
		link.addFeature(F_SOURCE, "Where the link starts.", CAS.TYPE_NAME_ANNOTATION);
		link.addFeature(F_TARGET, "Where the link points.", CAS.TYPE_NAME_ANNOTATION);
		link.addFeature(F_STATUS, "proposed, accepted, rejected or corrected.", CAS.TYPE_NAME_STRING);
		provenance(link);
		return tsd;
	}

	private static void common(TypeDescription type) {
		type.addFeature(F_ID, "The annotation's id in its Assay set.", CAS.TYPE_NAME_STRING);
		type.addFeature(F_LAYER, "The layer of the project's schema, for example entity.", CAS.TYPE_NAME_STRING);
		type.addFeature(F_LABEL, "The label, for example PERSON.", CAS.TYPE_NAME_STRING);
		type.addFeature(F_STATUS, "proposed, accepted, rejected or corrected.", CAS.TYPE_NAME_STRING);
		type.addFeature(F_FEATURES, "The annotation's features as name=value.", CAS.TYPE_NAME_STRING_ARRAY);
		provenance(type);
	}

	private static void provenance(TypeDescription type) {
		type.addFeature(F_ORIGIN, "annotator, engine or import.", CAS.TYPE_NAME_STRING);
		type.addFeature(F_ENGINE, "The engine that proposed it, if any.", CAS.TYPE_NAME_STRING);
		type.addFeature(F_ENGINE_VERSION, "The version of that engine.", CAS.TYPE_NAME_STRING);
		type.addFeature(F_CONFIDENCE, "The engine's confidence in [0,1]; NaN when none.", CAS.TYPE_NAME_DOUBLE);
		type.addFeature(F_AUTHOR, "Who created it.", CAS.TYPE_NAME_STRING);
		type.addFeature(F_CREATED, "When it was created, ISO-8601.", CAS.TYPE_NAME_STRING);
		type.addFeature(F_DECIDED_BY, "Who accepted, rejected or corrected it.", CAS.TYPE_NAME_STRING);
		type.addFeature(F_DECIDED, "When, ISO-8601.", CAS.TYPE_NAME_STRING);
		type.addFeature(F_SOURCE_SET, "The set it was proposed in.", CAS.TYPE_NAME_STRING);
		type.addFeature(F_SOURCE_ID, "Its id in that set.", CAS.TYPE_NAME_STRING);
		type.addFeature(F_PROPOSED_LABEL, "The label as proposed, before a correction.", CAS.TYPE_NAME_STRING);
		type.addFeature(F_PROPOSED_FRAGMENTS, "The extent as proposed: begin, end pairs.",
				CAS.TYPE_NAME_INTEGER_ARRAY);
	}
}
