/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.internal.preferences;

import org.assay.ui.internal.Messages;
import org.assay.ui.internal.editor.Annotators;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Label;
import org.eclipse.jface.layout.GridDataFactory;
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
	/** Whether the open proposals on the same words follow a decision in the document; on by default. */
	public static final String FOLLOW_SAME_WORDS = "followSameWords";
	/** Proposals whose engine was less sure than this (0 to 1) are hidden in the editor; 0 hides none. */
	public static final String MIN_CONFIDENCE = "minConfidence";
	/** Whether marking a document done retrains the learned engine in the background (off unless turned on). */
	public static final String LEARN_ON_DONE = "learnOnDone";
	/** With {@link #LEARN_ON_DONE}: also retrain after every so many decisions; 0 (the default) only on Done. */
	public static final String RETRAIN_EVERY = "retrainEveryDecisions";
	/** Seconds after the last change at which an editor saves by itself; 0 saves only on Ctrl+S. */
	public static final String AUTO_SAVE_SECONDS = "autoSaveSeconds";
	public static final int AUTO_SAVE_DEFAULT = 5;

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
		StringFieldEditor annotator = new StringFieldEditor(ANNOTATOR, Messages.preferences_annotator,
				getFieldEditorParent());
		addField(annotator);
		// a blank name means one from elsewhere: say which, so that nobody decides under a name they did not mean
		String blank = NLS.bind(Messages.preferences_annotatorBlank, Annotators.fallbackName());
		annotator.getTextControl(getFieldEditorParent()).setMessage(blank);
		Label note = new Label(getFieldEditorParent(), SWT.WRAP);
		note.setText(blank);
		GridDataFactory.fillDefaults().span(2, 1).hint(300, SWT.DEFAULT).grab(true, false).applyTo(note);
		getPreferenceStore().setDefault(ACCEPT_MOVES_ON, true);
		addField(new BooleanFieldEditor(ACCEPT_MOVES_ON, Messages.preferences_acceptMovesOn, getFieldEditorParent()));
		getPreferenceStore().setDefault(FOLLOW_SAME_WORDS, true);
		addField(new BooleanFieldEditor(FOLLOW_SAME_WORDS, Messages.preferences_followSameWords, getFieldEditorParent()));
		getPreferenceStore().setDefault(MIN_CONFIDENCE, "0");
		StringFieldEditor threshold = new StringFieldEditor(MIN_CONFIDENCE, Messages.preferences_minConfidence,
				getFieldEditorParent()) {
			@Override
			protected boolean doCheckState() {
				try {
					double v = Double.parseDouble(getStringValue().strip());
					return v >= 0 && v <= 1;
				} catch (NumberFormatException e) {
					return false;
				}
			}
		};
		threshold.setErrorMessage(Messages.preferences_minConfidenceError);
		addField(threshold);
		addField(new BooleanFieldEditor(LEARN_ON_DONE, Messages.preferences_learnOnDone, getFieldEditorParent()));
		IntegerFieldEditor every = new IntegerFieldEditor(RETRAIN_EVERY, Messages.preferences_retrainEvery,
				getFieldEditorParent(), 5);
		every.setValidRange(0, 100_000);
		addField(every);
		getPreferenceStore().setDefault(AUTO_SAVE_SECONDS, Annotators.autoSaveDefault());
		IntegerFieldEditor autoSave = new IntegerFieldEditor(AUTO_SAVE_SECONDS, Messages.preferences_autoSave,
				getFieldEditorParent(), 4);
		autoSave.setValidRange(0, 3600);
		addField(autoSave);
	}
}
