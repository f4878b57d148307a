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
import org.eclipse.swt.widgets.Table;

/**
 * What annotators made of each engine's proposals, as {@code assay report engines} prints it: per engine
 * version and label, accepted, relabelled, resized, rejected and open, with the precision they imply, and the
 * same per confidence band; it follows the project's decisions as they are made.
 */
public final class EngineReportView extends ProjectTableView {

	public static final String ID = "org.assay.ui.views.engineReport";

	@Override
	protected String[] titles() {
		return new String[] { Messages.report_engine, Messages.report_label, Messages.report_accepted,
				Messages.report_relabelled, Messages.report_resized, Messages.report_rejected, Messages.report_open,
				Messages.report_precision, Messages.report_labelRight };
	}

	@Override
	protected void fill(ProjectFolder folder, Table table) {
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
	}

	private void row(String engine, String label, EngineReport.Tally t, boolean bold) {
		row(bold, engine, label, String.valueOf(t.accepted()), String.valueOf(t.relabelled()),
				String.valueOf(t.resized()), String.valueOf(t.rejected()), String.valueOf(t.open()), share(t.precision()),
				share(t.labelPrecision()));
	}

	private static String share(Double d) {
		return d == null ? "-" : String.format(Locale.ROOT, "%.3f", d);
	}
}
