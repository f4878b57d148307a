/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.assay.model.support.SetNames;
import org.assay.model.support.StandardSchema;
import org.assay.store.ProjectFolder;
import org.assay.ui.internal.projects.OpenProjects;
import org.assay.ui.internal.transfer.ExportWizard;
import org.assay.ui.internal.transfer.ImportWizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File > Import and File > Export of Assay annotations, driven through their wizards. */
@Order(2)
class TransferWizardTest {

	@TempDir
	Path dir;

	@Test
	void importAJsonlCorpusThroughTheWizard() throws Exception {
		Shell workbench = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		ProjectFolder target = ProjectFolder.create(dir.resolve("target"), "Imported", StandardSchema.create());
		OpenProjects.get().add(target);
		Path corpus = dir.resolve("corpus.jsonl");
		Files.writeString(corpus, """
				{"document":"d1","text":"Mia Lund runs Nordbank.","spans":[{"id":"a","begin":0,"end":8,"label":"PERSON"},{"id":"b","begin":14,"end":22,"label":"ORGANIZATION"}]}
				{"document":"d2","text":"Rain in Bergen.","spans":[{"id":"a","begin":8,"end":14,"label":"LOCATION"}]}
				""");
		ImportWizard wizard = new ImportWizard();
		WizardDialog dialog = new WizardDialog(workbench, wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		wizard.page().fill(target, "jsonl", corpus, "alice");
		UiTesting.flush();
		UiTesting.screenshot(dialog.getShell(), "import-wizard");
		String[] message = new String[1];
		UiTesting.closeNextMessage("Import finished", message);
		UiTesting.press(dialog.getShell(), "&Finish");
		UiTesting.waitFor("the import summary", 10_000, () -> message[0] != null);
		assertTrue(message[0].contains("imported 2 documents (2 new, 0 already in the project) into the set(s) alice"),
				message[0]);
		assertEquals(2, target.project().getDocuments().size());
		assertEquals(2, SetNames.find(target.project().getDocuments().get(0), "alice").getAnnotations().size());
		OpenProjects.get().close(target);
	}

	@Test
	void aBadFileKeepsTheWizardOpenWithFileAndLine() throws Exception {
		Shell workbench = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		ProjectFolder target = ProjectFolder.create(dir.resolve("target"), "Imported", StandardSchema.create());
		OpenProjects.get().add(target);
		Path corpus = dir.resolve("bad.jsonl");
		Files.writeString(corpus, "{\"document\":\"d1\",\"text\":\"x\"}\n{\"document\":\"d2\",\"text\":\n");
		ImportWizard wizard = new ImportWizard();
		WizardDialog dialog = new WizardDialog(workbench, wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		wizard.page().fill(target, "jsonl", corpus, "gold");
		UiTesting.press(dialog.getShell(), "&Finish");
		UiTesting.waitFor("the page to be usable again", 5_000,
				() -> UiTesting.button(dialog.getShell(), "&Finish").isEnabled() && UiTesting.button(dialog.getShell(), "&Finish").getParent().isEnabled());
		UiTesting.flush();
		assertEquals(wizard.page().getErrorMessage(), dialog.getErrorMessage(), "the dialog shows the problem");
		assertTrue(wizard.page().getControl().isEnabled());
		assertTrue(wizard.page().getErrorMessage().startsWith(corpus + ":2: not valid JSON"), wizard.page().getErrorMessage());
		assertEquals(0, target.project().getDocuments().size(), "nothing was imported");
		UiTesting.screenshot(dialog.getShell(), "import-wizard-error");
		dialog.close();
		OpenProjects.get().close(target);
	}

	/**
	 * A folder of CoNLL files is stored while it is read: a bad file late in it stops the import, the wizard names
	 * it, and the open project's model holds none of the documents or labels the import had added meanwhile.
	 */
	@Test
	void aBadFileLateInAConllFolderLeavesTheOpenProjectAsItWas() throws Exception {
		Shell workbench = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		ProjectFolder target = ProjectFolder.create(dir.resolve("target"), "Imported", StandardSchema.create());
		OpenProjects.get().add(target);
		int labels = target.project().getSchema().getLayers().stream().mapToInt(l -> l.getLabels().size()).sum();
		Path corpus = Files.createDirectories(dir.resolve("conll"));
		for (int i = 0; i < 120; i++) {
			Files.writeString(corpus.resolve(String.format("f%03d.conll", i)), "-DOCSTART- -X- O O\n\nMia NNP I-NP I-PER\n"
					+ "Lund" + i + " NNP I-NP I-PER\nruns VBZ I-VP O\n" + (i == 110 ? "Nordbank NNP I-NP\n" : "Nordbank NNP I-NP I-ORG\n")
					+ ". . O O\n\n");
		}
		ImportWizard wizard = new ImportWizard();
		WizardDialog dialog = new WizardDialog(workbench, wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		wizard.page().fill(target, "conll2003", corpus, "gold");
		UiTesting.press(dialog.getShell(), "&Finish");
		UiTesting.waitFor("the page to be usable again", 10_000,
				() -> UiTesting.button(dialog.getShell(), "&Finish").isEnabled() && UiTesting.button(dialog.getShell(), "&Finish").getParent().isEnabled());
		UiTesting.flush();
		assertTrue(wizard.page().getErrorMessage().startsWith(corpus.resolve("f110.conll") + ":6: expected 4 columns"),
				wizard.page().getErrorMessage());
		assertEquals(0, target.project().getDocuments().size(), "the documents stored before the bad file are gone");
		assertEquals(labels, target.project().getSchema().getLayers().stream().mapToInt(l -> l.getLabels().size()).sum(),
				"the labels PER and ORG the import had added are gone");
		assertEquals(0, ProjectFolder.open(target.dir()).project().getDocuments().size());
		assertTrue(Files.notExists(target.dir().resolve(".assay-staging")), "nothing is left staged");
		UiTesting.screenshot(dialog.getShell(), "import-wizard-conll-late-error");
		dialog.close();
		OpenProjects.get().close(target);
	}

	@Test
	void exportTheSampleToConllShowsTheReport() throws Exception {
		Shell workbench = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		ProjectFolder sample = UiTesting.sample();
		ExportWizard wizard = new ExportWizard();
		WizardDialog dialog = new WizardDialog(workbench, wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		Path out = dir.resolve("sample.conll");
		wizard.page().fill(sample, "conll2003", "gold", out, "");
		UiTesting.flush();
		UiTesting.screenshot(dialog.getShell(), "export-wizard");
		assertTrue(wizard.page().acceptedOnly(), "a training format exports accepted annotations only by default");
		String[] message = new String[1];
		UiTesting.closeNextMessage("Export report", message);
		UiTesting.press(dialog.getShell(), "&Finish");
		UiTesting.waitFor("the export report", 10_000, () -> message[0] != null);
		assertTrue(message[0].contains("exported 6 documents"), message[0]);
		assertTrue(message[0].contains("spans of layers other than 'entity' (CoNLL has one tag column)"), message[0]);
		assertNotNull(wizard.report());
		assertTrue(Files.readString(out).contains("Claire _ _ I-PERSON\nDuval _ _ I-PERSON\n"));
	}

	@Test
	void fileExportOpensAssaysWizardOnTheSelectedProjectWithTheLastSettings() throws Exception {
		var window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		ProjectFolder sample = UiTesting.sample();
		ExportWizard first = new ExportWizard(); // an export that the next one remembers
		WizardDialog firstDialog = new WizardDialog(window.getShell(), first);
		firstDialog.setBlockOnOpen(false);
		firstDialog.open();
		first.page().fill(sample, "conll2003", "gold", dir.resolve("sample.conll"), "");
		String[] report = new String[1];
		UiTesting.closeNextMessage("Export report", report);
		UiTesting.press(firstDialog.getShell(), "&Finish");
		UiTesting.waitFor("the first export", 10_000, () -> report[0] != null);
		ProjectFolder other = ProjectFolder.create(dir.resolve("other"), "Other", StandardSchema.create());
		OpenProjects.get().add(other);
		var navigator = (org.assay.ui.internal.projects.ProjectNavigator) window.getActivePage()
				.showView(org.assay.ui.internal.projects.ProjectNavigator.ID);
		UiTesting.flush();
		navigator.viewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(sample), true);
		window.getActivePage().activate(navigator);
		String[] shown = new String[1];
		Display display = Display.getCurrent();
		Runnable[] poll = new Runnable[1];
		poll[0] = () -> {
			for (Shell s : display.getShells()) {
				if (s.isVisible() && s.getData() instanceof WizardDialog d && d.getCurrentPage() != null
						&& d.getCurrentPage().getWizard() instanceof ExportWizard w) {
					shown[0] = w.page().shown() + " | accepted only " + w.page().acceptedOnly();
					try {
						UiTesting.screenshot(s, "file-export-opens-assay-wizard");
					} catch (Exception e) {
						throw new IllegalStateException(e);
					}
					s.close(); // the command waits for its dialog
					return;
				}
			}
			display.timerExec(50, poll[0]);
		};
		display.timerExec(50, poll[0]);
		window.getService(org.eclipse.ui.handlers.IHandlerService.class).executeCommand(
				org.eclipse.core.commands.ParameterizedCommand.generateCommand(
						window.getService(org.eclipse.ui.commands.ICommandService.class).getCommand("org.eclipse.ui.file.export"),
						java.util.Map.of("exportWizardId", "org.assay.ui.wizards.export")), null);
		UiTesting.waitFor("Assay's export wizard", 10_000, () -> shown[0] != null);
		assertTrue(shown[0].matches("Sample .*\\| gold \\| .*"), "on the selected project: " + shown[0]);
		assertTrue(shown[0].endsWith("sample.conll | accepted only true"), "with the last export's settings: " + shown[0]);
		OpenProjects.get().close(other);
	}

}
