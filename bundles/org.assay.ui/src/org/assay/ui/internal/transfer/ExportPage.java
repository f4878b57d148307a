/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.internal.transfer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.assay.formats.Exporting;
import org.assay.formats.Format;
import org.assay.formats.Formats;
import org.assay.model.Document;
import org.assay.model.Layer;
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
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/** Format, project, set, layers, statuses, split and output of an export. */
public final class ExportPage extends WizardPage {

	private final List<Format> formats = new ArrayList<>();
	private Combo format;
	private Combo project;
	private Combo set;
	private Table layers;
	private Button acceptedOnly;
	private Button doneOnly;
	private Text split;
	private Text seed;
	private Combo scheme;
	private Text out;
	private ProjectFolder initialProject;
	private boolean acceptedOnlyTouched;

	/** Formats that train taggers: their export is accepted annotations only unless the user says otherwise. */
	private static final java.util.Set<String> TRAINING_FORMATS = java.util.Set.of("conll2003");

	private static final String FORMAT = "format";
	private static final String SET = "set";
	private static final String ACCEPTED_ONLY = "acceptedOnly";
	private static final String DONE_ONLY = "doneOnly";
	private static final String SPLIT = "split";
	private static final String SEED = "seed";
	private static final String SCHEME = "scheme";
	private static final String OUT = "out";

	ExportPage() {
		super("export");
		setTitle(Messages.export_title);
		setDescription(Messages.export_description);
	}

