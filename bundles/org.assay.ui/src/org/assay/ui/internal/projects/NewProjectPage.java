/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.internal.projects;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.assay.ui.internal.Messages;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * Everything a new project needs on one page: its name, its folder (checked first: new or empty), the texts to
 * import (optional) and the label schema.
 */
public final class NewProjectPage extends WizardPage {

	private Text name;
	private Text folder;
	private Text texts;
	private Combo schema;

	NewProjectPage() {
		super("newProject");
		setTitle(Messages.newProject_title);
		setDescription(Messages.newProject_description);
	}

	@Override
	public void createControl(Composite parent) {
		Composite c = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(c);
		folder = row(c, Messages.newProject_folder, true);
		name = row(c, Messages.newProject_name, false);
		texts = row(c, Messages.newProject_texts, true);
		new Label(c, SWT.NONE).setText(Messages.newProject_schema);
		schema = new Combo(c, SWT.READ_ONLY);
		schema.add(Messages.newProject_standardSchema);
		schema.select(0);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(schema);
		folder.addModifyListener(e -> {
			Path p = path(folder);
			if (p != null && p.getFileName() != null && (name.getText().isBlank() || name.getData() != null)) {
				name.setText(p.getFileName().toString()); // follows the folder until typed over
				name.setData(Boolean.TRUE);
			}
		});
		name.addListener(SWT.KeyDown, e -> name.setData(null));
		for (Text t : new Text[] { name, folder, texts }) {
			t.addModifyListener(e -> validate());
		}
		setControl(c);
		validate();
	}

	private Text row(Composite c, String label, boolean browse) {
		new Label(c, SWT.NONE).setText(label);
		Text t = new Text(c, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).span(browse ? 1 : 2, 1).applyTo(t);
		if (browse) {
			Button b = new Button(c, SWT.PUSH);
			b.setText(Messages.newProject_browse);
			b.addListener(SWT.Selection, e -> {
				DirectoryDialog d = new DirectoryDialog(getShell());
				d.setMessage(label);
				String chosen = d.open();
				if (chosen != null) {
					t.setText(chosen);
				}
			});
		}
		return t;
	}

	/** The folder first: a project goes into a new or empty folder; then the name; then the texts, if any. */
	private void validate() {
		String problem = null;
		Path dir = path(folder);
		if (dir == null) {
			problem = folder.getText().isBlank() ? null : Messages.newProject_badFolder;
		} else if (Files.exists(dir) && (!Files.isDirectory(dir) || !isEmpty(dir))) {
			problem = NLS.bind(Messages.newProject_notEmpty, dir);
		} else if (name.getText().isBlank()) {
			problem = Messages.newProject_noName;
		} else if (!texts.getText().isBlank() && (path(texts) == null || !Files.isDirectory(path(texts)))) {
			problem = NLS.bind(Messages.newProject_noTexts, texts.getText());
		}
		setErrorMessage(problem);
		setPageComplete(problem == null && dir != null);
	}

	private static boolean isEmpty(Path dir) {
		try (Stream<Path> entries = Files.list(dir)) {
			return entries.findAny().isEmpty();
		} catch (IOException e) {
			return false;
		}
	}

	private static Path path(Text t) {
		try {
			return t.getText().isBlank() ? null : Path.of(t.getText().strip()).toAbsolutePath();
		} catch (java.nio.file.InvalidPathException e) {
			return null;
		}
	}

	/** Fills the page as a user would type it; for tests. */
	public void fill(Path projectFolder, String projectName, Path textFolder) {
		folder.setText(projectFolder.toString());
		if (projectName != null) {
			name.setText(projectName);
			name.setData(null);
		}
		texts.setText(textFolder == null ? "" : textFolder.toString());
	}

	Path folder() {
		return path(folder);
	}

	String projectName() {
		return name.getText().strip();
	}

	Path texts() {
		return texts.getText().isBlank() ? null : path(texts);
	}
}
