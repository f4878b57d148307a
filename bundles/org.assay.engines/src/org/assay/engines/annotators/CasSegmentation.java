/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.engines.annotators;

import java.util.ArrayList;
import java.util.List;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.text.AnnotationFS;
import org.assay.text.Segmentation;
import org.assay.text.Segmenter;
import org.assay.uima.types.AssayTypes;

/** The tokens and sentences an earlier engine left in a CAS, or a fresh segmentation if there are none. */
final class CasSegmentation {

	private CasSegmentation() {
	}

	static Segmentation of(CAS cas) {
		Type token = cas.getTypeSystem().getType(AssayTypes.TOKEN);
		Type sentence = cas.getTypeSystem().getType(AssayTypes.SENTENCE);
		List<AnnotationFS> tokens = new ArrayList<>();
		cas.getAnnotationIndex(token).forEach(tokens::add);
		if (tokens.isEmpty()) {
			return Segmenter.get().segment(cas.getDocumentText());
		}
		int[] begins = new int[tokens.size()];
		int[] ends = new int[tokens.size()];
		for (int i = 0; i < begins.length; i++) {
			begins[i] = tokens.get(i).getBegin();
			ends[i] = tokens.get(i).getEnd();
		}
		List<int[]> sentences = new ArrayList<>();
		int next = 0;
		for (AnnotationFS s : cas.getAnnotationIndex(sentence)) {
			while (next < begins.length && begins[next] < s.getBegin()) {
				next++;
			}
			int first = next;
			while (next < begins.length && ends[next] <= s.getEnd()) {
				next++;
			}
			if (next > first) {
				sentences.add(new int[] { first, next });
			}
		}
		int[] starts = sentences.stream().mapToInt(r -> r[0]).toArray();
		int[] stops = sentences.stream().mapToInt(r -> r[1]).toArray();
		return new Segmentation(cas.getDocumentText(), begins, ends, starts, stops);
	}
}
