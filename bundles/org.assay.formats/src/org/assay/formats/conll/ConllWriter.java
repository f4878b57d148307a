/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.formats.conll;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.assay.formats.ExportDocument;
import org.assay.formats.ExportOptions;
import org.assay.formats.ExportReport;
import org.assay.model.Annotation;
import org.assay.model.Document;
import org.assay.model.Fragment;
import org.assay.model.Layer;
import org.assay.model.Link;
import org.assay.model.Span;
import org.assay.model.support.Spans;
import org.assay.model.support.TokenTable;
import org.assay.text.Segmentation;
import org.assay.text.Segmenter;
import org.assay.store.AtomicFiles;

/**
 * Writes CoNLL-2003: one token a line with its POS, chunk and entity tag, a blank line after each sentence,
 * {@code -DOCSTART-} before each document. Tokens come from the document's tokens (as imported from CoNLL)
 * or, lacking them, from the engines' segmenter. One tag column holds one layer without overlaps: the rest
 * is counted in the report.
 */
final class ConllWriter {

	private static final String NONE = "_";
	static final String ACROSS_SENTENCES = "spans across a sentence boundary (CoNLL ends every entity with its"
			+ " sentence: read back as two)";

	private final TagScheme scheme;
	private final ExportReport report;

	ConllWriter(ExportOptions options, ExportReport report) {
		this.scheme = TagScheme.parse(options.scheme());
		this.report = report;
	}

	void write(List<ExportDocument> documents, Path out) throws IOException {
		AtomicFiles.writeExport(out, stream -> {
			Writer w = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
			for (int i = 0; i < documents.size(); i++) {
				write(documents.get(i), w, i == documents.size() - 1);
			}
			w.flush();
		});
	}

	/** A document; the last of the file also ends with the blank lines its source file ended with. */
	private void write(ExportDocument export, Writer w, boolean last) throws IOException {
		Document d = export.document();
		String docstart = d.getProperties().get(Conll2003Format.DOCSTART_PROPERTY);
		w.write("-DOCSTART- ");
		w.write(docstart == null ? "-X- -X- O" : docstart);
		w.write("\n\n");
		TokenTable tokens = d.getTokens();
		List<List<int[]>> sentences;
		String[][] columns; // pos, chunk per token, in the order of the flattened sentences
		if (tokens != null) {
			sentences = new ArrayList<>(tokens.sentenceCount());
			columns = new String[tokens.size()][];
			for (int s = 0; s < tokens.sentenceCount(); s++) {
				List<int[]> sentence = new ArrayList<>(tokens.sentenceEnd(s) - tokens.sentenceStart(s));
				for (int t = tokens.sentenceStart(s); t < tokens.sentenceEnd(s); t++) {
					sentence.add(new int[] { tokens.begin(t), tokens.end(t) });
					columns[t] = new String[] { tokens.value(Conll2003Format.POS, t), tokens.value(Conll2003Format.CHUNK, t) };
				}
				sentences.add(sentence);
			}
		} else {
			sentences = sentences(Segmenter.get().segment(d.getText()));
			columns = null;
		}
		int[][] flat = sentences.stream().flatMap(List::stream).toArray(int[][]::new);
		boolean[] startsSentence = new boolean[flat.length];
		int first = 0;
		for (List<int[]> sentence : sentences) {
			if (first < flat.length) {
				startsSentence[first] = true;
			}
			first += sentence.size();
		}
		String[] tags = tags(export, flat, startsSentence);
		String text = d.getText();
		int k = 0;
		StringBuilder line = new StringBuilder(64);
		for (List<int[]> sentence : sentences) {
			for (int i = 0; i < sentence.size(); i++, k++) {
				line.setLength(0);
				line.append(text, flat[k][0], flat[k][1]).append(' ');
				String pos = columns == null ? null : columns[k][0];
				String chunk = columns == null ? null : columns[k][1];
				line.append(pos == null ? NONE : pos).append(' ').append(chunk == null ? NONE : chunk).append(' ');
				line.append(tags[k]).append('\n');
				w.write(line.toString());
			}
			if (k < flat.length || !last) {
				w.write('\n');
			}
		}
		if (last) {
			w.write("\n".repeat(sentences.isEmpty() ? 0 : trailingBlankLines(d)));
		}
	}

	/** How many blank lines the file this document came from ended with: 1 (after its last sentence) unless kept. */
	private static int trailingBlankLines(Document d) {
		String kept = d.getProperties().get(Conll2003Format.TRAILING_BLANK_LINES_PROPERTY);
		try {
			return kept == null ? 1 : Math.max(0, Integer.parseInt(kept));
		} catch (NumberFormatException e) {
			return 1;
		}
	}

