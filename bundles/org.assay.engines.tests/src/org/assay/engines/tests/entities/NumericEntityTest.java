/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.engines.tests.entities;

import org.junit.jupiter.api.Test;

/** DATE, TIME, MONEY and PERCENT rules, one sentence per pattern. */
class NumericEntityTest {

	@Test
	void calendarDates() {
		Mentions.of("The deal was signed on March 12, 2026, and took effect on 2026-04-01.")
				.has("March 12, 2026", "DATE").has("2026-04-01", "DATE");
		Mentions.of("WASHINGTON, Sept. 17 (Reuters) - Talks resume on Monday.").has("Sept. 17", "DATE")
				.has("Monday", "DATE");
		Mentions.of("Prices rose in May than in April, and the July contract fell.").has("May", "DATE")
				.has("April", "DATE").has("July", "DATE");
	}

	@Test
	void aWireWritesItsMonthsWithoutAStop() {
		Mentions.of("MILAN, Aug 22 - Pirelli said on Monday it had won an order.").has("Aug 22", "DATE")
				.has("MILAN", "LOCATION");
		Mentions.of("Jan Egeland met the envoy on Sept 3, 1996.").has("Sept 3, 1996", "DATE")
				.has("Jan Egeland", "PERSON");
	}

	@Test
	void mayAndMarchAreMonthsOnlyWithDates() {
		Mentions.of("May we begin? The workers will march to the square.").hasNone("May");
		Mentions.of("It opened on May 4 and closed in March.").has("May 4", "DATE").has("March", "DATE");
	}

	@Test
	void relativeDatesAndDurations() {
		Mentions.of("Egypt bought wheat last week and will buy more before the end of the month.")
				.has("last week", "DATE").has("the end of the month", "DATE");
		Mentions.of("It was the busiest year since the 1960s, ending a dispute of almost two years.")
				.has("the 1960s", "DATE").has("almost two years", "DATE");
		Mentions.of("Construction will take about 30 months and a few weeks of tests.").has("about 30 months", "DATE")
				.has("a few weeks", "DATE");
		Mentions.of("Sales have grown since 2023 and will double by 2031.").has("2023", "DATE").has("2031", "DATE");
	}

	@Test
	void durationNeedsAQuantity() {
		Mentions.of("Wheat sold at $7.84 a bushel for years.").hasNone("a bushel").hasNone("years");
	}

	@Test
	void times() {
		Mentions.of("Buying picked up after 10:30 a.m. and again at 5 p.m. EST on Friday.").has("10:30 a.m.", "TIME")
				.has("5 p.m. EST", "TIME");
		Mentions.of("The council met at noon and again this morning.").has("noon", "TIME").has("this morning", "TIME");
		Mentions.of("The council voted on Tuesday night.").has("Tuesday", "DATE").has("night", "TIME");
	}

	@Test
	void money() {
		Mentions.of("The board approved a $240 million plan and US$3 billion in loans.").has("$240 million", "MONEY")
				.has("US$3 billion", "MONEY");
		Mentions.of("Tickets cost €5 or 20 euros, and the grant was 500,000 Canadian dollars.").has("€5", "MONEY")
				.has("20 euros", "MONEY").has("500,000 Canadian dollars", "MONEY");
		Mentions.of("The firms earned at least $310 million, up 46 cents a share.").has("at least $310 million", "MONEY")
				.has("46 cents", "MONEY");
		Mentions.of("The line could cost 2.6 billion pounds.").has("2.6 billion pounds", "MONEY");
	}

	@Test
	void percentages() {
		Mentions.of("Capacity rises by 40 percent, costs by 5.2% and fees by 40 per cent.").has("40 percent", "PERCENT")
				.has("5.2%", "PERCENT").has("40 per cent", "PERCENT");
		Mentions.of("The cuts, about 12 percent of the staff, start soon.").has("about 12 percent", "PERCENT");
	}
}
