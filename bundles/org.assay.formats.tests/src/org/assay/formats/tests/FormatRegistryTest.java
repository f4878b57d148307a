/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.formats.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.assay.formats.Format;
import org.assay.formats.Formats;
import org.junit.jupiter.api.Test;

/** The formats extension point read as every registry is: kept, the bad contributions left out. */
class FormatRegistryTest {

	@Test
	void aContributedFormatIsThereAndTheBadOnesAreNot() {
		assertInstanceOf(FakeFormat.class, Formats.find("test-fake"));
		assertNull(Formats.find("test-wrong-id"), "its class says another id");
		assertNull(Formats.find("test-not-a-format"), "java.lang.Object is no Format");
		assertNull(Formats.find("test-no-class"), "a class that does not exist");
		List<String> ids = Formats.all().stream().map(Format::id).toList();
		assertTrue(ids.containsAll(List.of("text", "conll2003", "brat", "jsonl", "csv", "xmi")), "the others stay: " + ids);
		assertEquals(1, ids.stream().filter("test-fake"::equals).count(), "the second contribution of its class is out");
	}

	@Test
	void readOnceAndKept() {
		assertSame(Formats.all(), Formats.all());
		assertSame(Formats.find("brat"), Formats.find("brat"));
	}
}
