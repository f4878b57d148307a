/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.internal.transfer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.assay.formats.Format;
import org.assay.formats.Formats;
import org.assay.formats.ImportOptions;
import org.assay.model.support.SetNames;
import org.assay.store.ProjectFolder;
import org.assay.ui.internal.Messages;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Text;

/** Format, source, target project and set of an import. */
public final class ImportPage extends WizardPage {

	private final List<Format> formats = new ArrayList<>();
	private Combo format;
	private Text source;
	private Combo project;
	private Text set;
	private Text layer;
	private Button replace;

	ImportPage() {
		super("import");
		setTitle(Messages.import_title);
		setDescription(Messages.import_description);
	}

	@Override
	public void createControl(Composite parent) {
		Composite c = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(4).applyTo(c);
		Transfer.label(c, Messages.transfer_format);
		format = new Combo(c, SWT.READ_ONLY);
		for (Format f : Formats.all()) {
			if (f.importer() != null) {
				formats.add(f);
				format.add(f.name() + " \u2014 " + f.description());
			}
		}
		format.select(0);
		GridDataFactory.fillDefaults().grab(true, false).span(3, 1).applyTo(format);

		Transfer.label(c, Messages.import_source);
		source = new Text(c, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(source);
		Button file = new Button(c, SWT.PUSH);
		file.setText(Messages.transfer_browse);
		file.addListener(SWT.Selection, e -> {
			FileDialog d = new FileDialog(getShell(), SWT.OPEN);
			d.setText(Messages.import_chooseSource);
			String chosen = d.open();
			if (chosen != null) {
				source.setText(chosen);
			}
		});
		Button folder = new Button(c, SWT.PUSH);
		folder.setText(Messages.transfer_browse.replace("...", "") + " folder...");
		folder.addListener(SWT.Selection, e -> {
			DirectoryDialog d = new DirectoryDialog(getShell());
			d.setMessage(Messages.import_chooseSource);
			String chosen = d.open();
			if (chosen != null) {
				source.setText(chosen);
			}
		});

		project = Transfer.projects(c, 3);
		Transfer.label(c, Messages.transfer_set);
		set = new Text(c, SWT.BORDER);
		set.setText(SetNames.GOLD);
		GridDataFactory.fillDefaults().grab(true, false).span(3, 1).applyTo(set);
		Transfer.label(c, Messages.import_layer);
		layer = new Text(c, SWT.BORDER);
		layer.setText("entity");
		GridDataFactory.fillDefaults().grab(true, false).span(3, 1).applyTo(layer);
		replace = new Button(c, SWT.CHECK);
		replace.setText(Messages.import_replace);
		GridDataFactory.fillDefaults().span(4, 1).applyTo(replace);

		for (var w : List.of(source, set, layer)) {
			w.addListener(SWT.Modify, e -> validate());
		}
		project.addListener(SWT.Selection, e -> validate());
		setControl(c);
		validate();
	}

	private void validate() {
		String problem = null;
		if (project.getSelectionIndex() < 0) {
			problem = Messages.transfer_noProject;
		} else if (source.getText().isBlank() || !Files.exists(Path.of(source.getText().strip()))) {
			problem = Messages.import_chooseSource;
		} else if (!SetNames.isValid(set.getText().strip())) {
			problem = Messages.transfer_set;
		}
		setErrorMessage(problem);
		setPageComplete(problem == null);
	}

	Format format() {
		return formats.get(format.getSelectionIndex());
	}

	Path source() {
		return Path.of(source.getText().strip());
	}

	ProjectFolder project() {
		return Transfer.project(project);
	}

	ImportOptions options() {
		return new ImportOptions(set.getText().strip(), layer.getText().strip(), Map.of(), replace.getSelection());
	}

	/** Fills the page as a user would, for tests. */
	public void fill(ProjectFolder into, String formatId, Path from, String setName) {
		Transfer.select(project, into);
		for (int i = 0; i < formats.size(); i++) {
			if (formats.get(i).id().equals(formatId)) {
				format.select(i);
			}
		}
		source.setText(from.toString());
		set.setText(setName);
	}
}
