/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.internal.preferences;

import org.assay.ui.internal.Messages;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/** Window &gt; Preferences &gt; Assay: who is annotating. */
public final class AssayPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	public static final String NODE = "org.assay.ui";
	/** The annotator's name, recorded with every decision and naming their annotation set. */
	public static final String ANNOTATOR = "annotator";
	/** Whether Enter (accept) moves on to the next proposal; on by default. */
	public static final String ACCEPT_MOVES_ON = "acceptMovesOn";

	public AssayPreferencePage() {
		super(GRID);
		setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, NODE));
		setDescription(Messages.preferences_description);
	}

	@Override
	public void init(IWorkbench workbench) {
		// the store is set in the constructor
	}

	@Override
	protected void createFieldEditors() {
		addField(new StringFieldEditor(ANNOTATOR, Messages.preferences_annotator, getFieldEditorParent()));
		getPreferenceStore().setDefault(ACCEPT_MOVES_ON, true);
		addField(new BooleanFieldEditor(ACCEPT_MOVES_ON, Messages.preferences_acceptMovesOn, getFieldEditorParent()));
	}
}
