/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

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
		assertNotNull(dialog.getPreferenceManager().find("org.eclipse.ui.preferencePages.Keys"), "the keys page");
		dialog.close();
	}
}
