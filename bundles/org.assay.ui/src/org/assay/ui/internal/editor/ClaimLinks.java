/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;

import org.assay.model.Annotation;
import org.assay.model.AnnotationSet;
import org.assay.model.Link;
import org.assay.model.Span;
import org.assay.model.support.Spans;
import org.assay.model.support.StandardSchema;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.events.PaintEvent;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;

/**
 * Shows the links of the claim being worked on: a frame around its claimant and its cue, and a line from the
 * claim to each, drawn over the text; when the claimant refers to a mention (a pronoun to its person), a dashed
 * frame around that mention and a line to it. Remembers that claim (the last CLAIM span made current), so that the
 * annotator can move on to a span and link it as the claim's claimant or cue.
 */
final class ClaimLinks {

	private final StyledText text;
	private Span claim;

	ClaimLinks(StyledText text) {
		this.text = text;
		text.addPaintListener(this::paint);
	}

	/** Called when the current annotation changes: a CLAIM becomes the claim being linked. */
	void current(Span span) {
		if (span != null && isClaim(span)) {
			claim = span;
		}
		if (claim != null && claim.eContainer() == null) {
			claim = null; // deleted
		}
		text.redraw();
	}

	/** The claim being linked, or null. */
	Span claim() {
		return claim != null && claim.eContainer() != null ? claim : null;
	}

	void forget() {
		claim = null;
		text.redraw();
	}

	static boolean isClaim(Span span) {
		return span.getLabel() != null && StandardSchema.CLAIM.equals(span.getLabel().getLayer().getName())
				&& StandardSchema.CLAIM_CONTENT.equals(span.getLabel().getName());
	}

	/** The span's links to spans (a claim's claimant and cue, a claimant's person). */
	static List<Link> links(Span from) {
		List<Link> links = new ArrayList<>();
		if (from.eContainer() instanceof AnnotationSet set) {
			for (Annotation a : set.getAnnotations()) {
				if (a instanceof Link l && l.getSource() == from && l.getTarget() instanceof Span) {
					links.add(l);
				}
			}
		}
		return links;
	}

	/** The claim's claimant, or null. */
	static Span claimant(Span claim) {
		return target(claim, StandardSchema.ROLE_CLAIMANT);
	}

	/** The span a link of this role from the span leads to, or null. */
	static Span target(Span from, String role) {
		for (Link l : links(from)) {
			if (role.equals(l.getRole())) {
				return (Span) l.getTarget();
			}
		}
		return null;
	}

	private void paint(PaintEvent e) {
		Span c = claim();
		if (c == null) {
			return;
		}
		int length = text.getCharCount();
		Rectangle from = bounds(c, length);
		for (Link l : links(c)) {
			Span target = (Span) l.getTarget();
			Rectangle to = bounds(target, length);
			if (to == null) {
				continue;
			}
			boolean cue = StandardSchema.ROLE_CUE.equals(l.getRole());
			e.gc.setForeground(e.display.getSystemColor(cue ? SWT.COLOR_DARK_GREEN : SWT.COLOR_DARK_BLUE));
			e.gc.setLineWidth(2);
			e.gc.setLineStyle(cue ? SWT.LINE_DOT : SWT.LINE_SOLID);
			e.gc.drawRectangle(to.x - 1, to.y - 1, to.width + 2, to.height + 2);
			if (from != null) {
				e.gc.setLineWidth(1);
				connect(e.gc, from, to);
			}
			Span referent = cue ? null : target(target, StandardSchema.ROLE_REFERS_TO);
			Rectangle person = referent == null ? null : bounds(referent, length);
			if (person != null) { // the claimant's person: framed dashed, a line from the claimant to it
				e.gc.setLineWidth(1);
				e.gc.setLineStyle(SWT.LINE_DASH);
				e.gc.drawRectangle(person.x - 1, person.y - 1, person.width + 2, person.height + 2);
				connect(e.gc, to, person);
			}
		}
	}

	/** A line between two boxes, from the edges that face each other. */
	private static void connect(GC gc, Rectangle a, Rectangle b) {
		if (b.y >= a.y + a.height) {
			gc.drawLine(a.x + a.width / 2, a.y + a.height, b.x + b.width / 2, b.y); // b below
		} else if (b.y + b.height <= a.y) {
			gc.drawLine(a.x + a.width / 2, a.y, b.x + b.width / 2, b.y + b.height); // b above
		} else if (b.x >= a.x + a.width) {
			gc.drawLine(a.x + a.width, a.y + a.height / 2, b.x, b.y + b.height / 2); // on the line, to the right
		} else {
			gc.drawLine(a.x, a.y + a.height / 2, b.x + b.width, b.y + b.height / 2);
		}
	}

	/** The on-screen box of a span's first line, or null when it lies outside the text. */
	private Rectangle bounds(Span s, int length) {
		int begin = Spans.begin(s);
		int end = Math.min(Spans.end(s), length);
		if (begin >= end) {
			return null;
		}
		int line = text.getLineAtOffset(begin);
		int lineEnd = text.getOffsetAtLine(line) + text.getLine(line).length();
		Rectangle r = text.getTextBounds(begin, Math.max(begin, Math.min(end, lineEnd) - 1));
		Point size = text.getSize();
		return r.y + r.height < 0 || r.y > size.y ? null : r;
	}
}