	@Override
	public void createControl(Composite parent) {
		Composite c = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(c);
		Transfer.label(c, Messages.transfer_format);
		format = new Combo(c, SWT.READ_ONLY);
		for (Format f : Formats.all()) {
			if (f.exporter() != null) {
				formats.add(f);
				format.add(f.name() + " \u2014 " + f.description());
			}
		}
		format.select(0);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(format);
		project = Transfer.projects(c, 2);
		Transfer.label(c, Messages.transfer_set);
		set = new Combo(c, SWT.DROP_DOWN);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(set);
		Transfer.label(c, Messages.export_layers);
		layers = new Table(c, SWT.CHECK | SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(SWT.DEFAULT, 80).applyTo(layers);
		acceptedOnly = new Button(c, SWT.CHECK);
		acceptedOnly.setText(Messages.export_acceptedOnly);
		GridDataFactory.fillDefaults().span(3, 1).applyTo(acceptedOnly);
		doneOnly = new Button(c, SWT.CHECK);
		doneOnly.setText(Messages.export_doneOnly);
		GridDataFactory.fillDefaults().span(3, 1).applyTo(doneOnly);
		Transfer.label(c, Messages.export_split);
		split = new Text(c, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(split);
		Transfer.label(c, Messages.export_seed);
		seed = new Text(c, SWT.BORDER);
		seed.setText("1");
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(seed);
		Transfer.label(c, Messages.export_scheme);
		scheme = new Combo(c, SWT.READ_ONLY);
		scheme.setItems("iob1", "iob2", "bioes");
		scheme.select(0);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(scheme);
		Transfer.label(c, Messages.export_out);
		out = new Text(c, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(out);
		Button browse = new Button(c, SWT.PUSH);
		browse.setText(Messages.transfer_browse);
		browse.addListener(SWT.Selection, e -> browse());

		project.addListener(SWT.Selection, e -> fillProject());
		for (var w : List.of(out, split, seed)) {
			w.addListener(SWT.Modify, e -> validate());
		}
		set.addListener(SWT.Modify, e -> validate());
		acceptedOnly.addListener(SWT.Selection, e -> acceptedOnlyTouched = true);
		format.addListener(SWT.Selection, e -> formatChosen());
		if (initialProject != null) {
			Transfer.select(project, initialProject);
		}
		restore();
		fillProject();
		formatChosen();
		setControl(c);
	}

	/** The project to open on: the one selected or edited when the wizard started. */
	void startOn(ProjectFolder folder) {
		initialProject = folder;
	}

	/** A training format exports accepted annotations only, unless the user chose otherwise. */
	private void formatChosen() {
		if (!acceptedOnlyTouched) {
			acceptedOnly.setSelection(TRAINING_FORMATS.contains(format().id()));
		}
		scheme.setEnabled(format().id().equals("conll2003"));
	}

	/** The settings of the last export (the project's own choice of set is kept if it has that set). */
	private void restore() {
		org.eclipse.jface.dialogs.IDialogSettings s = settings();
		if (s == null) {
			return;
		}
		for (int i = 0; i < formats.size(); i++) {
			if (formats.get(i).id().equals(s.get(FORMAT))) {
				format.select(i);
			}
		}
		if (s.get(ACCEPTED_ONLY) != null) {
			acceptedOnly.setSelection(s.getBoolean(ACCEPTED_ONLY));
			acceptedOnlyTouched = true;
		}
		doneOnly.setSelection(s.getBoolean(DONE_ONLY));
		split.setText(s.get(SPLIT) == null ? "" : s.get(SPLIT));
		seed.setText(s.get(SEED) == null ? "1" : s.get(SEED));
		if (s.get(SCHEME) != null && scheme.indexOf(s.get(SCHEME)) >= 0) {
			scheme.select(scheme.indexOf(s.get(SCHEME)));
		}
		out.setText(s.get(OUT) == null ? "" : s.get(OUT));
	}

	/** Remembers this export's settings for the next one. */
	void remember() {
		org.eclipse.jface.dialogs.IDialogSettings s = settings();
		if (s == null) {
			return;
		}
		s.put(FORMAT, format().id());
		s.put(SET, set.getText().strip());
		s.put(ACCEPTED_ONLY, acceptedOnly.getSelection());
		s.put(DONE_ONLY, doneOnly.getSelection());
		s.put(SPLIT, split.getText().strip());
		s.put(SEED, seed.getText().strip());
		s.put(SCHEME, scheme.getText());
		s.put(OUT, out.getText().strip());
	}

	private org.eclipse.jface.dialogs.IDialogSettings settings() {
		return getWizard() == null || getWizard().getDialogSettings() == null ? null
				: org.eclipse.jface.dialogs.DialogSettings.getOrCreateSection(getWizard().getDialogSettings(), "export");
	}

	private void browse() {
		String chosen;
		if (format().exporter().writesOneFile()) {
			FileDialog d = new FileDialog(getShell(), SWT.SAVE);
			d.setText(Messages.export_chooseOut);
			d.setOverwrite(true);
			chosen = d.open();
		} else {
			DirectoryDialog d = new DirectoryDialog(getShell());
			d.setMessage(Messages.export_chooseOut);
			chosen = d.open();
		}
		if (chosen != null) {
			out.setText(chosen);
		}
	}

	private void fillProject() {
		set.removeAll();
		layers.removeAll();
		ProjectFolder p = Transfer.project(project);
		if (p != null) {
			TreeSet<String> names = new TreeSet<>();
			for (Document d : p.project().getDocuments()) {
				d.getAnnotationSets().forEach(s -> names.add(s.getName()));
			}
			names.forEach(set::add);
			set.add(Exporting.PROPOSALS);
			String last = settings() == null ? null : settings().get(SET);
			set.setText(last != null && (names.contains(last) || Exporting.PROPOSALS.equals(last)) ? last
					: names.contains(SetNames.GOLD) ? SetNames.GOLD : names.isEmpty() ? "" : names.first());
			for (Layer l : p.project().getSchema().getLayers()) {
				new TableItem(layers, SWT.NONE).setText(l.getName());
			}
		}
		validate();
	}

	private void validate() {
		String problem = null;
		if (Transfer.project(project) == null) {
			problem = Messages.transfer_noProject;
		} else if (set.getText().isBlank()) {
			problem = Messages.transfer_set;
		} else if (out.getText().isBlank()) {
			problem = Messages.export_chooseOut;
		} else if (!split.getText().isBlank() && !split.getText().strip().matches("\\d+/\\d+/\\d+")) {
			problem = Messages.export_split;
		} else if (!seed.getText().strip().matches("-?\\d+")) {
			problem = Messages.export_seed;
		}
		setErrorMessage(problem);
		setPageComplete(problem == null);
	}

	Format format() {
		return formats.get(format.getSelectionIndex());
	}

	ProjectFolder project() {
		return Transfer.project(project);
	}

	Exporting.Selection selection() {
		List<String> chosen = new ArrayList<>();
		for (TableItem item : layers.getItems()) {
			if (item.getChecked()) {
				chosen.add(item.getText());
			}
		}
		return new Exporting.Selection(set.getText().strip(), chosen, acceptedOnly.getSelection(),
				doneOnly.getSelection());
	}

	String split() {
		return split.getText().strip();
	}

	long seed() {
		return Long.parseLong(seed.getText().strip());
	}

	String scheme() {
		return scheme.getText();
	}

	Path out() {
		return Path.of(out.getText().strip());
	}

	/** Fills the page as a user would, for tests. */
	public void fill(ProjectFolder from, String formatId, String setName, Path to, String splitSpec) {
		Transfer.select(project, from);
		for (int i = 0; i < formats.size(); i++) {
			if (formats.get(i).id().equals(formatId)) {
				format.select(i);
			}
		}
		formatChosen();
		set.setText(setName);
		out.setText(to.toString());
		split.setText(splitSpec);
	}

	/** Whether only accepted annotations are exported, as the check box says; for tests. */
	public boolean acceptedOnly() {
		return acceptedOnly.getSelection();
	}

	/** The project chosen, the set and the output, as shown; for tests. */
	public String shown() {
		return project.getText() + " | " + set.getText() + " | " + out.getText();
	}
}
