/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.spark;

import java.io.Serializable;
import java.util.List;

/**
 * One document after the engines: its line of Assay's JSONL, its proposed spans (for the Parquet table) and
 * how many annotations were proposed in all (spans, document labels and links, as {@code assay annotate}
 * counts them), or the problem that stopped it (then {@code line} is null).
 */
public record Annotated(String id, String line, List<Proposal> proposals, int annotations, long tokens,
		String problem) implements Serializable {

	public static Annotated failed(String id, String problem) {
		return new Annotated(id, null, List.of(), 0, 0, problem);
	}

	public boolean isFailure() {
		return problem != null;
	}
}
