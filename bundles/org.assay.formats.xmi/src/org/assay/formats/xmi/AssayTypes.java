/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.formats.xmi;

import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.CAS;
import org.apache.uima.resource.metadata.TypeDescription;
import org.apache.uima.resource.metadata.TypeSystemDescription;

/**
 * The UIMA types Assay writes, independent of any one schema so that nothing is lost: a span with its layer,
 * label, status, id, fragments and features; a document label; a link with its role, source and target.
 */
final class AssayTypes {

	static final String NS = "org.assay.type.";
	static final String SPAN = NS + "Span";
	static final String FRAGMENT = NS + "Fragment";
	static final String DOCUMENT_LABEL = NS + "DocumentLabel";
	static final String LINK = NS + "Link";

	private AssayTypes() {
	}

	static TypeSystemDescription description() {
		TypeSystemDescription tsd = UIMAFramework.getResourceSpecifierFactory().createTypeSystemDescription();
		tsd.setName("Assay");
		tsd.setDescription("Annotations exported by Assay: spans, document labels and links of an annotation set.");
		tsd.addType(FRAGMENT, "One part of a discontinuous span.", CAS.TYPE_NAME_ANNOTATION);
		TypeDescription span = tsd.addType(SPAN, "A span; begin and end give its whole extent.", CAS.TYPE_NAME_ANNOTATION);
		common(span);
		span.addFeature("fragments", "The parts of a discontinuous span, in text order; empty when continuous.",
				CAS.TYPE_NAME_FS_ARRAY, FRAGMENT, false);
		TypeDescription label = tsd.addType(DOCUMENT_LABEL, "A label of the whole document.", CAS.TYPE_NAME_ANNOTATION);
		common(label);
		TypeDescription link = tsd.addType(LINK, "A link between two annotations in a role.", CAS.TYPE_NAME_TOP);
		link.addFeature("assayId", "The annotation's id in its Assay set.", CAS.TYPE_NAME_STRING);
		link.addFeature("role", "The link's role, for example claimant or cue.", CAS.TYPE_NAME_STRING);
		link.addFeature("status", "proposed, accepted, rejected or corrected.", CAS.TYPE_NAME_STRING);
		link.addFeature("source", "Where the link starts.", CAS.TYPE_NAME_ANNOTATION);
		link.addFeature("target", "Where the link points.", CAS.TYPE_NAME_ANNOTATION);
		return tsd;
	}

	private static void common(TypeDescription type) {
		type.addFeature("assayId", "The annotation's id in its Assay set.", CAS.TYPE_NAME_STRING);
		type.addFeature("layer", "The layer of the project's schema, for example entity.", CAS.TYPE_NAME_STRING);
		type.addFeature("label", "The label, for example PERSON.", CAS.TYPE_NAME_STRING);
		type.addFeature("status", "proposed, accepted, rejected or corrected.", CAS.TYPE_NAME_STRING);
		type.addFeature("features", "The annotation's features as name=value.", CAS.TYPE_NAME_STRING_ARRAY);
		type.addFeature("confidence", "The engine's confidence, if an engine proposed it.", CAS.TYPE_NAME_DOUBLE);
		type.addFeature("engine", "The engine that proposed it, if any.", CAS.TYPE_NAME_STRING);
	}
}
