/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.assay.ui.internal.editor.Annotators;
import org.assay.ui.internal.preferences.AssayPreferencePage;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/** Window > Preferences: the annotator's name is used for decisions; the key bindings page is there. */
@Order(5)
class PreferencesTest {

	@Test
	void theAnnotatorsNameComesFromThePreferences() throws Exception {
		var node = InstanceScope.INSTANCE.getNode(AssayPreferencePage.NODE);
		node.put(AssayPreferencePage.ANNOTATOR, "Marta Ruiz");
		assertEquals("Marta Ruiz", Annotators.current());
		node.remove(AssayPreferencePage.ANNOTATOR);
		assertEquals(System.getProperty("assay.annotator", System.getProperty("user.name")), Annotators.current());

		PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(
				PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), "org.assay.ui.preferences",
				new String[] { "org.assay.ui.preferences", "org.eclipse.ui.preferencePages.Keys" }, null);
		assertNotNull(dialog);
		dialog.setBlockOnOpen(false);
		dialog.open();
		UiTesting.flush();
		UiTesting.screenshot(dialog.getShell(), "preferences");
		java.util.List<String> hints = new java.util.ArrayList<>();
		collectHints(dialog.getShell(), hints);
		String blank = "Left blank, the name is " + Annotators.current() + " (the assay.annotator property, else your user name).";
		assertTrue(hints.contains(blank), "the blank name field says whose name decisions take: " + hints);
		java.util.List<String> labels = new java.util.ArrayList<>();
		collectLabels(dialog.getShell(), labels);
		assertTrue(labels.contains(blank), "and a line under it says so, seen with the field focused: "
				+ labels);
		assertTrue(labels.stream().anyMatch(l -> l.startsWith("Save a changed document after this many idle seconds")), labels.toString());
		assertEquals(String.valueOf(Annotators.autoSaveSeconds()), fieldAfter(dialog.getShell(), "Save a changed document"),
				"the auto-save field shows the delay in force (the tests' assay.autoSaveSeconds, not Assay's 5)");
		assertEquals("0", fieldAfter(dialog.getShell(), "... and after every N"),
				"the learning loop retrains on Done only, unless asked to after so many decisions too");
		assertNotNull(dialog.getPreferenceManager().find("org.eclipse.ui.preferencePages.Keys"), "the keys page");
		dialog.close();
	}

	private static void collectHints(org.eclipse.swt.widgets.Composite c, java.util.List<String> hints) {
		for (org.eclipse.swt.widgets.Control child : c.getChildren()) {
			if (child instanceof org.eclipse.swt.widgets.Text t && !t.getMessage().isEmpty()) {
				hints.add(t.getMessage());
			} else if (child instanceof org.eclipse.swt.widgets.Composite inner) {
				collectHints(inner, hints);
			}
		}
	}

	/** The text of the field that follows the label starting with {@code label}, or null. */
	private static String fieldAfter(org.eclipse.swt.widgets.Composite c, String label) {
		org.eclipse.swt.widgets.Control[] children = c.getChildren();
		for (int i = 0; i < children.length; i++) {
			if (children[i] instanceof org.eclipse.swt.widgets.Label l && l.getText().startsWith(label)
					&& i + 1 < children.length && children[i + 1] instanceof org.eclipse.swt.widgets.Text t) {
				return t.getText();
			} else if (children[i] instanceof org.eclipse.swt.widgets.Composite inner) {
				String found = fieldAfter(inner, label);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private static void collectLabels(org.eclipse.swt.widgets.Composite c, java.util.List<String> labels) {
		for (org.eclipse.swt.widgets.Control child : c.getChildren()) {
			if (child instanceof org.eclipse.swt.widgets.Label l) {
				labels.add(l.getText());
			} else if (child instanceof org.eclipse.swt.widgets.Composite inner) {
				collectLabels(inner, labels);
			}
		}
	}
}
