/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.internal.editor;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

import org.assay.model.Annotation;
import org.assay.model.AnnotationSet;
import org.assay.model.AnnotationStatus;
import org.assay.model.DocumentLabel;
import org.assay.model.LabelSchema;
import org.assay.model.Layer;
import org.assay.model.Span;
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

	private final Composite row;

	Legend(Composite parent) {
		row = new Composite(parent, SWT.NONE);
		RowLayoutFactory.swtDefaults().spacing(6).margins(0, 0).wrap(true).applyTo(row);
	}

	Control control() {
		return row;
	}

	void show(AnnotationSet set) {
		for (Control c : row.getChildren()) {
			c.dispose();
		}
		for (Annotation a : set.getAnnotations()) { // the document's own labels first
			if (a instanceof DocumentLabel && a.getLabel() != null && a.getStatus() != AnnotationStatus.REJECTED) {
				documentChip(a);
			}
		}
		Map<org.assay.model.Label, Integer> counts = new LinkedHashMap<>();
		for (Annotation a : set.getAnnotations()) {
			if (a instanceof Span && a.getLabel() != null) {
				counts.merge(a.getLabel(), 1, Integer::sum);
			}
		}
		counts.entrySet().stream().sorted(Comparator.comparingInt((Map.Entry<org.assay.model.Label, Integer> e) -> order(e.getKey())))
				.forEach(e -> chip(e.getKey(), e.getValue()));
		row.layout(true);
	}

	/** Labels in schema order: by layer, then by position in the layer. */
	private static int order(org.assay.model.Label label) {
		Layer layer = label.getLayer();
		int layerIndex = layer.eContainer() instanceof LabelSchema schema ? schema.getLayers().indexOf(layer) : 0;
		return layerIndex * 1000 + layer.getLabels().indexOf(label);
	}

	private void documentChip(Annotation a) {
		Label chip = new Label(row, SWT.BORDER);
		chip.setText(NLS.bind(Messages.editor_documentLabel, a.getLabel().getName(), a.getStatus().getLiteral()));
		chip.setBackground(LabelColours.tint(a.getLabel(), a.getStatus() == AnnotationStatus.PROPOSED
				? LabelColours.PROPOSED_TINT : LabelColours.DECIDED_TINT));
		chip.setToolTipText(a.getLabel().getDescription());
		chip.setData(DOCUMENT_LABEL, a.getLabel().getName());
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

	private void chip(org.assay.model.Label label, int count) {
		Label chip = new Label(row, SWT.NONE);
		String key = label.getKey() == null ? "" : " [" + label.getKey() + "]";
		chip.setText(" " + label.getName() + key + "  " + count + " ");
		chip.setBackground(LabelColours.tint(label, LabelColours.DECIDED_TINT));
		chip.setToolTipText(label.getDescription());
	}
}
