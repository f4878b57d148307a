/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.example.assay.commodities;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.assay.formats.ExportDocument;
import org.assay.formats.ExportOptions;
import org.assay.formats.ExportReport;
import org.assay.model.Annotation;
import org.assay.model.Layer;
import org.assay.model.Link;
import org.assay.model.Span;
import org.assay.model.support.Spans;
import org.assay.text.Segmentation;
import org.assay.text.Segmenter;

/**
 * Writes CoNLL-U: each document's text split by Assay's segmenter, a token a line with its form and MISC
 * ({@code Entity=B-X}/{@code I-X} for the spans of the first span layer, {@code SpaceAfter=No}); the other
 * columns are {@code _}. What it cannot hold is counted in the report.
 */
final class ConlluWriter {

	void write(List<ExportDocument> documents, Path out, ExportOptions options, ExportReport report) throws IOException {
		Path partial = out.resolveSibling(out.getFileName() + ".part");
		try (Writer w = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
			for (ExportDocument d : documents) {
				document(d, w, report);
			}
		}
		Files.move(partial, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
				java.nio.file.StandardCopyOption.ATOMIC_MOVE);
	}

	private static void document(ExportDocument export, Writer w, ExportReport report) throws IOException {
		String id = export.document().getId();
		String text = export.document().getText();
		Segmentation s = Segmenter.get().segment(text);
		String[] tags = new String[s.tokenCount()];
		int written = tags(export, s, tags, report);
		w.write("# newdoc id = " + id + "\n");
		for (int sentence = 0; sentence < s.sentenceCount(); sentence++) {
			int first = s.sentenceStarts()[sentence];
			int end = s.sentenceEnds()[sentence];
			w.write("# sent_id = " + id + "-" + (sentence + 1) + "\n");
			w.write("# text = " + text.substring(s.sentenceBegin(sentence), s.sentenceEnd(sentence)).replaceAll("\\s+", " ") + "\n");
			for (int t = first; t < end; t++) {
				List<String> misc = new ArrayList<>();
				if (tags[t] != null) {
					misc.add("Entity=" + tags[t]);
				}
				if (t + 1 < end && s.tokenEnds()[t] == s.tokenBegins()[t + 1]) {
					misc.add("SpaceAfter=No");
				}
				w.write((t - first + 1) + "\t" + s.token(t) + "\t_\t_\t_\t_\t_\t_\t_\t"
						+ (misc.isEmpty() ? "_" : String.join("|", misc)) + "\n");
			}
			w.write("\n");
		}
		report.wrote(1, written);
	}

	/** Fills a BIO tag per token (null outside entities): spans of the first span layer, the outer one where they nest; the spans written. */
	private static int tags(ExportDocument export, Segmentation s, String[] tags, ExportReport report) {
		String id = export.document().getId();
		int written = 0;
		Layer tagged = null;
		List<Span> spans = new ArrayList<>();
		for (Annotation a : export.annotations()) {
			if (a instanceof Link) {
				report.lost("links (CoNLL-U's MISC holds no relations)", ExportReport.at(id, a));
			} else if (!(a instanceof Span span)) {
				report.lost("document labels (CoNLL-U has none)", id);
			} else {
				Layer layer = a.getLabel().getLayer();
				tagged = tagged == null ? layer : tagged;
				if (layer != tagged) {
					report.lost("spans of layers other than '" + tagged.getName() + "'", ExportReport.at(id, a));
				} else {
					if (!a.getFeatures().isEmpty()) {
						report.lost("span features", ExportReport.at(id, a));
					}
					if (span.getFragments().size() > 1) {
						report.lost("discontinuous spans (written over their whole extent)", ExportReport.at(id, a));
					}
					spans.add(span);
				}
			}
		}
		spans.sort(Comparator.comparingInt(Spans::begin).thenComparing(x -> -(Spans.end(x) - Spans.begin(x))));
		for (Span span : spans) {
			int begin = Spans.begin(span);
			int end = Spans.end(span);
			List<Integer> covered = new ArrayList<>();
			for (int t = 0; t < s.tokenCount(); t++) {
				if (s.tokenBegins()[t] < end && s.tokenEnds()[t] > begin) {
					covered.add(t);
				}
			}
			if (covered.isEmpty()) {
				report.lost("spans covering no token", ExportReport.at(id, span));
			} else if (covered.stream().anyMatch(t -> tags[t] != null)) {
				report.lost("overlapping or nested spans (a token has one tag)", ExportReport.at(id, span));
			} else if (s.sentenceOf(covered.get(0)) != s.sentenceOf(covered.get(covered.size() - 1))) {
				report.lost("spans across a sentence boundary", ExportReport.at(id, span));
			} else {
				if (s.tokenBegins()[covered.get(0)] != begin || s.tokenEnds()[covered.get(covered.size() - 1)] != end) {
					report.lost("boundaries inside a token (widened to whole tokens)", ExportReport.at(id, span));
				}
				String label = span.getLabel().getName();
				for (int k = 0; k < covered.size(); k++) {
					tags[covered.get(k)] = (k == 0 ? "B-" : "I-") + label;
				}
				written++;
			}
		}
		return written;
	}
}
