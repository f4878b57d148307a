/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.internal.transfer;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

import org.assay.store.ProjectFolder;
import org.assay.ui.internal.Messages;
import org.assay.ui.internal.projects.OpenProjects;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/** What the import and export pages share: the project combo, labelled fields, and report text. */
final class Transfer {

	private Transfer() {
	}

	/** Text that a summary or report prints. */
	static String text(Consumer<PrintStream> printer) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
		printer.accept(out);
		return bytes.toString(StandardCharsets.UTF_8);
	}

	static Label label(Composite parent, String text) {
		Label label = new Label(parent, SWT.NONE);
		label.setText(text);
		return label;
	}

	/** A read-only combo of the open projects, spanning the given columns. */
	static Combo projects(Composite parent, int span) {
		label(parent, Messages.transfer_project);
		Combo combo = new Combo(parent, SWT.READ_ONLY);
		for (ProjectFolder p : OpenProjects.get().projects()) {
			combo.add(p.project().getName() + "  (" + p.dir() + ")");
		}
		if (combo.getItemCount() > 0) {
			combo.select(0);
		}
		GridDataFactory.fillDefaults().grab(true, false).span(span, 1).applyTo(combo);
		return combo;
	}

	/** Selects a project in a combo made by {@link #projects}. */
	static void select(Combo combo, ProjectFolder folder) {
		combo.select(OpenProjects.get().projects().indexOf(folder));
		combo.notifyListeners(SWT.Selection, null);
	}

	static ProjectFolder project(Combo combo) {
		List<ProjectFolder> open = OpenProjects.get().projects();
		int i = combo.getSelectionIndex();
		return i < 0 || i >= open.size() ? null : open.get(i);
	}

	/**
	 * The project a wizard starts on: the one of the selected project, document or set, else that of the
	 * active document editor, else null (the first open project).
	 */
	static ProjectFolder projectOf(org.eclipse.ui.IWorkbench workbench, org.eclipse.jface.viewers.IStructuredSelection selection) {
		Object first = selection == null ? null : selection.getFirstElement();
		if (first instanceof ProjectFolder p) {
			return p;
		}
		if (first instanceof org.assay.model.AnnotationSet set && set.eContainer() instanceof org.assay.model.Document d) {
			first = d;
		}
		if (first instanceof org.assay.model.Document d) {
			return OpenProjects.get().folderOf(d);
		}
		var window = workbench == null ? null : workbench.getActiveWorkbenchWindow();
		if (window != null && window.getActivePage() != null
				&& window.getActivePage().getActiveEditor() instanceof org.assay.ui.internal.editor.DocumentEditor e) {
			return OpenProjects.get().folderOf(e.document());
		}
		return null;
	}

	/** The settings the import and export wizards remember between runs, kept with the workbench's. */
	static org.eclipse.jface.dialogs.IDialogSettings dialogSettings() {
		return org.eclipse.jface.dialogs.DialogSettings.getOrCreateSection(
				org.eclipse.ui.PlatformUI.getDialogSettingsProvider(org.osgi.framework.FrameworkUtil.getBundle(Transfer.class))
						.getDialogSettings(), "transfer");
	}
}
