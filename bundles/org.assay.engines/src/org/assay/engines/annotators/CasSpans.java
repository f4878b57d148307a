/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.engines.annotators;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.FeatureStructure;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.text.AnnotationFS;
import org.assay.uima.types.AssayTypes;

/** Writes engine output into a CAS as {@code org.assay.type.Span} and {@code Link}. */
final class CasSpans {

	private CasSpans() {
	}

	static AnnotationFS add(CAS cas, int begin, int end, String layer, String label, double confidence) {
		Type span = cas.getTypeSystem().getType(AssayTypes.SPAN);
		AnnotationFS fs = cas.createAnnotation(span, begin, end);
		fs.setStringValue(span.getFeatureByBaseName(AssayTypes.F_LAYER), layer);
		fs.setStringValue(span.getFeatureByBaseName(AssayTypes.F_LABEL), label);
		fs.setDoubleValue(span.getFeatureByBaseName(AssayTypes.F_CONFIDENCE), confidence);
		cas.addFsToIndexes(fs);
		return fs;
	}

	/**
	 * A span of several parts (a quotation interrupted by its attribution): its extent from the first part's
	 * begin to the last's end, its parts as fragments; a span of one part is an ordinary span.
	 */
	static AnnotationFS add(CAS cas, java.util.List<int[]> parts, String layer, String label, double confidence) {
		AnnotationFS fs = add(cas, parts.get(0)[0], parts.get(parts.size() - 1)[1], layer, label, confidence);
		if (parts.size() > 1) {
			Type fragment = cas.getTypeSystem().getType(AssayTypes.FRAGMENT);
			var array = cas.createArrayFS(parts.size());
			for (int i = 0; i < parts.size(); i++) {
				AnnotationFS part = cas.createAnnotation(fragment, parts.get(i)[0], parts.get(i)[1]);
				cas.addFsToIndexes(part);
				array.set(i, part);
			}
			fs.setFeatureValue(fs.getType().getFeatureByBaseName(AssayTypes.F_FRAGMENTS), array);
		}
		return fs;
	}

	static void feature(CAS cas, AnnotationFS fs, String name, String value) {
		var f = fs.getType().getFeatureByBaseName(AssayTypes.F_FEATURES);
		var array = cas.createStringArrayFS(1);
		array.set(0, name + "=" + value);
		fs.setFeatureValue(f, array);
	}

	static void link(CAS cas, AnnotationFS from, AnnotationFS to, String role, double confidence) {
		Type link = cas.getTypeSystem().getType(AssayTypes.LINK);
		FeatureStructure fs = cas.createFS(link);
		fs.setStringValue(link.getFeatureByBaseName(AssayTypes.F_ROLE), role);
		fs.setFeatureValue(link.getFeatureByBaseName(AssayTypes.F_SOURCE), from);
		fs.setFeatureValue(link.getFeatureByBaseName(AssayTypes.F_TARGET), to);
		fs.setDoubleValue(link.getFeatureByBaseName(AssayTypes.F_CONFIDENCE), confidence);
		cas.addFsToIndexes(fs);
	}
}
