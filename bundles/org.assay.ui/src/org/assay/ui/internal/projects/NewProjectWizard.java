/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.internal.projects;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.List;

import org.assay.store.LabelSchemas;
import org.assay.store.NamedSchema;
import org.assay.store.ProjectFolder;
import org.assay.store.StoreException;
import org.assay.store.TextFolderImport;
import org.assay.ui.internal.Messages;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;

/**
 * File &gt; New Project...: one page, then the texts are read and checked with a progress bar before the project
 * is made, so that a bad text stops it with nothing created; the new project opens in the navigator.
 */
public final class NewProjectWizard extends Wizard {

	private final NewProjectPage page = new NewProjectPage();
	private ProjectFolder created;

	public NewProjectWizard() {
		setWindowTitle(Messages.newProject_title);
		setNeedsProgressMonitor(true);
	}

	@Override
	public void addPages() {
		addPage(page);
	}

	public NewProjectPage page() {
		return page;
	}

	/** The project made by Finish, or null. */
	public ProjectFolder created() {
		return created;
	}

	@Override
	public boolean performFinish() {
		Path dir = page.folder();
		String name = page.projectName();
		Path texts = page.texts();
		NamedSchema schema = LabelSchemas.find(page.schemaId());
		if (schema == null) { // removed with its plug-in while the page was open
			page.setErrorMessage(NLS.bind(Messages.newProject_noSchema, page.schemaId()));
			return false;
		}
		try {
			getContainer().run(true, false, monitor -> {
				try {
					monitor.beginTask(Messages.newProject_reading, 2);
					List<TextFolderImport.Text> read = texts == null ? List.of() : TextFolderImport.read(texts);
					monitor.worked(1);
					monitor.subTask(Messages.newProject_creating);
					ProjectFolder folder = ProjectFolder.create(dir, name, schema.copy());
					TextFolderImport.addAll(folder, read);
					created = folder;
					monitor.done();
				} catch (StoreException e) {
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
		OpenProjects.get().add(created);
		return true;
	}
}
