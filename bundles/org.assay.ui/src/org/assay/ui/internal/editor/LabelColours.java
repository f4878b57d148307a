/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.internal.editor;

import org.assay.model.Label;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;

/**
 * Colours of a label: its own colour for borders and underlines, and tints of it mixed with white for
 * backgrounds, lighter for proposals than for decided annotations.
 */
public final class LabelColours {

	/** Share of the label colour in the background of a decided annotation. */
	static final double DECIDED_TINT = 0.45;
	/** Share of the label colour in the background of a proposal. */
	static final double PROPOSED_TINT = 0.18;

	private static final RGB FALLBACK = new RGB(128, 128, 128);

	private LabelColours() {
	}

	/** The label's colour, parsed from #RRGGBB; grey if missing or malformed. */
	public static RGB rgb(Label label) {
		String s = label == null ? null : label.getColour();
		if (s == null || !s.matches("#[0-9a-fA-F]{6}")) {
			return FALLBACK;
		}
		int v = Integer.parseInt(s.substring(1), 16);
		return new RGB(v >> 16 & 0xff, v >> 8 & 0xff, v & 0xff);
	}

	public static Color colour(Label label) {
		return new Color(rgb(label));
	}

	/** The label colour mixed with white, {@code share} of it. */
	public static Color tint(Label label, double share) {
		RGB c = rgb(label);
		return new Color(mix(c.red, share), mix(c.green, share), mix(c.blue, share));
	}

	private static int mix(int channel, double share) {
		return (int) Math.round(255 - (255 - channel) * share);
	}
}
