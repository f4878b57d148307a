/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.agreement.internal;

import java.util.function.DoubleSupplier;

import org.assay.agreement.AgreementReport.Measures;
import org.assay.agreement.Figure;
import org.dkpro.statistics.agreement.InsufficientDataException;
import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.CohenKappaAgreement;
import org.dkpro.statistics.agreement.coding.FleissKappaAgreement;
import org.dkpro.statistics.agreement.coding.KrippendorffAlphaAgreement;
import org.dkpro.statistics.agreement.distance.NominalDistanceFunction;
import org.dkpro.statistics.agreement.unitizing.UnitizingAnnotationStudy;

/**
 * Computes a {@link LayerStudy}'s figures with DKPro Statistics. The kappas and alpha of one label are those
 * of the units recoded to "the label" or "not the label" (Fleiss' category-specific kappa is exactly that):
 * every unit of the layer takes part, those where nobody used the label as agreement on its absence, and a
 * rater that put the label and another on one place counts as having put the label.
 */
public final class Measuring {

	private final LayerStudy study;
	private final UnitizingAnnotationStudy unitizing;
	private UnitizingAlpha unitizingAlpha;

	public Measuring(LayerStudy study) {
		this.study = study;
		unitizing = new UnitizingAnnotationStudy(study.raters(), 0, Math.max(1, study.length()));
		for (LayerStudy.Segment s : study.segments()) {
			unitizing.addUnit(s.begin(), s.length(), s.rater(), s.label());
		}
	}

	/** The figures of one label, or of all labels when {@code label} is null. */
	public Measures measures(String label) {
		int units = units(label);
		int segments = segments(label);
		Figure fleiss;
		Figure alpha;
		if (units == 0) {
			fleiss = alpha = Figure.none(Figure.NO_UNITS, 0);
		} else {
			CodingAnnotationStudy coding = coding(label);
			fleiss = figure(() -> new FleissKappaAgreement(coding).calculateAgreement(), units);
			alpha = figure(() -> new KrippendorffAlphaAgreement(coding, new NominalDistanceFunction())
					.calculateAgreement(), units);
		}
		Figure unitized;
		if (segments == 0) {
			unitized = Figure.none(Figure.NO_UNITS, 0);
		} else {
			unitized = figure(label == null ? alpha()::calculateAgreement
					: () -> alpha().calculateCategoryAgreement(label), segments);
		}
		return new Measures(label, units, observed(label, units), fleiss, alpha, unitized);
	}

	/** One unitizing alpha for all labels, so that the overall figure reuses the labels' disagreements. */
	private UnitizingAlpha alpha() {
		if (unitizingAlpha == null) {
			unitizingAlpha = new UnitizingAlpha(unitizing);
		}
		return unitizingAlpha;
	}

	/** Cohen's kappa of a two-rater study, for one label or all (null). */
	public Figure cohen(String label) {
		int units = units(label);
		if (units == 0) {
			return Figure.none(Figure.NO_UNITS, 0);
		}
		CodingAnnotationStudy coding = coding(label);
		return figure(() -> new CohenKappaAgreement(coding).calculateAgreement(), units);
	}

	/** The coding study of all labels (null), or of one label against its absence. */
	private CodingAnnotationStudy coding(String label) {
		CodingAnnotationStudy coding = new CodingAnnotationStudy(study.raters());
		for (String[] unit : study.units()) {
			if (label == null) {
				coding.addItem((Object[]) unit);
			} else {
				Object[] values = new Object[unit.length];
				for (int r = 0; r < unit.length; r++) {
					values[r] = has(unit[r], label) ? label : LayerStudy.NONE;
				}
				coding.addItem(values);
			}
		}
		return coding;
	}

	/**
	 * The share of the label's units (all units for null) on which every rater gave the same value (for one
	 * label: every rater put it there).
	 */
	private Figure observed(String label, int units) {
		if (units == 0) {
			return Figure.none(Figure.NO_UNITS, 0);
		}
		int agreed = 0;
		for (String[] unit : study.units()) {
			if (occurs(unit, label) && (label == null ? allEqual(unit) : all(unit, label))) {
				agreed++;
			}
		}
		return Figure.of(agreed / (double) units, units);
	}

	private int units(String label) {
		int n = 0;
		for (String[] unit : study.units()) {
			if (occurs(unit, label)) {
				n++;
			}
		}
		return n;
	}

	private int segments(String label) {
		int n = 0;
		for (LayerStudy.Segment s : study.segments()) {
			if (label == null || label.equals(s.label())) {
				n++;
			}
		}
		return n;
	}

	private static boolean occurs(String[] unit, String label) {
		if (label == null) {
			return true;
		}
		for (String v : unit) {
			if (has(v, label)) {
				return true;
			}
		}
		return false;
	}

	private static boolean all(String[] unit, String label) {
		for (String v : unit) {
			if (!has(v, label)) {
				return false;
			}
		}
		return true;
	}

	/** Whether a rater's value (one label, or several joined with '+') includes the label. */
	private static boolean has(String value, String label) {
		if (value.equals(label)) {
			return true;
		}
		return value.contains("+") && java.util.Arrays.asList(value.split("\\+")).contains(label);
	}

	private static boolean allEqual(String[] unit) {
		for (String v : unit) {
			if (!v.equals(unit[0])) {
				return false;
			}
		}
		return true;
	}

	/** DKPro signals "chance explains everything" by NaN or an exception; both become a figure with a note. */
	private static Figure figure(DoubleSupplier value, int units) {
		try {
			return Figure.of(value.getAsDouble(), units);
		} catch (InsufficientDataException | ArithmeticException e) {
			return Figure.none(Figure.ONE_CATEGORY, units);
		}
	}
}
