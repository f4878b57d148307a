/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.internal.team;

import java.util.List;
import java.util.Objects;

import org.assay.model.AnnotationSet;
import org.assay.model.Document;
import org.assay.model.SetKind;
import org.assay.model.WorkState;
import org.assay.model.support.SetNames;
import org.assay.store.Assignments;
import org.assay.store.StoreException;
import org.assay.store.ProjectFolder;
import org.assay.ui.internal.Images;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/** What a curation editor curates: a document, the sets to curate from, and the set to curate into. */
public record CurationInput(ProjectFolder folder, Document document, List<String> sets, String into)
		implements IEditorInput {

	public CurationInput {
		Objects.requireNonNull(folder);
		Objects.requireNonNull(document);
		sets = List.copyOf(sets);
	}

	/** A curation of the document into gold from the sets it starts from ({@link #startingSets}). */
	public static CurationInput intoGold(ProjectFolder folder, Document document) {
		return new CurationInput(folder, document, startingSets(folder, document), SetNames.GOLD);
	}

	/**
	 * The sets a curation of the document starts from: those of the annotators it is assigned to, when two or more
	 * of them have one, else every annotator's set; and of those only the ones marked done, when two or more are
	 * (a set nobody has worked on yet would make every place a dispute).
	 */
	public static List<String> startingSets(ProjectFolder folder, Document d) {
		java.util.Set<String> assigned;
		try {
			assigned = Assignments.read(folder.dir()).of(d.getId());
		} catch (StoreException e) {
			assigned = java.util.Set.of(); // a damaged file is reported where it is edited
		}
		List<String> all = d.getAnnotationSets().stream().map(AnnotationSet::getName)
				.filter(n -> SetNames.kindOf(n) == SetKind.ANNOTATOR).toList();
		List<String> theirs = all.stream().filter(assigned::contains).toList();
		List<String> from = theirs.size() >= 2 ? theirs : all;
		List<String> done = from.stream()
				.filter(n -> SetNames.find(d, n).getState() == WorkState.DONE).toList();
		return done.size() >= 2 ? done : from;
	}

	@Override
	public boolean exists() {
		return true;
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return Images.descriptor(Images.DOCUMENT);
	}

	@Override
	public String getName() {
		return "Curate: " + document.getId();
	}

	@Override
	public IPersistableElement getPersistable() {
		return CurationInputFactory.persistable(this);
	}

	@Override
	public String getToolTipText() {
		return folder.project().getName() + " / " + document.getId() + ": " + String.join(", ", sets) + " \u2192 " + into;
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return adapter.isInstance(document) ? adapter.cast(document) : null;
	}
}
