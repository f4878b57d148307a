/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.model.support;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import org.assay.model.Annotation;
import org.assay.model.AnnotationSet;
import org.assay.model.Document;
import org.assay.model.Label;
import org.assay.model.Layer;
import org.assay.model.Link;
import org.assay.model.Project;

/** How much a project holds: documents, and per annotation set its documents, states and label counts. */
public record ProjectCounts(int documents, long characters, String schemaSummary, Map<String, SetCounts> sets) {

	/** Counts of one set name across the project's documents. */
	public static final class SetCounts {
		private final String name;
		private int documents;
		private int annotations;
		private int links;
		private int newDocuments;
		private int inProgress;
		private int done;
		private final Map<String, Integer> perLabel = new TreeMap<>();
		private final Map<String, Integer> perStatus = new TreeMap<>();

		SetCounts(String name) {
			this.name = name;
		}

		public String name() {
			return name;
		}

		public int documents() {
			return documents;
		}

		/** Spans and document labels, as the editor and the navigator count them; links apart. */
		public int annotations() {
			return annotations;
		}

		/** Links between annotations (a claim's claimant and cue, brat's relations and event roles). */
		public int links() {
			return links;
		}

		public int newDocuments() {
			return newDocuments;
		}

		public int inProgress() {
			return inProgress;
		}

		public int done() {
			return done;
		}

		/** "layer/LABEL" for spans and document labels, "link/role" for links, with their counts. */
		public Map<String, Integer> perLabel() {
			return perLabel;
		}

		/** Spans and document labels per status literal (links are decided with their ends). */
		public Map<String, Integer> perStatus() {
			return perStatus;
		}

		void add(AnnotationSet set) {
			documents++;
			switch (WorkStates.of(set)) {
			case NEW -> newDocuments++;
			case IN_PROGRESS -> inProgress++;
			case DONE -> done++;
			}
			for (Annotation a : set.getAnnotations()) {
				perLabel.merge(key(a), 1, Integer::sum);
				if (a instanceof Link) {
					links++;
				} else {
					annotations++;
					perStatus.merge(a.getStatus().getLiteral(), 1, Integer::sum);
				}
			}
		}

		private static String key(Annotation a) {
			if (a instanceof Link link) {
				return "link/" + link.getRole();
			}
			Label label = a.getLabel();
			return label == null ? "(no label)" : label.getLayer().getName() + "/" + label.getName();
		}
	}

	public static ProjectCounts of(Project project) {
		long characters = 0;
		Map<String, SetCounts> sets = new TreeMap<>(Comparator.comparing((String s) -> !SetNames.GOLD.equals(s))
				.thenComparing(s -> s.startsWith(SetNames.ENGINE_PREFIX)).thenComparing(Comparator.naturalOrder()));
		for (Document d : project.getDocuments()) {
			characters += d.getText() == null ? 0 : d.getText().length();
			for (AnnotationSet set : d.getAnnotationSets()) {
				sets.computeIfAbsent(set.getName(), SetCounts::new).add(set);
			}
		}
		StringBuilder schema = new StringBuilder();
		if (project.getSchema() != null) {
			for (Layer layer : project.getSchema().getLayers()) {
				if (schema.length() > 0) {
					schema.append(", ");
				}
				schema.append(layer.getName()).append(" (").append(layer.getLabels().size()).append(" labels)");
			}
		}
		return new ProjectCounts(project.getDocuments().size(), characters, schema.toString(),
				new LinkedHashMap<>(sets));
	}
}
