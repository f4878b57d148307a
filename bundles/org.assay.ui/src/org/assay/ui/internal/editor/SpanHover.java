/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.internal.editor;

import java.text.DateFormat;
import java.util.function.Supplier;

import org.assay.model.Annotation;
import org.assay.model.AnnotationSet;
import org.assay.model.AnnotationStatus;
import org.assay.model.Origin;
import org.assay.model.Provenance;
import org.assay.model.Span;
import org.assay.model.support.Spans;
import org.assay.ui.internal.Messages;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;

/** The tool tip over a span: its label and status, and where it came from. */
final class SpanHover {

	private final StyledText text;
	private final Supplier<AnnotationSet> shown;

	SpanHover(StyledText text, Supplier<AnnotationSet> shown) {
		this.text = text;
		this.shown = shown;
		text.addListener(SWT.MouseHover, e -> update(e.x, e.y));
		text.addListener(SWT.MouseMove, e -> text.setToolTipText(null));
	}

	private void update(int x, int y) {
		int offset = text.getOffsetAtPoint(new Point(x, y));
		AnnotationSet set = shown.get();
		text.setToolTipText(offset < 0 || set == null ? null : describe(set, offset));
	}

	/** Every span of the set at the offset, innermost last, one per line; null if none. */
	static String describe(AnnotationSet set, int offset) {
		StringBuilder sb = new StringBuilder();
		for (Annotation a : set.getAnnotations()) {
			if (a instanceof Span s && Spans.covers(s, offset)) {
				if (sb.length() > 0) {
					sb.append("\n\n");
				}
				sb.append(NLS.bind(Messages.editor_hover, a.getLabel().getName(), a.getStatus().getLiteral()));
				Provenance p = a.getProvenance();
				if (p != null) {
					sb.append(NLS.bind(Messages.editor_provenance, provenance(p)));
					if (a.getStatus() == AnnotationStatus.PROPOSED && p.getProposed() != null) {
						sb.append(NLS.bind(Messages.editor_hoverFollowed, p.getProposed().getLabel() == null ? "?"
								: p.getProposed().getLabel().getName()));
					} else if (a.getStatus() == AnnotationStatus.PROPOSED && p.getOrigin() == Origin.ANNOTATOR) {
						sb.append(Messages.editor_hoverFollowedNew);
					}
				}
			}
		}
		return sb.length() == 0 ? null : sb.toString();
	}

	private static String provenance(Provenance p) {
		StringBuilder sb = new StringBuilder(p.getOrigin().getLiteral());
		if (p.getEngineId() != null) {
			sb.append(' ').append(p.getEngineId());
			if (p.getEngineVersion() != null) {
				sb.append(' ').append(p.getEngineVersion());
			}
		}
		if (p.isSetConfidence()) {
			sb.append(String.format(" \u00b7 confidence %.2f", p.getConfidence()));
		}
		if (p.getAuthor() != null) {
			sb.append(" \u00b7 by ").append(p.getAuthor());
		}
		if (p.getDecidedBy() != null) {
			sb.append(" \u00b7 decided by ").append(p.getDecidedBy());
			if (p.getDecided() != null) {
				sb.append(", ").append(DateFormat.getDateTimeInstance(DateFormat.MEDIUM, DateFormat.SHORT).format(p.getDecided()));
			}
		}
		return sb.toString();
	}
}
