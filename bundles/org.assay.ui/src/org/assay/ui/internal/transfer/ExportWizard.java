/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.internal.transfer;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.List;

import org.assay.formats.ExportDocument;
import org.assay.formats.ExportOptions;
import org.assay.formats.ExportReport;
import org.assay.formats.Exporting;
import org.assay.formats.Format;
import org.assay.formats.FormatException;
import org.assay.store.ProjectFolder;
import org.assay.ui.internal.Messages;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;

/** File &gt; Export &gt; Assay: writes a set's annotations with a progress bar, then shows the export report. */
public final class ExportWizard extends Wizard implements IExportWizard {

	private ExportPage page;
	private ExportReport report;

	public ExportWizard() {
		setWindowTitle(Messages.export_title);
		setNeedsProgressMonitor(true);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		page = new ExportPage();
		page.startOn(Transfer.projectOf(workbench, selection));
		setDialogSettings(Transfer.dialogSettings());
	}

	@Override
	public void addPages() {
		if (page == null) {
			page = new ExportPage();
			setDialogSettings(Transfer.dialogSettings());
		}
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		Format format = page.format();
		ProjectFolder folder = page.project();
		Exporting.Selection selection = page.selection();
		String splitSpec = page.split();
		long seed = page.seed();
		Path out = page.out();
		ExportOptions options = new ExportOptions(page.scheme());
		ExportReport result = new ExportReport();
		try {
			int[] split = splitSpec.isEmpty() ? null : Exporting.parseSplit(splitSpec);
			getContainer().run(true, false, monitor -> {
				monitor.beginTask(NLS.bind(Messages.export_running, out.getFileName()), 2);
				try {
					List<ExportDocument> documents = Exporting.select(folder.project(), selection, result);
					monitor.worked(1);
					Exporting.export(format.exporter(), documents, out, options, split, seed, result);
					monitor.done();
				} catch (FormatException | IOException e) {
					throw new InvocationTargetException(e);
				}
			});
		} catch (FormatException e) {
			page.setErrorMessage(e.getMessage());
			return false;
		} catch (InvocationTargetException e) {
			page.setErrorMessage(e.getCause().getMessage());
			return false;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
		report = result;
		page.remember();
		MessageDialog.openInformation(getShell(), Messages.export_report, Transfer.text(result::print));
		return true;
	}

	/** The report of the last export, for tests. */
	public ExportReport report() {
		return report;
	}

	/** The page, for tests. */
	public ExportPage page() {
		return page;
	}
}
