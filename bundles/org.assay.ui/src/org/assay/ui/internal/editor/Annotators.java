/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.internal.editor;

import org.assay.ui.internal.preferences.AssayPreferencePage;
import org.eclipse.core.runtime.preferences.InstanceScope;

/**
 * Who is annotating, recorded with every decision: the name in the preferences, else the
 * {@code assay.annotator} system property, else the system's user name.
 */
public final class Annotators {

	private Annotators() {
	}

	/** Whether accepting a proposal moves on to the next one (a preference, on unless turned off). */
	public static boolean acceptMovesOn() {
		return InstanceScope.INSTANCE.getNode(AssayPreferencePage.NODE).getBoolean(AssayPreferencePage.ACCEPT_MOVES_ON,
				true);
	}

	/**
	 * Whether the open proposals on the same words in the document follow a decision (a preference, on unless
	 * turned off): relabel one "Pirelli" and the others follow.
	 */
	public static boolean followSameWords() {
		return InstanceScope.INSTANCE.getNode(AssayPreferencePage.NODE).getBoolean(AssayPreferencePage.FOLLOW_SAME_WORDS,
				true);
	}

	/** Proposals below this confidence are hidden in the editor (a preference; 0, none hidden, unless set). */
	public static double minConfidence() {
		return InstanceScope.INSTANCE.getNode(AssayPreferencePage.NODE).getDouble(AssayPreferencePage.MIN_CONFIDENCE, 0);
	}

	/** Whether marking a document done retrains the learned engine in the background (a preference). */
	public static boolean learnOnDone() {
		return InstanceScope.INSTANCE.getNode(AssayPreferencePage.NODE).getBoolean(AssayPreferencePage.LEARN_ON_DONE,
				false);
	}

	/**
	 * With {@link #learnOnDone()}: the loop also retrains after every so many decisions (a preference; 0, only on
	 * Done, unless set).
	 */
	public static int retrainEvery() {
		return Math.max(0, InstanceScope.INSTANCE.getNode(AssayPreferencePage.NODE)
				.getInt(AssayPreferencePage.RETRAIN_EVERY, 0));
	}

	/**
	 * Seconds after the last change at which an editor saves by itself: the preference, else the
	 * {@code assay.autoSaveSeconds} system property, else 5; 0 never.
	 */
	public static int autoSaveSeconds() {
		return Math.max(0, InstanceScope.INSTANCE.getNode(AssayPreferencePage.NODE)
				.getInt(AssayPreferencePage.AUTO_SAVE_SECONDS, autoSaveDefault()));
	}

	/**
	 * The auto-save delay when the annotator has set none, as the Preferences page shows it too: the
	 * {@code assay.autoSaveSeconds} system property, else 5.
	 */
	public static int autoSaveDefault() {
		return Integer.getInteger("assay.autoSaveSeconds", AssayPreferencePage.AUTO_SAVE_DEFAULT);
	}

	/**
	 * The ids of the documents of the project assigned to the current annotator ({@code assignments.json});
	 * empty when none are, or when the file cannot be read (where it is edited, that is reported).
	 */
	public static java.util.Set<String> myDocuments(org.assay.store.ProjectFolder folder) {
		try {
			return new java.util.HashSet<>(org.assay.store.Assignments.read(folder.dir()).documentsOf(current()));
		} catch (org.assay.store.StoreException e) {
			return java.util.Set.of();
		}
	}

	/**
	 * Whether a document is the current annotator's: assigned to them, or any document of a project that assigns
	 * them none (where the next document, an engine's offer and the learning loop's cover all of them).
	 */
	public static java.util.function.Predicate<String> mineOrAll(org.assay.store.ProjectFolder folder) {
		java.util.Set<String> mine = myDocuments(folder);
		return id -> mine.isEmpty() || mine.contains(id);
	}

	public static String current() {
		String name = InstanceScope.INSTANCE.getNode(AssayPreferencePage.NODE).get(AssayPreferencePage.ANNOTATOR, "");
		return name.isBlank() ? fallbackName() : name.strip();
	}

	/** The name decisions are recorded under while the preference is blank: assay.annotator, else the user name. */
	public static String fallbackName() {
		String name = System.getProperty("assay.annotator", "");
		return name.isBlank() ? System.getProperty("user.name", "annotator") : name.strip();
	}
}
