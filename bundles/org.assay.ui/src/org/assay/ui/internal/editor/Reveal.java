/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.internal.editor;

import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Rectangle;

/**
 * Selects a stretch of a StyledText and scrolls to it as a reader wants: the view stays where it is when the
 * stretch is in it with a few lines below, else the stretch is brought a third of the way down.
 * <p>
 * StyledText's own {@code showSelection} scrolls as little as it can, which leaves the stretch on the last
 * visible line, with nothing of what follows in view. There, too, each caret update of SWT 3.135
 * ({@code StyledText.setCaretLocations}, called on every selection, restyle and scroll) looks for the next visual
 * line below the view, finds none, and copies every style range the widget holds from the caret to the end of the
 * document. Neither the document editor's widget nor the curation editor's holds any (their ranges are drawn line
 * by line from a {@link StyleIndex}), so here it is for the reader's sake that the stretch is brought further up.
 */
public final class Reveal {

	/** Lines kept in view below the stretch, for context and to keep the caret off the last visible line. */
	static final int LINES_BELOW = 3;

	private Reveal() {
	}

	/** Selects [begin, end) (the caret at its end) and scrolls it into view. */
	public static void select(StyledText text, int begin, int end) {
		Rectangle area = text.getClientArea();
		int length = text.getCharCount();
		if (area.height > 0 && length > 0) {
			int first = Math.min(begin, length - 1);
			int last = Math.min(Math.max(begin, end - 1), length - 1);
			Rectangle bounds = text.getTextBounds(first, last);
			int below = LINES_BELOW * text.getLineHeight();
			boolean inView = bounds.y >= 0 && bounds.y + bounds.height <= area.height - below;
			if (!inView) {
				int lead = bounds.height > area.height * 2 / 3 ? text.getLineHeight() : area.height / 3;
				text.setTopPixel(Math.max(0, text.getTopPixel() + bounds.y - lead));
			}
		}
		text.setSelection(begin, end);
		text.showSelection(); // nothing to do once in view; a stretch taller than the view shows its end
	}
}
