/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.store.internal;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

import org.assay.model.Annotation;
import org.assay.model.AnnotationSet;

/** Ids of annotations, unique within their set: checked and completed before a set is written. */
public final class Ids {

	private Ids() {
	}

	/** Refuses a set with an id used twice, and gives every annotation without an id a fresh one. */
	public static void prepare(AnnotationSet set) throws IOException {
		Set<String> used = new HashSet<>();
		boolean missing = false;
		for (Annotation a : set.getAnnotations()) {
			if (a.getId() == null) {
				missing = true;
			} else if (!used.add(a.getId())) {
				throw new IOException("the id '" + a.getId() + "' is used twice in the set '" + set.getName() + "'");
			}
		}
		if (!missing) {
			return;
		}
		int next = 1;
		for (Annotation a : set.getAnnotations()) {
			if (a.getId() == null) {
				String id;
				do {
					id = "a" + next++;
				} while (used.contains(id));
				used.add(id);
				a.setId(id);
			}
		}
	}
}
