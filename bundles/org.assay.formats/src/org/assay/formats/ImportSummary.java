/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.formats;

import java.io.PrintStream;
import java.util.List;

/** What an import did: documents added and reused, annotations and links, labels created in the schema. */
public record ImportSummary(String set, int documentsAdded, int documentsReused, int spans, int links,
		List<String> labelsCreated) {

	public void print(PrintStream out) {
		out.printf("imported %d documents (%d new, %d already in the project) into the set(s) %s: %d annotations, %d links%n",
				documentsAdded + documentsReused, documentsAdded, documentsReused, set, spans, links);
		if (!labelsCreated.isEmpty()) {
			out.println("labels added to the schema: " + String.join(", ", labelsCreated));
		}
	}
}
