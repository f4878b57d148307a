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
import org.assay.model.LabelSchema;
import org.assay.model.Layer;
import org.assay.model.Span;
import org.eclipse.jface.layout.RowLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

/** A row of chips, one per label used in the shown set, in the label's colour with its key and count. */
final class Legend {

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

	private void chip(org.assay.model.Label label, int count) {
		Label chip = new Label(row, SWT.NONE);
		String key = label.getKey() == null ? "" : " [" + label.getKey() + "]";
		chip.setText(" " + label.getName() + key + "  " + count + " ");
		chip.setBackground(LabelColours.tint(label, LabelColours.DECIDED_TINT));
		chip.setToolTipText(label.getDescription());
	}
}
