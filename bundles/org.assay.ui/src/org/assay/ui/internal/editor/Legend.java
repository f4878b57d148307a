/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.internal.editor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.assay.model.Annotation;
import org.assay.model.AnnotationStatus;
import org.assay.model.LabelSchema;
import org.assay.model.Layer;
import org.assay.ui.internal.Messages;
import org.eclipse.jface.layout.RowLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

/** A row of chips, one per label used in the shown set, in the label's colour with its key and count. */
final class Legend {

	private static final String DOCUMENT_LABEL = "documentLabel";
	private static final String SPAN_LABEL = "spanLabel";
	private static final String KIND = "kind";
	private static final String LABEL = "label";

	private final Composite row;

	Legend(Composite parent) {
		row = new Composite(parent, SWT.NONE);
		RowLayoutFactory.swtDefaults().spacing(6).margins(0, 0).wrap(true).applyTo(row);
	}

	Control control() {
		return row;
	}

	/**
	 * Shows the tally's labels: the document's own first, then each span label in schema order. When the same
	 * chips are wanted as before, only their words and colours are set (an accept changes a count, not the row).
	 */
	void show(SetTally tally) {
		List<Chip> wanted = new ArrayList<>();
		for (Annotation a : tally.documentLabels()) {
			wanted.add(new Chip(DOCUMENT_LABEL, a.getLabel(),
					NLS.bind(Messages.editor_documentLabel, a.getLabel().getName(), a.getStatus().getLiteral()),
					a.getStatus() == AnnotationStatus.PROPOSED ? LabelColours.PROPOSED_TINT : LabelColours.DECIDED_TINT));
		}
		List<org.assay.model.Label> labels = new ArrayList<>();
		tally.spanLabels().forEach(labels::add);
		labels.sort(Comparator.comparingInt(Legend::order));
		for (org.assay.model.Label label : labels) {
			String key = label.getKey() == null ? "" : " [" + label.getKey() + "]";
			wanted.add(new Chip(SPAN_LABEL, label, " " + label.getName() + key + "  " + tally.spans(label) + " ",
					LabelColours.DECIDED_TINT));
		}
		Control[] chips = row.getChildren();
		boolean same = chips.length == wanted.size();
		for (int i = 0; same && i < chips.length; i++) {
			same = wanted.get(i).kind().equals(chips[i].getData(KIND)) && wanted.get(i).label() == chips[i].getData(LABEL);
		}
		if (!same) {
			for (Control c : chips) {
				c.dispose();
			}
			chips = new Control[wanted.size()];
			for (int i = 0; i < chips.length; i++) {
				Label chip = new Label(row, wanted.get(i).kind().equals(DOCUMENT_LABEL) ? SWT.BORDER : SWT.NONE);
				chip.setData(KIND, wanted.get(i).kind());
				chip.setData(LABEL, wanted.get(i).label());
				chip.setToolTipText(wanted.get(i).label().getDescription());
				chips[i] = chip;
			}
		}
		boolean resized = !same;
		for (int i = 0; i < chips.length; i++) {
			Label chip = (Label) chips[i];
			Chip w = wanted.get(i);
			if (!w.text().equals(chip.getText())) {
				chip.setText(w.text());
				resized = true;
			}
			chip.setBackground(LabelColours.tint(w.label(), w.tint()));
			if (w.kind().equals(DOCUMENT_LABEL)) {
				chip.setData(DOCUMENT_LABEL, w.label().getName());
			}
		}
		if (resized) {
			row.layout(true);
		}
	}

	/** A chip as wanted: a document label or a span label, its words and tint. */
	private record Chip(String kind, org.assay.model.Label label, String text, double tint) {
	}

	/** Labels in schema order: by layer, then by position in the layer. */
	private static int order(org.assay.model.Label label) {
		Layer layer = label.getLayer();
		int layerIndex = layer.eContainer() instanceof LabelSchema schema ? schema.getLayers().indexOf(layer) : 0;
		return layerIndex * 1000 + layer.getLabels().indexOf(label);
	}

	/** The document labels shown, for tests. */
	java.util.List<String> documentLabels() {
		java.util.List<String> names = new java.util.ArrayList<>();
		for (Control c : row.getChildren()) {
			if (c.getData(DOCUMENT_LABEL) instanceof String name) {
				names.add(name);
			}
		}
		return names;
	}
}
