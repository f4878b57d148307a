/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.cli.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.assay.cli.CommandException;
import org.assay.model.Document;
import org.assay.store.Assignments;
import org.assay.store.ProjectFolder;
import org.assay.store.StoreException;

/**
 * The sets {@code assay annotate} offers a document's proposals to: the one named with {@code --into}, and with
 * {@code --into-assigned} those of the annotators the document is assigned to.
 */
final class Offering {

	private final String into;
	private final Assignments assigned;

	private Offering(String into, Assignments assigned) {
		this.into = into;
		this.assigned = assigned;
	}

	/** Refuses {@code --into-assigned} on a project where none of the documents is assigned to anyone. */
	static Offering of(ProjectFolder folder, String into, boolean intoAssigned, List<Document> documents)
			throws CommandException {
		if (!intoAssigned) {
			return new Offering(into, null);
		}
		Assignments assignments;
		try {
			assignments = Assignments.read(folder.dir());
		} catch (StoreException e) {
			throw new CommandException(e.getMessage(), e);
		}
		if (documents.stream().allMatch(d -> assignments.of(d.getId()).isEmpty())) {
			throw new CommandException("--into-assigned: none of these documents is assigned to an annotator;"
					+ " assign them first (assay assign --project DIR --annotators A,B,...)");
		}
		return new Offering(into, assignments);
	}

	/** The sets to offer this document's proposals to, each once. */
	List<String> targets(Document document) {
		Set<String> names = new LinkedHashSet<>();
		if (into != null) {
			names.add(into);
		}
		if (assigned != null) {
			names.addAll(assigned.of(document.getId()));
		}
		return new ArrayList<>(names);
	}

	boolean any() {
		return into != null || assigned != null;
	}

	/** For the summary: "ana", "the assigned annotators", or both. */
	String describe() {
		if (assigned == null) {
			return into;
		}
		return into == null ? "the assigned annotators" : into + " and the assigned annotators";
	}
}
