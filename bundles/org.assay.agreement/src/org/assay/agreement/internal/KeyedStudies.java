/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.agreement.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Studies by a key that appears as documents are read (a link role, a document-label layer): one over all raters
 * and one for each pair of raters, keys in name order.
 */
public final class KeyedStudies {

	private final int raters;
	private final Map<String, LayerStudy> all = new TreeMap<>();
	private final List<List<Map<String, LayerStudy>>> pairs = new ArrayList<>();

	public KeyedStudies(int raters) {
		this.raters = raters;
		for (int i = 0; i < raters; i++) {
			List<Map<String, LayerStudy>> row = new ArrayList<>();
			for (int j = 0; j < raters; j++) {
				row.add(new TreeMap<>());
			}
			pairs.add(row);
		}
	}

	/** The studies over all raters, by key. */
	public Map<String, LayerStudy> all() {
		return all;
	}

	/** The studies of raters {@code i} and {@code j} ({@code i < j}), by key. */
	public Map<String, LayerStudy> pair(int i, int j) {
		return pairs.get(i).get(j);
	}

	/** A key's pair studies as {@code [i][j]} ({@code i < j}), empty where a pair never met the key. */
	public LayerStudy[][] pairs(String key) {
		LayerStudy[][] p = new LayerStudy[raters][raters];
		for (int i = 0; i < raters; i++) {
			for (int j = i + 1; j < raters; j++) {
				p[i][j] = pair(i, j).getOrDefault(key, new LayerStudy(2));
			}
		}
		return p;
	}
}
