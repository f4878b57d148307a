/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.formats;

/**
 * Format-specific choices of an export.
 *
 * @param scheme the tag scheme of token-based formats: iob1, iob2 (BIO) or bioes
 */
public record ExportOptions(String scheme) {

	public static ExportOptions defaults() {
		return new ExportOptions("iob1");
	}
}
