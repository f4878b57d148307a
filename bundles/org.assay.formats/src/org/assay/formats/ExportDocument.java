/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.formats;

import java.util.List;

import org.assay.model.Annotation;
import org.assay.model.Document;

/**
 * A document to export, with the annotations chosen for it (of one set, the chosen layers and statuses);
 * {@code set} is the name of that set.
 */
public record ExportDocument(Document document, List<Annotation> annotations, String set) {
}
