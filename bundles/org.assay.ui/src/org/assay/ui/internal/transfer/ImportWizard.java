/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.internal.transfer;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;

import org.assay.formats.Format;
import org.assay.formats.FormatException;
import org.assay.formats.ImportOptions;
import org.assay.formats.ImportSummary;
import org.assay.formats.Importing;
import org.assay.store.ProjectFolder;
import org.assay.store.ProjectLock;
import org.assay.ui.internal.projects.WorkbenchLock;
import org.assay.store.StoreException;
import org.assay.ui.internal.Messages;
import org.assay.ui.internal.projects.OpenProjects;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;

/**
 * File &gt; Import &gt; Assay: reads a corpus with a progress bar and adds it to an open project. A bad file
 * keeps the wizard open with its file and line named, and the project untouched.
 */
public final class ImportWizard extends Wizard implements IImportWizard {

	private ImportPage page;
	private ImportSummary summary;

	public ImportWizard() {
		setWindowTitle(Messages.import_title);
		setNeedsProgressMonitor(true);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		// the page offers the open projects; the selection does not matter
	}

	@Override
	public void addPages() {
		page = new ImportPage();
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		Format format = page.format();
		Path source = page.source();
		ProjectFolder folder = page.project();
		ImportOptions options = page.options();
		try {
			getContainer().run(true, false, monitor -> {
				monitor.beginTask(NLS.bind(Messages.import_running, source.getFileName()), IProgressMonitor.UNKNOWN);
				try {
					// as assay import: under the project's lock, stored while it is read, all or nothing
					try (ProjectLock lock = ProjectLock.acquire(folder.dir(),
							WorkbenchLock.command("import " + format.id() + " " + source.getFileName()))) {
						summary = Importing.apply(folder, format.importer(), source, options, read -> {
							monitor.worked(1);
							if (read % 100 == 1) {
								monitor.subTask(NLS.bind(Messages.import_documentsRead, read));
							}
						});
					}
					monitor.done();
				} catch (FormatException | StoreException e) {
					throw new InvocationTargetException(e);
				}
			});
		} catch (InvocationTargetException e) {
			page.setErrorMessage(e.getCause().getMessage());
			return false;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
		OpenProjects.get().changed(folder);
		MessageDialog.openInformation(getShell(), Messages.import_done, Transfer.text(summary::print));
		return true;
	}

	/** What the last import did, for tests. */
	public ImportSummary summary() {
		return summary;
	}

	/** The page, for tests. */
	public ImportPage page() {
		return page;
	}
}
