/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.agreement.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.assay.agreement.internal.UnitizingAlpha;
import org.dkpro.statistics.agreement.unitizing.KrippendorffAlphaUnitizingAgreement;
import org.dkpro.statistics.agreement.unitizing.UnitizingAnnotationStudy;
import org.junit.jupiter.api.Test;

/** Assay's faster unitizing alpha gives DKPro's figures. */
class UnitizingAlphaTest {

	@Test
	void equalsDkprosOnRandomStudies() {
		Random random = new Random(11);
		for (int round = 0; round < 200; round++) {
			int raters = 2 + random.nextInt(4);
			int length = 20 + random.nextInt(500);
			UnitizingAnnotationStudy study = new UnitizingAnnotationStudy(raters, 0, length);
			String[] categories = { "A", "B", "C" };
			for (int r = 0; r < raters; r++) {
				for (String c : categories) {
					int pos = random.nextInt(10);
					while (pos < length - 1) { // non-overlapping units per rater and category, sometimes adjacent
						int len = 1 + random.nextInt(Math.min(30, length - pos));
						if (random.nextInt(3) > 0) {
							study.addUnit(pos, len, r, c);
						}
						pos += len + (random.nextInt(4) == 0 ? 0 : random.nextInt(40));
					}
				}
			}
			KrippendorffAlphaUnitizingAgreement dkpro = new KrippendorffAlphaUnitizingAgreement(study);
			UnitizingAlpha assay = new UnitizingAlpha(study);
			for (String c : categories) {
				assertEquals(dkpro.calculateCategoryAgreement(c), assay.calculateCategoryAgreement(c), 1e-12,
						"round " + round + ", category " + c);
			}
			assertEquals(dkpro.calculateAgreement(), assay.calculateAgreement(), 1e-12, "round " + round);
		}
	}

	/** DKPro's UnitizingAgreementTest example: -0.7003. */
	@Test
	void reproducesDkprosWorkedExample() {
		UnitizingAnnotationStudy study = new UnitizingAnnotationStudy(2, 10);
		study.addUnit(1, 8, 0, "A");
		study.addUnit(2, 1, 1, "A");
		study.addUnit(4, 1, 1, "A");
		study.addUnit(6, 1, 1, "A");
		assertEquals(-0.7003, new UnitizingAlpha(study).calculateCategoryAgreement("A"), 1e-4);
	}
}
