/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.assay.model.Document;
import org.assay.model.support.SetNames;
import org.assay.model.support.StandardSchema;
import org.assay.store.ProjectFolder;
import org.assay.store.ProjectLock;
import org.assay.store.StoreException;
import org.assay.ui.internal.editor.DocumentEditor;
import org.assay.ui.internal.projects.OpenProjects;
import org.assay.ui.internal.projects.WorkbenchLock;
import org.assay.ui.internal.transfer.ImportWizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbench's import and engine runs take the project's lock as the command line does: a command line holding
 * it is named (command, process, host) and nothing is written; the workbench holding it is named to a command line.
 */
@Order(22)
class WorkbenchLockTest {

	private static final String CLI = "assay annotate --engine entities --project p";

	@TempDir
	Path dir;

	@Test
	void anImportWhileACommandLineHoldsTheLockNamesItAndImportsNothing() throws Exception {
		Shell workbench = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		ProjectFolder target = ProjectFolder.create(dir.resolve("p"), "Locked", StandardSchema.create());
		OpenProjects.get().add(target);
		Path corpus = dir.resolve("corpus.jsonl");
		Files.writeString(corpus, """
				{"document":"d1","text":"Mia Lund runs Nordbank.","spans":[{"id":"a","begin":0,"end":8,"label":"PERSON"}]}
				""");
		try (ProjectLock cli = ProjectLock.acquire(target.dir(), CLI)) {
			ImportWizard wizard = new ImportWizard();
			WizardDialog dialog = new WizardDialog(workbench, wizard);
			dialog.setBlockOnOpen(false);
			dialog.open();
			wizard.page().fill(target, "jsonl", corpus, "gold");
			UiTesting.press(dialog.getShell(), "&Finish");
			UiTesting.waitFor("the refusal", 10_000, () -> wizard.page().getErrorMessage() != null);
			String error = wizard.page().getErrorMessage();
			assertTrue(error.contains("is in use by '" + CLI + "' (pid " + ProcessHandle.current().pid() + " on "), error);
			assertEquals(0, target.project().getDocuments().size(), "nothing was imported");
			assertFalse(Files.exists(target.dir().resolve("documents/d1.txt")));
			UiTesting.flush();
			UiTesting.screenshot(dialog.getShell(), "import-wizard-locked");
			dialog.close();
		} finally {
			OpenProjects.get().close(target);
		}
	}

	@Test
	void anEngineRunWhileACommandLineHoldsTheLockNamesItAndSavesNothing() throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		ProjectFolder target = ProjectFolder.create(dir.resolve("p"), "Locked", StandardSchema.create());
		Document d = target.addDocument("d1", "D1", "Mia Lund met Bo Kim in Oslo on Monday.");
		OpenProjects.get().add(target);
		String[] report = new String[1];
		try (ProjectLock cli = ProjectLock.acquire(target.dir(), CLI)) {
			window.getShell().forceActive(); // not the dialog of a test before
			DocumentEditor.open(window.getActivePage(), target, d, null);
			UiTesting.flush();
			Display display = Display.getCurrent();
			Runnable[] poll = new Runnable[1];
			poll[0] = () -> {
				for (Shell s : display.getShells()) {
					if ("Annotate with Engines".equals(s.getText()) && s.isVisible()) {
						Button run = UiTesting.button(s, "Run");
						if (run != null) {
							run.notifyListeners(SWT.Selection, null);
							UiTesting.closeNextMessage("Annotate with Engines", report);
							return;
						}
					}
				}
				display.timerExec(50, poll[0]);
			};
			display.timerExec(50, poll[0]);
			window.getService(IHandlerService.class).executeCommand("org.assay.ui.commands.annotate", null);
			UiTesting.waitFor("the run's report", 60_000, () -> report[0] != null);
			assertTrue(report[0].contains("is in use by '" + CLI + "' (pid " + ProcessHandle.current().pid() + " on "),
					report[0]);
			assertTrue(d.getAnnotationSets().stream().noneMatch(s -> s.getName().startsWith("engine:")), "nothing kept");
			assertEquals(0, filesUnder(target.dir().resolve("annotations")), "nothing saved");
		} finally {
			window.getActivePage().closeAllEditors(false);
		}
		// once the command line is done, the same run goes through, as one unit
		report[0] = null;
		Display display = Display.getCurrent();
		Runnable[] poll = new Runnable[1];
		poll[0] = () -> {
			for (Shell s : display.getShells()) {
				if ("Annotate with Engines".equals(s.getText()) && s.isVisible() && UiTesting.button(s, "Run") != null) {
					UiTesting.button(s, "Run").notifyListeners(SWT.Selection, null);
					UiTesting.closeNextMessage("Annotate with Engines", report);
					return;
				}
			}
			display.timerExec(50, poll[0]);
		};
		try {
			window.getShell().forceActive();
			DocumentEditor.open(window.getActivePage(), target, d, null);
			UiTesting.flush();
			display.timerExec(50, poll[0]);
			window.getService(IHandlerService.class).executeCommand("org.assay.ui.commands.annotate", null);
			UiTesting.waitFor("the run's report", 60_000, () -> report[0] != null);
			assertTrue(report[0].contains("1 document(s)"), report[0]);
			assertTrue(SetNames.find(d, "engine:entities") != null, report[0]);
			assertTrue(ProjectFolder.open(target.dir()).document("d1").getAnnotationSets().stream()
					.anyMatch(s -> s.getName().equals("engine:entities")), "saved");
			assertFalse(Files.exists(target.dir().resolve(".assay-staging")), "the unit committed");
		} finally {
			window.getActivePage().closeAllEditors(false);
			OpenProjects.get().close(target);
		}
	}

	private static long filesUnder(Path folder) throws Exception {
		try (var all = Files.walk(folder)) {
			return all.filter(Files::isRegularFile).count();
		}
	}

	@Test
	void aCommandLineIsToldTheWorkbenchHoldsTheLock() throws Exception {
		ProjectFolder target = ProjectFolder.create(dir.resolve("p"), "Locked", StandardSchema.create());
		try (ProjectLock workbench = ProjectLock.acquire(target.dir(), WorkbenchLock.command("import jsonl corpus.jsonl"))) {
			StoreException refused = assertThrows(StoreException.class, () -> ProjectLock.acquire(target.dir(), "assay import"));
			assertTrue(refused.getMessage().contains(
					"is in use by 'the Assay workbench: import jsonl corpus.jsonl' (pid " + ProcessHandle.current().pid()),
					refused.getMessage());
		}
	}
}
