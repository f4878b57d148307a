/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.formats;

import java.util.List;

/** What a reader found: documents with their annotations, in the source's order. */
public record ImportData(List<ImportedDocument> documents) {
}
