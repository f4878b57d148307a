/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.internal.projects;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.List;

import org.assay.model.support.StandardSchema;
import org.assay.store.ProjectFolder;
import org.assay.store.StoreException;
import org.assay.store.TextFolderImport;
import org.assay.ui.internal.Messages;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * File &gt; New Project...: an empty folder for the project, then optionally a folder of texts to import,
 * read with a progress bar; a bad text stops the import before anything is created.
 */
public final class NewProjectHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		DirectoryDialog target = new DirectoryDialog(shell);
		target.setText(Messages.openProject_title);
		target.setMessage(Messages.newProject_chooseFolder);
		String dir = target.open();
		if (dir == null) {
			return null;
		}
		DirectoryDialog source = new DirectoryDialog(shell);
		source.setMessage(Messages.newProject_chooseTexts);
		String texts = source.open();
		ProjectFolder[] created = new ProjectFolder[1];
		try {
			new ProgressMonitorDialog(shell).run(true, false, monitor -> {
				try {
					monitor.beginTask(Messages.newProject_chooseTexts, 2);
					List<TextFolderImport.Text> read = texts == null ? List.of() : TextFolderImport.read(Path.of(texts));
					monitor.worked(1);
					Path path = Path.of(dir);
					created[0] = ProjectFolder.create(path, path.getFileName().toString(), StandardSchema.create());
					TextFolderImport.addAll(created[0], read);
					monitor.done();
				} catch (StoreException e) {
					throw new InvocationTargetException(e);
				}
			});
		} catch (InvocationTargetException e) {
			MessageDialog.openError(shell, Messages.openProject_title,
					Messages.newProject_failed + "\n\n" + e.getCause().getMessage());
			return null;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return null;
		}
		OpenProjects.get().add(created[0]);
		MessageDialog.openInformation(shell, Messages.openProject_title, NLS.bind(Messages.newProject_created,
				created[0].project().getName(), created[0].project().getDocuments().size()));
		return null;
	}
}
