/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.model.support;

import org.assay.model.AnnotationSet;
import org.assay.model.AssayFactory;
import org.assay.model.Document;
import org.assay.model.SetKind;

/**
 * Names of annotation sets as users type them: {@code gold}, an annotator's name, {@code engine:ID} for an
 * engine's latest proposals.
 */
public final class SetNames {

	public static final String GOLD = "gold";
	public static final String ENGINE_PREFIX = "engine:";

	private SetNames() {
	}

	public static SetKind kindOf(String name) {
		if (GOLD.equals(name)) {
			return SetKind.GOLD;
		}
		return name.startsWith(ENGINE_PREFIX) ? SetKind.ENGINE : SetKind.ANNOTATOR;
	}

	/** The owner a set of this name records: the engine id, the annotator's name, or empty for gold. */
	public static String ownerOf(String name) {
		switch (kindOf(name)) {
		case ENGINE:
			return name.substring(ENGINE_PREFIX.length());
		case GOLD:
			return "";
		default:
			return name;
		}
	}

	/** Whether a name is usable for a set: non-blank, no path separators or control characters. */
	public static boolean isValid(String name) {
		if (name == null || name.isBlank() || name.equals(ENGINE_PREFIX) || name.startsWith(".")) {
			return false;
		}
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (c == '/' || c == '\\' || Character.isISOControl(c)) {
				return false;
			}
		}
		return true;
	}

	/** The document's set of that name, or null. */
	public static AnnotationSet find(Document document, String name) {
		for (AnnotationSet set : document.getAnnotationSets()) {
			if (name.equals(set.getName())) {
				return set;
			}
		}
		return null;
	}

	/** The document's set of that name, created (empty, state NEW) if it is missing. */
	public static AnnotationSet findOrCreate(Document document, String name) {
		AnnotationSet set = find(document, name);
		if (set == null) {
			if (!isValid(name)) {
				throw new IllegalArgumentException("not a valid annotation set name: '" + name + "'");
			}
			set = AssayFactory.eINSTANCE.createAnnotationSet();
			set.setName(name);
			set.setKind(kindOf(name));
			set.setOwner(ownerOf(name));
			document.getAnnotationSets().add(set);
		}
		return set;
	}
}
