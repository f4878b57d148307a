/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.formats.tests;

import org.assay.formats.Format;

/** A format contributed by this test bundle's plugin.xml, as a plug-in contributes one. */
public final class FakeFormat implements Format {

	@Override
	public String id() {
		return "test-fake";
	}

	@Override
	public String name() {
		return "Fake";
	}

	@Override
	public String description() {
		return "Contributed by the tests; reads and writes nothing.";
	}
}
