/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.internal.preferences;

import java.util.ArrayList;
import java.util.List;

import org.assay.ui.internal.Messages;
import org.assay.ui.internal.editor.LabelColours;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/**
 * Window &gt; Preferences &gt; Assay &gt; Colours: a colour for each label of the open projects' schemas, by
 * layer, for this machine only (the project's schema, shared by the team, keeps its colours). Restore
 * Defaults goes back to the schema's colours.
 */
public final class ColoursPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

	public static final String ID = "org.assay.ui.preferences.colours";

	private final List<LabelColourRow> rows = new ArrayList<>();

	public ColoursPreferencePage() {
		setDescription(Messages.colours_description);
	}

	@Override
	public void init(IWorkbench workbench) {
		// the colours are read when the page is made
	}

	@Override
	protected Control createContents(Composite parent) {
		List<LabelColourRow.Choice> choices = LabelColourRow.choices();
		if (choices.isEmpty()) {
			noDefaultAndApplyButton();
			Label none = new Label(parent, SWT.WRAP);
			none.setText(Messages.colours_noProject);
			return none;
		}
		// the page lays out the control it gets back to fill its space: a holder keeps the list's height hint
		Composite holder = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(holder);
		ScrolledComposite scroll = new ScrolledComposite(holder, SWT.V_SCROLL);
		scroll.setExpandHorizontal(true);
		scroll.setExpandVertical(true);
		Composite grid = new Composite(scroll, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).spacing(12, 4).applyTo(grid);
		String layer = null;
		for (LabelColourRow.Choice choice : choices) {
			if (!choice.layerName().equals(layer)) {
				layer = choice.layerName();
				Label heading = new Label(grid, SWT.NONE);
				heading.setText(choice.layerTitle());
				heading.setFont(JFaceResources.getBannerFont());
				GridDataFactory.fillDefaults().span(3, 1).indent(0, rows.isEmpty() ? 0 : 8).applyTo(heading);
			}
			rows.add(new LabelColourRow(grid, choice));
		}
		scroll.setContent(grid);
		scroll.setMinSize(grid.computeSize(SWT.DEFAULT, SWT.DEFAULT));
		GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 260).applyTo(scroll);
		return holder;
	}

	@Override
	protected void performDefaults() {
		rows.forEach(LabelColourRow::restore);
		super.performDefaults();
	}

	@Override
	public boolean performOk() {
		rows.forEach(LabelColourRow::store);
		LabelColours.save();
		return true;
	}

	/** Chooses a label's colour on the page as its colour button would, for tests; false if no such label. */
	public boolean choose(String layer, String label, RGB rgb) {
		for (LabelColourRow row : rows) {
			if (row.is(layer, label)) {
				row.set(rgb);
				return true;
			}
		}
		return false;
	}

	/** The labels listed, as layer.label, for tests. */
	public List<String> labels() {
		return rows.stream().map(LabelColourRow::name).toList();
	}

	/** The colour a row shows now, or null, for tests. */
	public RGB shown(String layer, String label) {
		return rows.stream().filter(r -> r.is(layer, label)).map(LabelColourRow::value).findFirst().orElse(null);
	}
}
