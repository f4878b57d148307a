/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.store;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.assay.model.Annotation;
import org.assay.model.AnnotationSet;
import org.assay.model.Document;
import org.assay.model.Origin;
import org.assay.model.Project;
import org.assay.model.Provenance;
import org.assay.model.SetKind;
import org.assay.model.WorkState;
import org.assay.model.support.SetNames;
import org.assay.model.support.WorkStates;

/**
 * An annotator's progress, read off the model alone: documents assigned, done and in progress (their set's work
 * state), and the decisions they made (annotations whose provenance names them as the one who decided, with
 * when). Decisions per hour count working time only: the gaps between one decision and the next, where a gap
 * longer than {@link #IDLE_MINUTES} is a pause and counts nothing.
 *
 * @param annotator the annotator's name (their set's name)
 * @param assigned documents assigned to them
 * @param done of those (of all, when nothing is assigned), the documents their set marks done
 * @param inProgress likewise, in progress
 * @param decisions annotations they decided, in any set
 * @param activeMinutes working time between their decisions
 */
public record Progress(String annotator, int assigned, int done, int inProgress, int decisions, double activeMinutes) {

	/** A gap between two decisions longer than this is a pause. */
	public static final int IDLE_MINUTES = 10;

	/** Working time below which a rate says nothing (13 decisions in 4 seconds are not 12,000 an hour). */
	public static final int RATE_MINUTES = 5;

	/** Decisions per hour of working time, or null while there are fewer than {@link #RATE_MINUTES} of it. */
	public Double decisionsPerHour() {
		return activeMinutes < RATE_MINUTES ? null : decisions / (activeMinutes / 60);
	}

	/** The rate as a table shows it: whole decisions per hour, or "-" while there is none. */
	public String decisionsPerHourText() {
		Double rate = decisionsPerHour();
		return rate == null ? "-" : String.format(Locale.ROOT, "%.0f", rate);
	}

	/** Document ids as a line shows them: the first ten, then {@code more} when there are others. */
	public static String firstIds(List<String> ids, String more) {
		return String.join(", ", ids.subList(0, Math.min(10, ids.size()))) + (ids.size() > 10 ? ", " + more : "");
	}

	/**
	 * Every annotator's progress: those assigned work, then any other with a set, in that order. A set nobody is
	 * assigned that holds only what an import brought, with no decision of a person's in it (an imported
	 * {@code reference}), is a reference rather than someone's work, and is left out.
	 */
	public static List<Progress> of(Project project, Assignments assignments) {
		Set<String> names = new LinkedHashSet<>(assignments.annotators());
		Set<String> withSets = new LinkedHashSet<>();
		Set<String> people = new java.util.HashSet<>();
		Map<String, List<Date>> decided = new HashMap<>();
		for (Document d : project.getDocuments()) {
			for (AnnotationSet set : d.getAnnotationSets()) {
				// one walk: who decided what when, and whether an import brought all of it with no decision since
				boolean importedOnly = !set.getAnnotations().isEmpty();
				for (Annotation a : set.getAnnotations()) {
					Provenance p = a.getProvenance();
					if (p != null && p.getDecidedBy() != null && p.getDecided() != null) {
						decided.computeIfAbsent(p.getDecidedBy(), k -> new ArrayList<>()).add(p.getDecided());
					}
					importedOnly &= p != null && p.getOrigin() == Origin.IMPORT && p.getDecidedBy() == null;
				}
				if (SetNames.kindOf(set.getName()) == SetKind.ANNOTATOR) {
					withSets.add(set.getName());
					if (!importedOnly) {
						people.add(set.getName());
					}
				}
			}
		}
		withSets.stream().filter(people::contains).forEach(names::add);
		List<Progress> all = new ArrayList<>();
		for (String name : names) {
			Set<String> mine = new java.util.HashSet<>(assignments.documentsOf(name)); // a look-up per document
			int done = 0;
			int inProgress = 0;
			for (Document d : project.getDocuments()) {
				AnnotationSet set = SetNames.find(d, name);
				if (set != null && (mine.isEmpty() || mine.contains(d.getId()))) {
					WorkState state = WorkStates.of(set);
					done += state == WorkState.DONE ? 1 : 0;
					inProgress += state == WorkState.IN_PROGRESS ? 1 : 0;
				}
			}
			List<Date> times = decided.getOrDefault(name, List.of());
			all.add(new Progress(name, mine.size(), done, inProgress, times.size(), activeMinutes(times)));
		}
		return all;
	}

	/**
	 * The documents ready for curation into {@code target}: assigned to two annotators or more, every one of whom
	 * has marked their set done, and not yet marked done in the target. In the project's order.
	 */
	public static List<String> readyToCurate(Project project, Assignments assignments, String target) {
		List<String> ready = new ArrayList<>();
		for (Document d : project.getDocuments()) {
			Set<String> annotators = assignments.of(d.getId());
			if (annotators.size() < 2) {
				continue;
			}
			boolean allDone = annotators.stream().allMatch(name -> {
				AnnotationSet set = SetNames.find(d, name);
				return set != null && set.getState() == WorkState.DONE;
			});
			AnnotationSet curated = SetNames.find(d, target);
			if (allDone && (curated == null || curated.getState() != WorkState.DONE)) {
				ready.add(d.getId());
			}
		}
		return ready;
	}

	private static double activeMinutes(List<Date> times) {
		long[] t = times.stream().mapToLong(Date::getTime).sorted().toArray();
		double minutes = 0;
		for (int i = 1; i < t.length; i++) {
			double gap = (t[i] - t[i - 1]) / 60_000.0;
			if (gap <= IDLE_MINUTES) {
				minutes += gap;
			}
		}
		return minutes;
	}
}
