/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;

import org.assay.model.AnnotationSet;
import org.assay.model.Document;
import org.assay.model.Label;
import org.assay.model.edit.decisions.Decisions;
import org.assay.model.support.Schemas;
import org.assay.model.support.SetNames;
import org.assay.model.support.StandardSchema;
import org.assay.store.ProjectFolder;
import org.assay.ui.internal.editor.DocumentEditor;
import org.assay.ui.internal.preferences.AssayPreferencePage;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * A changed document saves itself once the work pauses, so that a crash loses at most those seconds; never over
 * another writer's change, and never with a dialog.
 */
@Order(24)
class AutoSaveTest {

	@Test
	void aDocumentSavesItselfAfterAPauseButNeverOverAnotherWritersChange() throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		ProjectFolder sample = UiTesting.sample();
		Document drought = sample.project().getDocuments().get(1);
		AnnotationSet eve = SetNames.findOrCreate(drought, "eve");
		Path file = sample.setFile(drought, "eve");
		var preferences = InstanceScope.INSTANCE.getNode(AssayPreferencePage.NODE);
		preferences.putInt(AssayPreferencePage.AUTO_SAVE_SECONDS, 1);
		DocumentEditor editor = DocumentEditor.open(page, sample, drought, "eve");
		try {
			UiTesting.flush();
			Label person = Schemas.label(sample.project().getSchema(), StandardSchema.ENTITY, "PERSON");
			decide(editor, eve, person, 0, 7);
			assertTrue(editor.isDirty());
			assertFalse(Files.exists(file), "not at once: the save waits for a pause");
			UiTesting.waitFor("the save after a pause", 10_000, () -> !editor.isDirty());
			assertTrue(Files.readString(file).contains("\"label\":\"PERSON\""), "the decision is on disk");

			// another writer saves the set meanwhile: the next pause saves nothing and asks nothing
			String theirs = Files.readString(file).replace("\"state\":\"in-progress\"", "\"state\":\"done\"");
			assertFalse(theirs.equals(Files.readString(file)), "their change is a change");
			Files.writeString(file, theirs, StandardCharsets.UTF_8);
			decide(editor, eve, person, 8, 15);
			long until = System.currentTimeMillis() + 2_500;
			UiTesting.waitFor("two pauses", 5_000, () -> System.currentTimeMillis() > until);
			assertTrue(editor.isDirty(), "not saved over the other writer's change: Ctrl+S asks which to keep");
			assertEquals(theirs, Files.readString(file));
			assertTrue(PlatformUI.getWorkbench().getDisplay().getShells().length == 1
					|| java.util.Arrays.stream(PlatformUI.getWorkbench().getDisplay().getShells())
							.noneMatch(s -> s.isVisible() && s != page.getWorkbenchWindow().getShell()),
					"no dialog");

			// turned off (0): a change stays unsaved until Ctrl+S
			preferences.putInt(AssayPreferencePage.AUTO_SAVE_SECONDS, 0);
			sample.reloadSet(drought, "eve");
			editor.setsChanged();
			AnnotationSet reloaded = SetNames.find(drought, "eve");
			decide(editor, reloaded, person, 16, 20);
			long later = System.currentTimeMillis() + 2_000;
			UiTesting.waitFor("a while", 5_000, () -> System.currentTimeMillis() > later);
			assertTrue(editor.isDirty());
			assertEquals(theirs, Files.readString(file));
		} finally {
			preferences.remove(AssayPreferencePage.AUTO_SAVE_SECONDS);
			page.closeEditor(editor, false);
			drought.getAnnotationSets().remove(SetNames.find(drought, "eve"));
			Files.deleteIfExists(file);
		}
	}

	private static void decide(DocumentEditor editor, AnnotationSet set, Label label, int begin, int end) {
		editor.domain().getCommandStack()
				.execute(Decisions.create(editor.domain(), set, label, begin, end, "eve", new Date()));
		UiTesting.flush();
	}
}
