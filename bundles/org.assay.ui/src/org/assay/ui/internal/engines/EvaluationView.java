/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.internal.engines;

import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import org.assay.model.AnnotationSet;
import org.assay.model.Document;
import org.assay.text.scoring.Counts;
import org.assay.model.evaluation.Evaluation;
import org.assay.model.evaluation.EvaluationTable;
import org.assay.model.support.SetNames;
import org.assay.store.ProjectFolder;
import org.assay.uima.Engines;
import org.assay.ui.internal.Messages;
import org.assay.ui.internal.projects.OpenProjects;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.ui.part.ViewPart;

/**
 * Compares two sets of a project, an engine's proposals against gold or one annotator against another:
 * precision, recall and F1 per layer and label, exact and overlapping, with a total per layer.
 */
public final class EvaluationView extends ViewPart {

	public static final String ID = "org.assay.ui.views.evaluation";

	private Combo project;
	private Combo predicted;
	private Combo reference;
	private Table table;
	private Label summary;
	private Button withProposals;
	private final OpenProjects.Listener listener = () -> project.getDisplay().asyncExec(this::fillProjects);

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.swtDefaults().numColumns(8).applyTo(parent);
		new Label(parent, SWT.NONE).setText(Messages.evaluation_project);
		project = new Combo(parent, SWT.READ_ONLY);
		new Label(parent, SWT.NONE).setText(Messages.evaluation_predicted);
		predicted = new Combo(parent, SWT.READ_ONLY);
		new Label(parent, SWT.NONE).setText(Messages.evaluation_reference);
		reference = new Combo(parent, SWT.READ_ONLY);
		withProposals = new Button(parent, SWT.CHECK);
		withProposals.setText(Messages.evaluation_withProposals);
		withProposals.setToolTipText(Messages.evaluation_withProposalsTip);
		withProposals.addListener(SWT.Selection, e -> compare());
		Button compare = new Button(parent, SWT.PUSH);
		compare.setText(Messages.evaluation_compare);
		compare.addListener(SWT.Selection, e -> compare());
		summary = new Label(parent, SWT.NONE);
		GridDataFactory.fillDefaults().span(8, 1).grab(true, false).applyTo(summary);
		table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		for (String title : new String[] { Messages.evaluation_layer, Messages.evaluation_label, "pred", "ref", "P", "R",
				"F1", "P~", "R~", "F1~" }) {
			new TableColumn(table, title.length() <= 4 ? SWT.RIGHT : SWT.LEFT).setText(title);
		}
		GridDataFactory.fillDefaults().span(8, 1).grab(true, true).applyTo(table);
		project.addListener(SWT.Selection, e -> fillSets());
		OpenProjects.get().addListener(listener);
		fillProjects();
	}

	@Override
	public void dispose() {
		OpenProjects.get().removeListener(listener);
		super.dispose();
	}

	private void fillProjects() {
		if (project.isDisposed()) {
			return;
		}
		project.removeAll();
		for (ProjectFolder f : OpenProjects.get().projects()) {
			project.add(f.project().getName());
		}
		if (project.getItemCount() > 0) {
			project.select(0);
		}
		fillSets();
	}

	private ProjectFolder folder() {
		int i = project.getSelectionIndex();
		List<ProjectFolder> open = OpenProjects.get().projects();
		return i < 0 || i >= open.size() ? null : open.get(i);
	}

	private void fillSets() {
		predicted.removeAll();
		reference.removeAll();
		ProjectFolder f = folder();
		if (f == null) {
			return;
		}
		TreeSet<String> names = new TreeSet<>();
		for (Document d : f.project().getDocuments()) {
			for (AnnotationSet s : d.getAnnotationSets()) {
				names.add(s.getName());
			}
		}
		for (String n : names) {
			predicted.add(n);
			reference.add(n);
		}
		select(predicted, names.stream().filter(n -> n.startsWith(SetNames.ENGINE_PREFIX)).findFirst().orElse(null));
		select(reference, names.contains(SetNames.GOLD) ? SetNames.GOLD : null);
		predicted.getParent().layout(true, true);
	}

	private static void select(Combo combo, String name) {
		int i = name == null ? -1 : combo.indexOf(name);
		combo.select(Math.max(0, Math.min(i < 0 ? 0 : i, combo.getItemCount() - 1)));
	}

	/** Compares the chosen sets; public for tests, which choose through {@link #choose}. */
	public void compare() {
		ProjectFolder f = folder();
		table.removeAll();
		if (f == null || predicted.getSelectionIndex() < 0 || reference.getSelectionIndex() < 0) {
			summary.setText(Messages.engines_noProject);
			return;
		}
		boolean open = withProposals.getSelection();
		Evaluation e = Evaluation.of(f.project().getDocuments(), predicted.getText(), reference.getText(), open);
		if (e.documents() == 0) {
			summary.setText(NLS.bind(Messages.evaluation_noAnswers, predicted.getText(), reference.getText()));
			return;
		}
		String counted = EvaluationTable.counted(predicted.getText(), reference.getText(), open);
		summary.setText(NLS.bind(Messages.evaluation_summary, new Object[] { predicted.getText(), reference.getText(),
				e.documents() }) + (counted == null ? "" : "\n" + counted));
		Font bold = JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT);
		var include = Engines.rowsFor(predicted.getText());
		for (String layer : e.layersFor(predicted.getText())) {
			for (Evaluation.Row row : e.rows()) {
				if (row.layer().equals(layer) && include.test(row)) {
					item(row, null);
				}
			}
			item(e.total(layer, include), bold);
		}
		for (TableColumn c : table.getColumns()) {
			c.pack();
		}
	}

	/** Chooses the sets to compare by name. */
	public void choose(String predictedSet, String referenceSet) {
		predicted.select(predicted.indexOf(predictedSet));
		reference.select(reference.indexOf(referenceSet));
	}

	/** Whether open proposals count, as the check box says; for tests. */
	public void countOpenProposals(boolean open) {
		withProposals.setSelection(open);
	}

	/** The line above the table, for tests. */
	public String summary() {
		return summary.getText();
	}

	/** The table, for tests. */
	public Table table() {
		return table;
	}

	private void item(Evaluation.Row row, Font font) {
		TableItem item = new TableItem(table, SWT.NONE);
		Counts x = row.exact();
		Counts o = row.overlap();
		item.setText(new String[] { row.layer(), row.label(), Integer.toString(x.predicted()),
				Integer.toString(x.reference()), f(x.precision()), f(x.recall()), f(x.f1()), f(o.precision()),
				f(o.recall()), f(o.f1()) });
		if (font != null) {
			item.setFont(font);
		}
	}

	private static String f(double v) {
		return String.format(Locale.ROOT, "%.3f", v);
	}

	@Override
	public void setFocus() {
		table.setFocus();
	}
}
