/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.assay.model.AnnotationSet;
import org.assay.model.AnnotationStatus;
import org.assay.model.Document;
import org.assay.model.Label;
import org.assay.model.Span;
import org.assay.model.support.SetNames;
import org.assay.model.support.Spans;
import org.assay.store.ProjectFolder;
import org.assay.ui.internal.editor.DocumentEditor;
import org.assay.ui.internal.editor.LabelColours;
import org.assay.ui.internal.preferences.ColoursPreferencePage;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Window > Preferences > Assay > Colours lists the schema's labels; a colour chosen for PERSON is what the open
 * editor paints a person with at once, and Restore Defaults brings the schema's colour back.
 */
@Order(12)
class ColoursPreferenceTest {

	private static final RGB CHOSEN = new RGB(0xff, 0xd0, 0x00);

	@Test
	void aChosenColourRepaintsTheEditorAndRestoreDefaultsUndoesIt() throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		window.getShell().setSize(1280, 860);
		ProjectFolder sample = UiTesting.sample();
		Document first = sample.project().getDocuments().get(0);
		AnnotationSet gold = SetNames.find(first, "gold");
		Span person = innermostPerson(gold);
		Label label = person.getLabel();
		LabelColours.choose("entity", "PERSON", null);
		DocumentEditor editor = DocumentEditor.open(window.getActivePage(), sample, first, "gold");
		int offset = Spans.begin(person);
		RGB schema = LabelColours.decidedTint(label);
		UiTesting.waitFor("the schema's colour", 5_000, () -> schema.equals(background(editor, offset)));

		PreferenceDialog dialog = open(window);
		ColoursPreferencePage page = (ColoursPreferencePage) dialog.getSelectedPage();
		assertTrue(page.labels().containsAll(java.util.List.of("entity.PERSON", "entity.ORGANIZATION", "claim.CLAIM",
				"claim.CUE")), page.labels().toString());
		assertEquals(LabelColours.schemaRgb(label), page.shown("entity", "PERSON"));
		assertTrue(page.choose("entity", "PERSON", CHOSEN));
		UiTesting.flush();
		UiTesting.screenshot(dialog.getShell(), "colours-preferences");
		press(dialog.getShell(), IDialogConstants.OK_ID);
		assertEquals(LabelColours.hex(CHOSEN), LabelColours.node().get(LabelColours.key("entity", "PERSON"), null));

		RGB chosen = LabelColours.decidedTint(label);
		assertNotEquals(schema, chosen);
		UiTesting.waitFor("the editor to paint the chosen colour", 5_000, () -> chosen.equals(background(editor, offset)));
		assertEquals(label.getColour(), LabelColours.hex(LabelColours.schemaRgb(label)), "the schema is not changed");
		UiTesting.screenshot(window.getShell(), "colours-editor");

		dialog = open(window);
		page = (ColoursPreferencePage) dialog.getSelectedPage();
		assertEquals(CHOSEN, page.shown("entity", "PERSON"));
		pressText(dialog.getShell(), "Restore Defaults");
		assertEquals(LabelColours.schemaRgb(label), page.shown("entity", "PERSON"));
		press(dialog.getShell(), IDialogConstants.OK_ID);
		assertNull(LabelColours.node().get(LabelColours.key("entity", "PERSON"), null));
		UiTesting.waitFor("the schema's colour back", 5_000, () -> schema.equals(background(editor, offset)));
		window.getActivePage().closeAllEditors(false);
	}

	private static PreferenceDialog open(IWorkbenchWindow window) {
		PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(window.getShell(), ColoursPreferencePage.ID,
				new String[] { "org.assay.ui.preferences", ColoursPreferencePage.ID }, null);
		assertNotNull(dialog);
		dialog.setBlockOnOpen(false);
		dialog.open();
		UiTesting.flush();
		return dialog;
	}

	/** A decided PERSON that, at its first character, is inside only longer spans, so that it fills the background. */
	private static Span innermostPerson(AnnotationSet gold) {
		for (var a : gold.getAnnotations()) {
			if (a instanceof Span s && a.getLabel().getName().equals("PERSON") && a.getStatus() == AnnotationStatus.ACCEPTED
					&& gold.getAnnotations().stream().noneMatch(o -> o != s && o instanceof Span os
							&& Spans.covers(os, Spans.begin(s)) && Spans.end(os) - Spans.begin(os) <= Spans.end(s) - Spans.begin(s))) {
				return s;
			}
		}
		throw new AssertionError("no PERSON in gold");
	}

	private static RGB background(DocumentEditor editor, int offset) {
		StyleRange r = editor.styleRangeAt(offset);
		return r == null || r.background == null ? null : r.background.getRGB();
	}

	/** Presses the dialog button with that id (OK is "Apply and Close"). */
	private static void press(Composite parent, int id) {
		Button button = find(parent, b -> Integer.valueOf(id).equals(b.getData()));
		assertNotNull(button, "button " + id);
		button.notifyListeners(SWT.Selection, new Event());
		UiTesting.flush();
	}

	private static void pressText(Composite parent, String text) {
		Button button = find(parent, b -> b.getText().replace("&", "").equals(text));
		assertNotNull(button, text);
		button.notifyListeners(SWT.Selection, new Event());
		UiTesting.flush();
	}

	private static Button find(Composite parent, java.util.function.Predicate<Button> which) {
		for (Control c : parent.getChildren()) {
			if (c instanceof Button b && b.isVisible() && which.test(b)) {
				return b;
			}
			if (c instanceof Composite inner) {
				Button found = find(inner, which);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}
}
