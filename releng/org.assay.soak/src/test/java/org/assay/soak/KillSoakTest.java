/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.soak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A short kill soak on the built product: every killed import whole or absent, the gold saved before intact. */
class KillSoakTest {

	@Test
	void killedCommandsLeaveTheProjectWholeAndEachImportAllOrNothing(@TempDir Path work) throws Exception {
		Path product = Path.of(System.getProperty("assay.product"));
		assertTrue(Files.isExecutable(product.resolve("assay")), "the product is built before this module: " + product);
		int rounds = Integer.getInteger("assay.soak.rounds", 10);
		KillSoak.Result r = new KillSoak(product, work, 11).run(rounds);
		assertEquals(java.util.List.of(), r.problems());
		assertTrue(r.killed() > 0, "some commands were killed: " + r);
		assertEquals(r.rounds() / 3 + (r.rounds() % 3 > 0 ? 1 : 0), r.wholeImports() + r.noImports(), r.toString());
	}
}
