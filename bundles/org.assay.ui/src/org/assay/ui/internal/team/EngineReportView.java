/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.internal.team;

import java.util.Locale;
import java.util.Map;

import org.assay.model.evaluation.EngineReport;
import org.assay.store.ProjectFolder;
import org.assay.ui.internal.Messages;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.part.ViewPart;

/**
 * What annotators made of each engine's proposals, as {@code assay report engines} prints it: per engine
 * version and label, accepted, relabelled, resized, rejected and open, with the precision they imply, and the
 * same per confidence band; it follows the project's decisions as they are made.
 */
public final class EngineReportView extends ViewPart {

	public static final String ID = "org.assay.ui.views.engineReport";

	private ProjectChooser chooser;
	private Table table;

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(parent);
		new Label(parent, SWT.NONE).setText(Messages.team_project);
		chooser = new ProjectChooser(parent, this::refresh, true);
		table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		for (String title : new String[] { Messages.report_engine, Messages.report_label, Messages.report_accepted,
				Messages.report_relabelled, Messages.report_resized, Messages.report_rejected, Messages.report_open,
				Messages.report_precision, Messages.report_labelRight }) {
			new TableColumn(table, SWT.LEFT).setText(title);
		}
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).applyTo(table);
		refresh();
	}

	/** Reads the chosen project's report again. */
	public void refresh() {
		if (table == null || table.isDisposed() || chooser == null) {
			return;
		}
		ProjectFolder folder = chooser.project();
		table.removeAll();
		if (folder == null) {
			return;
		}
		EngineReport report = EngineReport.of(folder.project().getDocuments());
		for (EngineReport.Engine e : report.engines()) {
			String engine = e.id() + " " + e.version();
			row(engine, "all", e.all(), true);
			for (Map.Entry<String, EngineReport.Tally> t : e.labels().entrySet()) {
				row("", t.getKey(), t.getValue(), false);
			}
			for (int i = 0; i < EngineReport.BANDS.length; i++) {
				EngineReport.Tally t = e.bands()[i];
				if (t.decided() + t.open() > 0) {
					row("", String.format(Locale.ROOT, Messages.report_band, EngineReport.BANDS[i],
							i + 1 < EngineReport.BANDS.length ? EngineReport.BANDS[i + 1] : 1.0), t, false);
				}
			}
		}
		for (TableColumn c : table.getColumns()) {
			c.pack();
		}
	}

	private void row(String engine, String label, EngineReport.Tally t, boolean bold) {
		TableItem item = new TableItem(table, SWT.NONE);
		item.setText(new String[] { engine, label, String.valueOf(t.accepted()), String.valueOf(t.relabelled()),
				String.valueOf(t.resized()), String.valueOf(t.rejected()), String.valueOf(t.open()), share(t.precision()),
				share(t.labelPrecision()) });
		if (bold) {
			item.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
		}
	}

	private static String share(Double d) {
		return d == null ? "-" : String.format(Locale.ROOT, "%.3f", d);
	}

	public void choose(ProjectFolder folder) {
		chooser.choose(folder);
	}

	public Table table() {
		return table;
	}

	@Override
	public void setFocus() {
		table.setFocus();
	}
}
