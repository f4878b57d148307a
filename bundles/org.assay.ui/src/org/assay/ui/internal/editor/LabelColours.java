/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.internal.editor;

import java.util.concurrent.atomic.AtomicInteger;

import org.assay.model.Label;
import org.assay.model.Layer;
import org.assay.ui.internal.preferences.AssayPreferencePage;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.osgi.service.prefs.BackingStoreException;

/**
 * Colours of a label: its own colour for borders and underlines, and tints of it mixed with white for
 * backgrounds, lighter for proposals than for decided annotations. The colour is this machine's choice
 * (Window &gt; Preferences &gt; Assay &gt; Colours) if there is one, else the schema's. The choices are kept
 * here too, in the workbench's preferences as {@code colour.<layer>.<label>} = #rrggbb, so that an annotator
 * can tell colours apart without changing the project's schema for the team.
 */
public final class LabelColours {

	/** Share of the label colour in the background of a decided annotation. */
	public static final double DECIDED_TINT = 0.45;
	/** Share of the label colour in the background of a proposal. */
	public static final double PROPOSED_TINT = 0.18;

	private static final String PREFIX = "colour.";

	private static final RGB FALLBACK = new RGB(128, 128, 128);

	/** Counts changes of the chosen colours, so that caches of colours know when they are stale. */
	private static final AtomicInteger GENERATION = new AtomicInteger();

	static {
		node().addPreferenceChangeListener(e -> {
			if (isColourKey(e.getKey())) {
				GENERATION.incrementAndGet();
			}
		});
	}

	private LabelColours() {
	}

	/** The label's colour: this machine's choice, else the schema's. */
	public static RGB rgb(Label label) {
		RGB chosen = label == null ? null : chosen(label);
		return chosen != null ? chosen : schemaRgb(label);
	}

	/** The colour the schema gives the label, parsed from #RRGGBB; grey if missing or malformed. */
	public static RGB schemaRgb(Label label) {
		RGB rgb = parse(label == null ? null : label.getColour());
		return rgb == null ? FALLBACK : rgb;
	}

	/** #RRGGBB as a colour, or null if it is not one. */
	public static RGB parse(String s) {
		if (s == null || !s.matches("#[0-9a-fA-F]{6}")) {
			return null;
		}
		int v = Integer.parseInt(s.substring(1), 16);
		return new RGB(v >> 16 & 0xff, v >> 8 & 0xff, v & 0xff);
	}

	/** A colour as #rrggbb. */
	public static String hex(RGB rgb) {
		return String.format("#%02x%02x%02x", rgb.red, rgb.green, rgb.blue);
	}

	/** Changes whenever a label's chosen colour does. */
	public static int generation() {
		return GENERATION.get();
	}

	public static Color colour(Label label) {
		return new Color(rgb(label));
	}

	/** The label colour mixed with white, {@code share} of it. */
	public static Color tint(Label label, double share) {
		RGB c = rgb(label);
		return new Color(mix(c.red, share), mix(c.green, share), mix(c.blue, share));
	}

	/** The tint of a decided annotation's background. */
	public static RGB decidedTint(Label label) {
		return tint(label, DECIDED_TINT).getRGB();
	}

	private static int mix(int channel, double share) {
		return (int) Math.round(255 - (255 - channel) * share);
	}

	/** The preference node the colours live in. */
	public static IEclipsePreferences node() {
		return InstanceScope.INSTANCE.getNode(AssayPreferencePage.NODE);
	}

	/** The key of a label's colour. */
	public static String key(String layer, String label) {
		return PREFIX + layer + "." + label;
	}

	/** The key of the label's colour. */
	public static String key(Label label) {
		Layer layer = label.getLayer();
		return key(layer == null ? "" : layer.getName(), label.getName());
	}

	/** Whether a preference key is a label's colour. */
	public static boolean isColourKey(String key) {
		return key != null && key.startsWith(PREFIX);
	}

	/** The colour chosen for the label on this machine, or null. */
	public static RGB chosen(Label label) {
		return parse(node().get(key(label), null));
	}

	/** Chooses a colour for a label of that layer and name; null goes back to the schema's. */
	public static void choose(String layer, String label, RGB rgb) {
		if (rgb == null) {
			node().remove(key(layer, label));
		} else {
			node().put(key(layer, label), hex(rgb));
		}
	}

	/** Writes the choices to disk. */
	public static void save() {
		try {
			node().flush();
		} catch (BackingStoreException e) {
			ILog.of(LabelColours.class).log(Status.error("cannot save the label colours", e));
		}
	}
}