	/** The segmenter's sentences (the engines' own), each a list of tokens [begin, end). */
	private static List<List<int[]>> sentences(Segmentation segmentation) {
		List<List<int[]>> sentences = new ArrayList<>(segmentation.sentenceCount());
		for (int s = 0; s < segmentation.sentenceCount(); s++) {
			List<int[]> tokens = new ArrayList<>();
			for (int t = segmentation.sentenceStarts()[s]; t < segmentation.sentenceEnds()[s]; t++) {
				tokens.add(new int[] { segmentation.tokenBegins()[t], segmentation.tokenEnds()[t] });
			}
			sentences.add(tokens);
		}
		return sentences;
	}

	/** One tag per token: the entities of the first layer, flattened; everything else is reported. */
	private String[] tags(ExportDocument export, int[][] tokens, boolean[] startsSentence) {
		String id = export.document().getId();
		String[] tags = new String[tokens.length];
		Arrays.fill(tags, "O");
		Layer tagged = null;
		List<Span> entities = new ArrayList<>();
		for (Annotation a : export.annotations()) {
			if (a instanceof Link) {
				report.lost("links (CoNLL has no relations)", ExportReport.at(id, a));
				continue;
			}
			if (!(a instanceof Span s)) {
				report.lost("document labels (CoNLL has no document-level tags)", id);
				continue;
			}
			Layer layer = a.getLabel().getLayer();
			if (tagged == null) {
				tagged = layer;
			}
			if (layer != tagged) {
				report.lost("spans of layers other than '" + tagged.getName() + "' (CoNLL has one tag column)",
						id + "@" + Spans.begin(s));
				continue;
			}
			if (a.getFeatures().size() > (a.getFeatures().containsKey(Conll2003Format.B_FEATURE) ? 1 : 0)) {
				report.lost("span features (CoNLL holds only the label)", id + "@" + Spans.begin(s));
			}
			if (s.getFragments().size() > 1) {
				report.lost("discontinuous spans (written as one entity per fragment)", id + "@" + Spans.begin(s));
			}
			entities.add(s);
		}
		// outer spans first: when spans overlap or nest, the first kept wins its tokens
		entities.sort(Comparator.comparingInt(Spans::begin).thenComparing(s -> -(Spans.end(s) - Spans.begin(s))));
		int[] owner = new int[tokens.length];
		Arrays.fill(owner, -1);
		int written = 0;
		for (int e = 0; e < entities.size(); e++) {
			Span s = entities.get(e);
			List<int[]> ranges = new ArrayList<>();
			boolean clash = false;
			for (Fragment f : s.getFragments()) {
				int first = firstToken(tokens, f.getBegin());
				int last = lastToken(tokens, f.getEnd());
				if (first > last) {
					continue;
				}
				if (tokens[first][0] != f.getBegin() || tokens[last][1] != f.getEnd()) {
					report.lost("span boundaries inside a token (widened to whole tokens)", id + "@" + f.getBegin());
				}
				for (int t = first; t <= last; t++) {
					clash |= owner[t] >= 0;
				}
				for (int t = first + 1; t <= last; t++) {
					if (startsSentence[t]) {
						report.lost(ACROSS_SENTENCES, id + "@" + f.getBegin());
						break;
					}
				}
				ranges.add(new int[] { first, last });
			}
			if (ranges.isEmpty()) {
				report.lost("spans covering no token", id + "@" + Spans.begin(s));
				continue;
			}
			if (clash) {
				report.lost("overlapping or nested spans (CoNLL tags each token once)", id + "@" + Spans.begin(s));
				continue;
			}
			String type = s.getLabel().getName();
			for (int[] r : ranges) {
				boolean afterSame = r[0] > 0 && !startsSentence[r[0]] && owner[r[0] - 1] >= 0
						&& entities.get(owner[r[0] - 1]).getLabel().getName().equals(type);
				afterSame |= r == ranges.get(0) && s.getFeatures().containsKey(Conll2003Format.B_FEATURE);
				String[] t = scheme.tags(type, r[1] - r[0] + 1, afterSame);
				for (int i = r[0]; i <= r[1]; i++) {
					tags[i] = t[i - r[0]];
					owner[i] = e;
				}
			}
			written++;
		}
		report.wrote(1, written);
		return tags;
	}

	/** The first token that ends after the offset. */
	private static int firstToken(int[][] tokens, int offset) {
		int lo = 0;
		int hi = tokens.length;
		while (lo < hi) {
			int mid = (lo + hi) >>> 1;
			if (tokens[mid][1] <= offset) {
				lo = mid + 1;
			} else {
				hi = mid;
			}
		}
		return lo;
	}

	/** The last token that begins before the offset. */
	private static int lastToken(int[][] tokens, int offset) {
		int lo = 0;
		int hi = tokens.length;
		while (lo < hi) {
			int mid = (lo + hi) >>> 1;
			if (tokens[mid][0] < offset) {
				lo = mid + 1;
			} else {
				hi = mid;
			}
		}
		return lo - 1;
	}
}
