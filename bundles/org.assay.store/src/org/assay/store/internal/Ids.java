/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.store.internal;

import java.util.HashSet;
import java.util.Set;

import org.assay.model.Annotation;
import org.assay.model.AnnotationSet;

/** Gives every annotation of a set an id, unique in the set, before it is written. */
public final class Ids {

	private Ids() {
	}

	public static void assignMissing(AnnotationSet set) {
		Set<String> used = null;
		int next = 1;
		for (Annotation a : set.getAnnotations()) {
			if (a.getId() != null) {
				continue;
			}
			if (used == null) {
				used = new HashSet<>();
				for (Annotation b : set.getAnnotations()) {
					if (b.getId() != null) {
						used.add(b.getId());
					}
				}
			}
			String id;
			do {
				id = "a" + next++;
			} while (used.contains(id));
			used.add(id);
			a.setId(id);
		}
	}
}
