/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.internal.team;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.assay.agreement.Agreement;
import org.assay.agreement.AgreementReport;
import org.assay.agreement.AgreementReport.Layer;
import org.assay.agreement.AgreementReport.Measures;
import org.assay.agreement.AgreementReport.Pair;
import org.assay.agreement.Figure;
import org.assay.model.AnnotationSet;
import org.assay.model.Document;
import org.assay.model.support.WorkStates;
import org.assay.store.ProjectFolder;
import org.assay.ui.internal.Messages;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.part.ViewPart;

/**
 * Agreement between the checked sets of a project (annotators, gold, engines: any set is a rater), as
 * {@code assay agreement} computes it: per layer and label the units, the observed share, Fleiss' κ,
 * Krippendorff's α and unitizing α, and the pairwise Cohen's κ matrix; a figure that rests on nothing says so.
 * Computed in the background.
 */
public final class AgreementView extends ViewPart {

	public static final String ID = "org.assay.ui.views.agreement";

	private ProjectChooser chooser;
	private Table sets;
	private Button proposals;
	private Button doneOnly;
	private Label summary;
	private Table figures;
	private Table pairs;
	private AgreementReport report;

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.swtDefaults().numColumns(5).applyTo(parent);
		new Label(parent, SWT.NONE).setText(Messages.team_project);
		chooser = new ProjectChooser(parent, this::fillSets);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(chooser.control());
		proposals = new Button(parent, SWT.CHECK);
		proposals.setText(Messages.agreement_proposals);
		doneOnly = new Button(parent, SWT.CHECK);
		doneOnly.setText(Messages.agreement_doneOnly);
		Button compute = new Button(parent, SWT.PUSH);
		compute.setText(Messages.agreement_compute);
		compute.addListener(SWT.Selection, e -> compute());
		sets = new Table(parent, SWT.BORDER | SWT.CHECK | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().hint(150, 120).grab(false, true).applyTo(sets);
		figures = table(parent, Messages.agreement_layerLabel, Messages.agreement_units, Messages.agreement_observed,
				Messages.agreement_fleiss, Messages.agreement_alpha, Messages.agreement_unitizing);
		GridDataFactory.fillDefaults().span(3, 1).grab(true, true).applyTo(figures);
		pairs = table(parent, Messages.agreement_pairs); // beside the figures: the bottom of the window is low
		GridDataFactory.fillDefaults().grab(true, true).applyTo(pairs);
		summary = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().span(5, 1).grab(true, false).hint(300, SWT.DEFAULT).applyTo(summary);
		fillSets();
	}

	private static Table table(Composite parent, String... titles) {
		Table t = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION);
		t.setHeaderVisible(true);
		t.setLinesVisible(true);
		for (String title : titles) {
			new TableColumn(t, SWT.LEFT).setText(title);
		}
		return t;
	}

	private void fillSets() {
		if (sets == null || sets.isDisposed()) {
			return;
		}
		sets.removeAll();
		ProjectFolder folder = chooser.project();
		if (folder == null) {
			return;
		}
		TreeSet<String> names = new TreeSet<>();
		for (Document d : folder.project().getDocuments()) {
			for (AnnotationSet s : d.getAnnotationSets()) {
				names.add(s.getName());
			}
		}
		for (String n : names) {
			new TableItem(sets, SWT.NONE).setText(n);
		}
	}

	/** Checks the sets to compare by name; for tests and callers that know them. */
	public void check(String... names) {
		List<String> wanted = List.of(names);
		for (TableItem item : sets.getItems()) {
			item.setChecked(wanted.contains(item.getText()));
		}
	}

	public void choose(ProjectFolder folder) {
		chooser.choose(folder);
	}

	/** Computes the agreement of the checked sets in the background and shows it. */
	public Job compute() {
		ProjectFolder folder = chooser.project();
		List<String> raters = new ArrayList<>();
		for (TableItem item : sets.getItems()) {
			if (item.getChecked()) {
				raters.add(item.getText());
			}
		}
		if (folder == null || raters.size() < 2) {
			summary.setText(Messages.agreement_chooseTwo);
			return null;
		}
		boolean withProposals = proposals.getSelection();
		List<Document> documents = doneOnly.getSelection()
				? folder.project().getDocuments().stream().filter(d -> WorkStates.doneIn(d, raters)).toList()
				: folder.project().getDocuments();
		summary.setText(NLS.bind(Messages.agreement_computing, String.join(", ", raters)));
		Job job = Job.create(Messages.agreement_job, (IProgressMonitor monitor) -> {
			AgreementReport r = Agreement.compute(documents, folder.project().getSchema(), raters,
					List.of(), withProposals);
			summary.getDisplay().asyncExec(() -> show(r));
			return Status.OK_STATUS;
		});
		job.setUser(false);
		job.schedule();
		return job;
	}

	private void show(AgreementReport r) {
		if (figures.isDisposed()) {
			return;
		}
		report = r;
		figures.removeAll();
		pairs.removeAll();
		for (TableColumn c : pairs.getColumns()) {
			c.dispose();
		}
		new TableColumn(pairs, SWT.LEFT).setText(Messages.agreement_pairs);
		for (String s : r.sets()) {
			new TableColumn(pairs, SWT.RIGHT).setText(s);
		}
		for (Layer layer : r.layers()) {
			row(layer.layer(), layer.all(), true);
			for (Measures m : layer.labels()) {
				row("   " + m.label(), m, false);
			}
			for (String a : r.sets()) {
				TableItem item = new TableItem(pairs, SWT.NONE);
				item.setText(0, layer.layer() + ": " + a);
				for (int j = 0; j < r.sets().size(); j++) {
					String b = r.sets().get(j);
					Pair p = layer.pairs().stream().filter(x -> x.a().equals(a) && x.b().equals(b)
							|| x.a().equals(b) && x.b().equals(a)).findFirst().orElse(null);
					item.setText(j + 1, p == null ? "" : cell(p.kappa()) + " (n=" + p.kappa().units() + ")");
				}
			}
		}
		for (Table t : new Table[] { figures, pairs }) {
			for (TableColumn c : t.getColumns()) {
				c.pack();
			}
		}
		summary.setText(NLS.bind(Messages.agreement_summary, new Object[] { String.join(", ", r.sets()),
				r.documents().size(), r.skipped().size() }));
	}

	private void row(String name, Measures m, boolean bold) {
		TableItem item = new TableItem(figures, SWT.NONE);
		item.setText(new String[] { name, String.valueOf(m.units()), cell(m.observed()), cell(m.fleiss()), cell(m.alpha()),
				unitized(m) ? cell(m.unitizing()) + " (n=" + m.unitizing().units() + ")" : "\u2014" });
		if (bold) {
			item.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
		}
	}

	private static String cell(Figure f) {
		return f.text();
	}

	/** Whether the unitizing alpha applies: not to links and document labels, whose units have no extent. */
	private static boolean unitized(Measures m) {
		return m.units() == 0 || m.unitizing().units() > 0;
	}

	/** The last report shown, and the tables; for tests. */
	public AgreementReport report() {
		return report;
	}

	public Table figures() {
		return figures;
	}

	public Table pairs() {
		return pairs;
	}

	@Override
	public void setFocus() {
		sets.setFocus();
	}
}
