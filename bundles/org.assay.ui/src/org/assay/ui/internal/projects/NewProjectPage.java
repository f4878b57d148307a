/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.internal.projects;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.assay.store.LabelSchemas;
import org.assay.store.NamedSchema;
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
	private Label schemaDescription;
	/** The ids of the schemas in the combo, in its order. */
	private final List<String> schemaIds = new ArrayList<>();
	private final Runnable schemasChanged = () -> {
		if (schema != null && !schema.isDisposed()) {
			schema.getDisplay().asyncExec(this::fillSchemas);
		}
	};

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
		GridDataFactory.fillDefaults().span(2, 1).applyTo(schema);
		new Label(c, SWT.NONE);
		schemaDescription = new Label(c, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).span(2, 1).applyTo(schemaDescription);
		schema.addListener(SWT.Selection, e -> describeSchema());
		fillSchemas();
		LabelSchemas.addChangeListener(schemasChanged); // a plug-in installed or removed while the wizard is open
		schema.addDisposeListener(e -> LabelSchemas.removeChangeListener(schemasChanged));
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

	/** The installed schemas, the standard one first; the selection kept when it is still there. */
	private void fillSchemas() {
		if (schema.isDisposed()) {
			return;
		}
		String selected = schemaId();
		schema.removeAll();
		schemaIds.clear();
		for (NamedSchema s : LabelSchemas.all()) {
			schemaIds.add(s.id());
			schema.add(s.id().equals(LabelSchemas.STANDARD) ? Messages.newProject_standardSchema : s.name());
		}
		int index = selected == null ? -1 : schemaIds.indexOf(selected);
		schema.select(Math.max(0, index));
		describeSchema();
	}

	private void describeSchema() {
		NamedSchema s = LabelSchemas.find(schemaId());
		schemaDescription.setText(s == null || s.id().equals(LabelSchemas.STANDARD) ? "" : s.description());
		schemaDescription.getParent().layout(true);
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

	/** Chooses a schema as a user would in the combo; for tests. */
	public void selectSchema(String id) {
		int index = schemaIds.indexOf(id);
		if (index < 0) {
			throw new IllegalArgumentException("no schema '" + id + "' in the combo: " + schemaIds);
		}
		schema.select(index);
		schema.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
	}

	/** The names in the schema combo, in order; for tests. */
	public List<String> schemaNames() {
		return List.of(schema.getItems());
	}

	/** The id of the chosen schema, or null before the page is made. */
	public String schemaId() {
		int index = schema == null ? -1 : schema.getSelectionIndex();
		return index < 0 || index >= schemaIds.size() ? null : schemaIds.get(index);
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
