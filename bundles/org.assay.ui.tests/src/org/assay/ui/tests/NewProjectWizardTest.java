/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.assay.model.Layer;
import org.assay.model.support.Schemas;
import org.assay.store.LabelSchemas;
import org.assay.store.ProjectFolder;
import org.assay.ui.internal.projects.NewProjectWizard;
import org.assay.ui.internal.projects.OpenProjects;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File > New Project: one page, the folder checked first, titles from title lines or file names. */
@Order(16)
class NewProjectWizardTest {

	@TempDir
	Path dir;

	@Test
	void onePageChecksTheFolderFirstThenImportsTheTexts() throws Exception {
		Path texts = Files.createDirectories(dir.resolve("texts"));
		Files.writeString(texts.resolve("a.txt"), "Ferry service to resume in spring\n\nThe ferry will sail again.\n");
		Files.writeString(texts.resolve("b.txt"), "The council said on Monday that the ferry would sail again in April.\n");
		Path taken = Files.createDirectories(dir.resolve("taken"));
		Files.writeString(taken.resolve("notes.txt"), "something already here");
		Shell workbench = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		NewProjectWizard wizard = new NewProjectWizard();
		WizardDialog dialog = new WizardDialog(workbench, wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		assertFalse(UiTesting.button(dialog.getShell(), "Finish").isEnabled(), "nothing to make yet");

		wizard.page().fill(taken, null, texts);
		UiTesting.flush();
		assertNotNull(wizard.page().getErrorMessage());
		assertTrue(wizard.page().getErrorMessage().contains("is not empty"), wizard.page().getErrorMessage());
		assertFalse(UiTesting.button(dialog.getShell(), "Finish").isEnabled());
		UiTesting.screenshot(dialog.getShell(), "new-project-folder-taken");

		Path target = dir.resolve("ferries");
		wizard.page().fill(target, "Ferries", texts);
		UiTesting.flush();
		assertEquals(null, wizard.page().getErrorMessage());
		UiTesting.screenshot(dialog.getShell(), "new-project-wizard");
		UiTesting.press(dialog.getShell(), "Finish");
		UiTesting.waitFor("the project", 10_000, () -> wizard.created() != null && dialog.getShell() == null);
		ProjectFolder made = wizard.created();
		assertEquals("Ferries", made.project().getName());
		assertEquals(2, made.project().getDocuments().size());
		assertEquals("Ferry service to resume in spring", made.project().getDocuments().get(0).getTitle());
		assertEquals("b", made.project().getDocuments().get(1).getTitle(), "a first sentence is no title");
		assertTrue(OpenProjects.get().projects().contains(made), "opened in the navigator");
		OpenProjects.get().close(made);
	}

	@Test
	void theLabelsComboOffersTheInstalledSchemas() throws Exception {
		Shell workbench = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		NewProjectWizard wizard = new NewProjectWizard();
		WizardDialog dialog = new WizardDialog(workbench, wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		List<String> names = wizard.page().schemaNames();
		assertTrue(names.get(0).startsWith("Standard"), names.toString());
		assertTrue(names.contains("OntoNotes entities"), names.toString());
		assertTrue(names.contains("PolNeAR attribution"), names.toString());
		assertEquals(LabelSchemas.STANDARD, wizard.page().schemaId(), "the standard one unless chosen");

		Path target = dir.resolve("names");
		wizard.page().fill(target, "Names", null);
		wizard.page().selectSchema("ontonotes");
		UiTesting.flush();
		assertEquals("ontonotes", wizard.page().schemaId());
		UiTesting.screenshot(dialog.getShell(), "new-project-ontonotes");
		UiTesting.press(dialog.getShell(), "Finish");
		UiTesting.waitFor("the project", 10_000, () -> wizard.created() != null && dialog.getShell() == null);
		ProjectFolder made = wizard.created();
		Layer entity = Schemas.layer(made.project().getSchema(), "entity");
		assertEquals(18, entity.getLabels().size());
		assertEquals("CARDINAL", entity.getLabels().get(17).getName());
		assertEquals(1, made.project().getSchema().getLayers().size(), "OntoNotes only: no claim layer");
		assertEquals(18, ProjectFolder.open(target).project().getSchema().getLayers().get(0).getLabels().size(),
				"saved with the project");
		OpenProjects.get().close(made);
	}
}
