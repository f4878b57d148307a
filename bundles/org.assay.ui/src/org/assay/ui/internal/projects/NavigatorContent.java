/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.internal.projects;

import org.assay.model.AnnotationSet;
import org.assay.model.Document;
import org.assay.model.WorkState;
import org.assay.model.support.SetNames;
import org.assay.store.ProjectFolder;
import org.assay.ui.internal.editor.Annotators;
import org.eclipse.jface.viewers.ITreeContentProvider;

/**
 * Projects, their documents (the annotator's assigned documents first, or only those when asked), and each
 * document's annotation sets.
 */
final class NavigatorContent implements ITreeContentProvider {

	/**
	 * The annotator's documents per project, read again when assignments.json changes (an assay assign meanwhile)
	 * or the annotator's name does.
	 */
	private final java.util.Map<ProjectFolder, Mine> assignments = new java.util.HashMap<>();
	private boolean onlyMine;
	private boolean unsureFirst;

	/**
	 * Orders the documents the annotator has not started by how unsure the engines were about them (the mean
	 * confidence of their proposals, lowest first), after the ones in progress or done.
	 */
	void unsureFirst(boolean on) {
		unsureFirst = on;
	}

	/** Shows only the documents assigned to the annotator (all, in a project that assigns nothing). */
	void onlyMine(boolean only) {
		onlyMine = only;
	}

	boolean onlyMine() {
		return onlyMine;
	}

	/** Forgets the assignments read, so that the next refresh reads them again. */
	void reload() {
		assignments.clear();
	}

	/**
	 * Whether a project's assignments read so far changed on disk since (an {@code assay assign} or another
	 * workbench meanwhile), or the annotator's name did: the next refresh reads them again.
	 */
	boolean assignmentsChanged() {
		String me = Annotators.current();
		for (java.util.Map.Entry<ProjectFolder, Mine> read : assignments.entrySet()) {
			if (stale(read.getValue(), modified(read.getKey()), me)) {
				return true;
			}
		}
		return false;
	}

	private static long modified(ProjectFolder p) {
		return p.dir().resolve(org.assay.store.Assignments.FILE).toFile().lastModified(); // 0 when absent
	}

	private static boolean stale(Mine known, long modified, String me) {
		return known == null || known.modified() != modified || !known.annotator().equals(me);
	}

	/** The ids of the documents assigned to the annotator in the project; empty when none are. */
	java.util.Set<String> mine(ProjectFolder p) {
		long modified = modified(p);
		String me = Annotators.current();
		Mine known = assignments.get(p);
		if (stale(known, modified, me)) {
			known = new Mine(modified, me, Annotators.myDocuments(p));
			assignments.put(p, known);
		}
		return known.ids();
	}

	private record Mine(long modified, String annotator, java.util.Set<String> ids) {
	}

	private Object[] documents(ProjectFolder p) {
		java.util.Set<String> mine = mine(p);
		if (mine.isEmpty()) {
			return ordered(p.project().getDocuments()).toArray();
		}
		java.util.List<Document> ordered = new java.util.ArrayList<>();
		java.util.List<Document> others = new java.util.ArrayList<>();
		for (Document d : p.project().getDocuments()) {
			(mine.contains(d.getId()) ? ordered : others).add(d);
		}
		java.util.List<Document> result = new java.util.ArrayList<>(ordered(ordered));
		if (!onlyMine) {
			result.addAll(ordered(others));
		}
		return result.toArray();
	}

	private java.util.List<Document> ordered(java.util.List<Document> documents) {
		if (!unsureFirst) {
			return documents;
		}
		String me = Annotators.current();
		java.util.List<Document> started = new java.util.ArrayList<>();
		java.util.List<Document> fresh = new java.util.ArrayList<>();
		for (Document d : documents) {
			(NavigatorLabels.state(d, me) == WorkState.NEW ? fresh : started).add(d);
		}
		java.util.Map<Document, Double> sureness = new java.util.HashMap<>();
		fresh.forEach(d -> sureness.put(d, meanConfidence(d)));
		fresh.sort(java.util.Comparator.comparingDouble(sureness::get));
		started.addAll(fresh);
		return started;
	}

	/** The mean confidence of the engines' proposals on a document; 1 (sure) when there are none. */
	static double meanConfidence(Document d) {
		double sum = 0;
		int n = 0;
		for (AnnotationSet set : d.getAnnotationSets()) {
			if (SetNames.kindOf(set.getName()) != org.assay.model.SetKind.ENGINE) {
				continue;
			}
			for (org.assay.model.Annotation a : set.getAnnotations()) {
				if (a.getProvenance() != null && a.getProvenance().isSetConfidence()) {
					sum += a.getProvenance().getConfidence();
					n++;
				}
			}
		}
		return n == 0 ? 1 : sum / n;
	}

	@Override
	public Object[] getElements(Object input) {
		return input instanceof OpenProjects open ? open.projects().toArray() : new Object[0];
	}

	@Override
	public Object[] getChildren(Object parent) {
		if (parent instanceof ProjectFolder p) {
			return documents(p);
		}
		if (parent instanceof Document d) {
			return d.getAnnotationSets().toArray();
		}
		return new Object[0];
	}

	@Override
	public Object getParent(Object element) {
		if (element instanceof AnnotationSet s) {
			return s.eContainer();
		}
		return element instanceof Document d ? OpenProjects.get().folderOf(d) : null;
	}

	@Override
	public boolean hasChildren(Object element) {
		if (element instanceof ProjectFolder p) {
			return !p.project().getDocuments().isEmpty();
		}
		return element instanceof Document d && !d.getAnnotationSets().isEmpty();
	}
}
