/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.uima.tests;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;

import org.assay.uima.spi.EngineTrainer;
import org.assay.uima.spi.GoldText;
import org.assay.uima.spi.TextSpan;

/**
 * A small learner contributed the way a team's plug-in would: it learns the words of the gold spans, one line
 * "layer label words" each, and says it needs {@link #heapNeeded} bytes.
 */
public final class WordListTrainer implements EngineTrainer {

	static volatile long heapNeeded = 0;
	static volatile List<Settings> calls = new ArrayList<>();

	@Override
	public String shortfall(List<GoldText> texts, long maxHeap) {
		return heapNeeded > maxHeap ? "word lists need " + heapNeeded + " bytes" : null;
	}

	@Override
	public Model train(List<GoldText> texts, List<String> layers, Settings settings, Progress progress) {
		calls.add(settings);
		TreeSet<String> lines = new TreeSet<>();
		List<String> learned = new ArrayList<>();
		for (int i = 0; i < texts.size(); i++) {
			if (progress.isCanceled()) {
				throw new CancellationException();
			}
			progress.progress("reading " + texts.get(i).id(), i / (double) texts.size());
			for (TextSpan s : texts.get(i).spans()) {
				if (layers.contains(s.layer())) {
					lines.add(s.layer() + " " + s.label() + " " + texts.get(i).text().substring(s.begin(), s.end()));
					if (!learned.contains(s.layer())) {
						learned.add(s.layer());
					}
				}
			}
		}
		return new Model() {
			@Override
			public List<String> layers() {
				return learned;
			}

			@Override
			public void write(OutputStream out) throws IOException {
				out.write(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
			}
		};
	}
}
