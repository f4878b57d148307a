/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.internal.editor;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.assay.model.AnnotationSet;
import org.assay.model.Document;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;

/**
 * The annotation sets an editor's commands changed since its last save, read off each command the stack
 * executes, undoes or redoes, so that a save writes those and not the other sets of the document it only shows
 * (another annotator's, gold, an engine's): a change another writer made to one of those on disk then neither
 * blocks the save nor is written over. A command whose objects cannot be placed in a set makes the next save
 * write every set, as before.
 */
final class TouchedSets {

	private final Set<AnnotationSet> sets = new HashSet<>();
	private boolean unknown;

	void note(Command command) {
		if (command == null) {
			return;
		}
		Collection<?> affected = command.getAffectedObjects();
		if (affected == null || affected.isEmpty()) {
			unknown = true;
			return;
		}
		for (Object o : affected) {
			EObject e = o instanceof EObject eo ? eo : null;
			while (e != null && !(e instanceof AnnotationSet)) {
				e = e.eContainer();
			}
			if (e == null) {
				unknown = true;
			} else {
				sets.add((AnnotationSet) e);
			}
		}
	}

	/** The document's sets a save writes: those changed, or all when that is not known (or none is left). */
	List<AnnotationSet> toSave(Document document) {
		List<AnnotationSet> all = document.getAnnotationSets();
		List<AnnotationSet> changed = unknown ? List.of() : all.stream().filter(sets::contains).toList();
		return changed.isEmpty() ? List.copyOf(all) : changed;
	}

	/** Saved, or the history dropped: nothing changed since. */
	void clear() {
		sets.clear();
		unknown = false;
	}
}
