/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.internal.preferences;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.assay.model.Label;
import org.assay.model.Layer;
import org.assay.store.ProjectFolder;
import org.assay.ui.internal.Messages;
import org.assay.ui.internal.editor.LabelColours;
import org.assay.ui.internal.projects.OpenProjects;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.preference.ColorSelector;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;

/**
 * One label on the colours page: its name, a colour button and what the colour is (the schema's, or this
 * machine's). The choice is kept on the page until OK or Apply stores it.
 */
final class LabelColourRow {

	/** A label to colour: its layer and name (as the preference key has them) and the schema's colour. */
	record Choice(String layerName, String layerTitle, String labelName, String description, RGB schema, RGB chosen) {
	}

	private final Choice choice;
	private final ColorSelector selector;
	private final org.eclipse.swt.widgets.Label state;

	LabelColourRow(Composite grid, Choice choice) {
		this.choice = choice;
		org.eclipse.swt.widgets.Label name = new org.eclipse.swt.widgets.Label(grid, SWT.NONE);
		name.setText(choice.labelName());
		name.setToolTipText(choice.description());
		GridDataFactory.fillDefaults().indent(12, 0).align(SWT.BEGINNING, SWT.CENTER).applyTo(name);
		selector = new ColorSelector(grid);
		selector.getButton().setToolTipText(NLS.bind(Messages.colours_choose, choice.labelName()));
		state = new org.eclipse.swt.widgets.Label(grid, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(state);
		selector.addListener(e -> describe());
		set(choice.chosen() == null ? choice.schema() : choice.chosen());
	}

	/** Every label of the open projects' schemas, by layer, once per layer and label name. */
	static List<Choice> choices() {
		Map<String, Choice> all = new LinkedHashMap<>();
		for (ProjectFolder folder : OpenProjects.get().projects()) {
			if (folder.project().getSchema() == null) {
				continue;
			}
			for (Layer layer : folder.project().getSchema().getLayers()) {
				for (Label label : layer.getLabels()) {
					String title = layer.getTitle() == null ? layer.getName() : layer.getTitle();
					all.putIfAbsent(LabelColours.key(label), new Choice(layer.getName(), title, label.getName(),
							label.getDescription(), LabelColours.schemaRgb(label), LabelColours.chosen(label)));
				}
			}
		}
		// group the layers: a layer's labels together even when a later project adds to it
		List<Choice> grouped = new ArrayList<>();
		for (Choice c : all.values()) {
			if (grouped.stream().noneMatch(g -> g.layerName().equals(c.layerName()))) {
				all.values().stream().filter(o -> o.layerName().equals(c.layerName())).forEach(grouped::add);
			}
		}
		return grouped;
	}

	boolean is(String layer, String label) {
		return choice.layerName().equals(layer) && choice.labelName().equals(label);
	}

	String name() {
		return choice.layerName() + "." + choice.labelName();
	}

	RGB value() {
		return selector.getColorValue();
	}

	void set(RGB rgb) {
		selector.setColorValue(rgb);
		describe();
	}

	/** Back to the schema's colour (on the page; stored with OK or Apply). */
	void restore() {
		set(choice.schema());
	}

	/** Stores the colour shown as this machine's choice, or removes the choice if it is the schema's. */
	void store() {
		RGB rgb = value();
		LabelColours.choose(choice.layerName(), choice.labelName(), rgb.equals(choice.schema()) ? null : rgb);
	}

	private void describe() {
		RGB rgb = value();
		boolean own = !rgb.equals(choice.schema());
		state.setText(NLS.bind(own ? Messages.colours_chosen : Messages.colours_schema, LabelColours.hex(rgb),
				LabelColours.hex(choice.schema())));
		state.setFont(own ? JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT) : null);
		state.getParent().layout(new org.eclipse.swt.widgets.Control[] { state });
	}
}
