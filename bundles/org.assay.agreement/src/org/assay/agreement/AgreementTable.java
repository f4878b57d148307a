/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.agreement;

import java.util.List;
import java.util.Locale;

import org.assay.agreement.AgreementReport.Layer;
import org.assay.agreement.AgreementReport.Measures;
import org.assay.agreement.AgreementReport.Pair;
import org.assay.agreement.AgreementReport.PerDocument;

/** An {@link AgreementReport} as a plain-text table for the command line. */
public final class AgreementTable {


	private AgreementTable() {
	}

	public static String format(AgreementReport r) {
		StringBuilder b = new StringBuilder();
		b.append(String.format(Locale.ROOT, "agreement of %s: %d document(s) where every set is present",
				String.join(", ", r.sets()), r.documents().size()));
		if (!r.skipped().isEmpty()) {
			b.append(String.format(Locale.ROOT, ", %d left out (a set missing or not started; pairs still use them)",
					r.skipped().size()));
		}
		b.append('\n');
		if (r.layers().isEmpty()) {
			b.append("no spans to compare in these documents\n");
		}
		for (Layer layer : r.layers()) {
			b.append('\n');
			layer(b, layer);
		}
		if (r.perDocument().size() > 1) {
			b.append("\nper document, all labels:\n");
			int width = Math.max(8, r.perDocument().stream().mapToInt(d -> d.document().length()).max().orElse(0));
			b.append(String.format(Locale.ROOT, "  %-" + width + "s %-10s %7s %10s %10s %10s %12s%n", "document",
					"layer", "units", "observed", "Fleiss κ", "Kripp. α", "unitizing α"));
			for (PerDocument d : r.perDocument()) {
				for (Layer layer : d.layers()) {
					Measures m = layer.all();
					b.append(String.format(Locale.ROOT, "  %-" + width + "s %-10s %7d %10s %10s %10s %12s%n",
							d.document(), layer.layer(), m.units(), cell(m.observed()), cell(m.fleiss()),
							cell(m.alpha()), unitizing(m)));
				}
			}
		}
		b.append("\nunits: places some set annotated, each set's label there or none; observed: the share all agree on;"
				+ "\nunitizing α compares the spans' characters (n: its spans); 'no units': nothing to rest on;"
				+ "\n'1 category': every set gave every unit the same value, so chance explains all agreement\n");
		if (r.layers().stream().anyMatch(l -> l.layer().startsWith(Agreement.LINK))) {
			b.append("link/ROLE units: spans every set annotated (extent and label) and some set links in that role,"
					+ "\neach set's end of the link there (extent and label) or none\n");
		}
		return b.toString();
	}

	private static void layer(StringBuilder b, Layer layer) {
		int width = Math.max(layer.layer().length(),
				layer.labels().stream().mapToInt(m -> m.label().length() + 2).max().orElse(0));
		b.append(String.format(Locale.ROOT, row(width), layer.layer(), "units", "observed", "Fleiss κ",
				"Kripp. α", "unitizing α", "(n)"));
		row(b, width, "all", layer.all());
		for (Measures m : layer.labels()) {
			row(b, width, "  " + m.label(), m);
		}
		if (layer.pairs().isEmpty()) {
			return;
		}
		b.append(String.format(Locale.ROOT, "  Cohen's κ per pair, all labels (units, documents):%n"));
		List<String> sets = layer.pairs().stream().map(Pair::a).distinct().toList();
		List<String> others = layer.pairs().stream().map(Pair::b).distinct().toList();
		int first = sets.stream().mapToInt(String::length).max().orElse(0);
		int column = Math.max(18, others.stream().mapToInt(String::length).max().orElse(0) + 1);
		b.append(String.format(Locale.ROOT, "    %-" + first + "s", ""));
		for (String o : others) {
			b.append(String.format(Locale.ROOT, " %" + column + "s", o));
		}
		b.append('\n');
		for (String s : sets) {
			b.append(String.format(Locale.ROOT, "    %-" + first + "s", s));
			for (String o : others) {
				Pair p = layer.pairs().stream().filter(x -> x.a().equals(s) && x.b().equals(o)).findFirst()
						.orElse(null);
				String text = p == null ? "" : cell(p.kappa()) + " (" + p.kappa().units() + ", " + p.documents() + ")";
				b.append(String.format(Locale.ROOT, " %" + column + "s", text));
			}
			b.append('\n');
		}
	}

	private static void row(StringBuilder b, int width, String label, Measures m) {
		b.append(String.format(Locale.ROOT, row(width), label, m.units(), cell(m.observed()), cell(m.fleiss()),
				cell(m.alpha()), unitizing(m), unitized(m) ? m.unitizing().units() : ""));
	}

	/** Whether the unitizing alpha applies: not to links and document labels, whose units have no extent. */
	private static boolean unitized(Measures m) {
		return m.units() == 0 || m.unitizing().units() > 0;
	}

	private static String unitizing(Measures m) {
		return unitized(m) ? cell(m.unitizing()) : "\u2014";
	}

	private static String row(int width) {
		return "  %-" + width + "s %7s %10s %10s %10s %12s %5s%n";
	}

	private static String cell(Figure f) {
		if (f.defined()) {
			return String.format(Locale.ROOT, "%.3f", f.value());
		}
		return Figure.ONE_CATEGORY.equals(f.note()) ? "1 category" : f.note();
	}
}
