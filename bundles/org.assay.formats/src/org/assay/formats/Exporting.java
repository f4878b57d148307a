/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.formats;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.assay.model.Annotation;
import org.assay.model.AnnotationSet;
import org.assay.model.AnnotationStatus;
import org.assay.model.Document;
import org.assay.model.Link;
import org.assay.model.Project;
import org.assay.model.SetKind;
import org.assay.model.WorkState;
import org.assay.model.evaluation.Answers;
import org.assay.model.support.SetNames;

/**
 * Chooses what to export — one set (or all engines' proposals), some layers, only accepted annotations —
 * splits the documents into train/dev/test with a fixed seed, and runs an exporter.
 */
public final class Exporting {

	/** All engines' latest proposals together. */
	public static final String PROPOSALS = "proposals";

	/**
	 * @param set a set name, or {@value #PROPOSALS}
	 * @param layers the layers to export; empty for all
	 * @param acceptedOnly only accepted and corrected annotations; a document where the set has not started
	 *            (nothing decided in it, not marked in progress or done) is left out, since it would read as one
	 *            with nothing to label
	 * @param doneOnly only documents where the set is marked done
	 */
	public record Selection(String set, List<String> layers, boolean acceptedOnly, boolean doneOnly) {

		/** All the documents that have the set. */
		public Selection(String set, List<String> layers, boolean acceptedOnly) {
			this(set, layers, acceptedOnly, false);
		}
	}

	private Exporting() {
	}

	/**
	 * The documents that have the set (as the selection chooses them), each with its chosen annotations; rejected
	 * ones are left out and counted, and so are the documents left out.
	 */
	public static List<ExportDocument> select(Project project, Selection selection, ExportReport report)
			throws FormatException {
		List<ExportDocument> out = new ArrayList<>();
		for (Document d : project.getDocuments()) {
			List<Annotation> chosen = new ArrayList<>();
			boolean has = false;
			for (AnnotationSet set : d.getAnnotationSets()) {
				boolean wanted = PROPOSALS.equals(selection.set()) ? set.getName().startsWith(SetNames.ENGINE_PREFIX)
						: set.getName().equals(selection.set());
				if (wanted && chosen(d, set, selection, report)) {
					has = true;
					choose(d, set.getAnnotations(), selection, chosen, report);
				}
			}
			if (has) {
				out.add(new ExportDocument(d, chosen, selection.set()));
			}
		}
		if (out.isEmpty()) {
			throw new FormatException(null, -1, "no document has the set '" + selection.set() + "'");
		}
		return out;
	}

	/**
	 * Whether the document's set is exported: an engine's always; a set people decide not when only documents
	 * marked done are wanted and it is not, nor, for accepted annotations only, when its annotator has not started.
	 */
	private static boolean chosen(Document d, AnnotationSet set, Selection selection, ExportReport report) {
		if (SetNames.kindOf(set.getName()) == SetKind.ENGINE) {
			return true;
		}
		if (selection.doneOnly() && set.getState() != WorkState.DONE) {
			report.leftOut("documents not marked done in " + set.getName() + " (done only)", d.getId());
			return false;
		}
		if (selection.acceptedOnly() && Answers.answering(d, set.getName(), false) == null) {
			report.leftOut("documents " + set.getName() + " has not started (accepted only: they would read as"
					+ " having nothing to label)", d.getId());
			return false;
		}
		return true;
	}

	private static void choose(Document d, List<Annotation> annotations, Selection selection, List<Annotation> chosen,
			ExportReport report) {
		Set<Annotation> kept = new HashSet<>();
		for (Annotation a : annotations) {
			if (a instanceof Link) {
				continue;
			}
			if (!selection.layers().isEmpty() && !selection.layers().contains(a.getLabel().getLayer().getName())) {
				continue;
			}
			if (a.getStatus() == AnnotationStatus.REJECTED) {
				report.leftOut("rejected annotations", ExportReport.at(d.getId(), a));
				continue;
			}
			if (selection.acceptedOnly() && a.getStatus() == AnnotationStatus.PROPOSED) {
				report.leftOut("proposals (accepted only)", ExportReport.at(d.getId(), a));
				continue;
			}
			kept.add(a);
			chosen.add(a);
		}
		for (Annotation a : annotations) {
			if (a instanceof Link link) {
				if (kept.contains(link.getSource()) && kept.contains(link.getTarget())) {
					chosen.add(link);
				} else if (kept.contains(link.getSource()) || kept.contains(link.getTarget())) {
					report.leftOut("links to annotations that were left out", ExportReport.at(d.getId(), link));
				}
			}
		}
	}

	/** Parses "80/10/10" into three percentages that add up to 100. */
	public static int[] parseSplit(String split) throws FormatException {
		String[] parts = split.split("/");
		if (parts.length != 3) {
			throw new FormatException(null, -1, "a split is three percentages, train/dev/test, like 80/10/10");
		}
		int[] p = new int[3];
		try {
			for (int i = 0; i < 3; i++) {
				p[i] = Integer.parseInt(parts[i].strip());
				if (p[i] < 0) {
					throw new NumberFormatException();
				}
			}
		} catch (NumberFormatException e) {
			throw new FormatException(null, -1, "a split is three whole percentages, like 80/10/10: '" + split + "'");
		}
		if (p[0] + p[1] + p[2] != 100) {
			throw new FormatException(null, -1, "the split " + split + " does not add up to 100");
		}
		return p;
	}

	/**
	 * Shuffles the documents with the seed and cuts them into train, dev and test, by document, each part its
	 * share rounded; a part given a share but rounded to none gets one document from train when there are
	 * enough (6 documents, 80/10/10: 4/1/1 rather than 5/1/0).
	 */
	public static Map<String, List<ExportDocument>> split(List<ExportDocument> documents, int[] percent, long seed) {
		List<ExportDocument> shuffled = new ArrayList<>(documents);
		shuffled.sort(Comparator.comparing(e -> e.document().getId()));
		Collections.shuffle(shuffled, new Random(seed));
		int n = shuffled.size();
		int train = (int) Math.round(n * percent[0] / 100.0);
		int dev = Math.min(n - train, (int) Math.round(n * percent[1] / 100.0));
		if (percent[1] > 0 && dev == 0 && train > 1) {
			train--;
			dev++;
		}
		if (percent[2] > 0 && n - train - dev == 0 && train > 1) {
			train--;
		}
		Map<String, List<ExportDocument>> parts = new LinkedHashMap<>();
		parts.put("train", shuffled.subList(0, train));
		parts.put("dev", shuffled.subList(train, train + dev));
		parts.put("test", shuffled.subList(train + dev, n));
		return parts;
	}

	/** Where one part of a split goes: {@code data-train.conll} beside {@code data.conll}, or {@code out/train}. */
	public static Path partPath(Path out, String part, Exporter exporter) {
		if (!exporter.writesOneFile()) {
			return out.resolve(part);
		}
		String name = out.getFileName().toString();
		int dot = name.lastIndexOf('.');
		String stem = dot > 0 ? name.substring(0, dot) : name;
		String ext = dot > 0 ? name.substring(dot) : "";
		return out.resolveSibling(stem + "-" + part + ext);
	}

	/**
	 * The file a folder export holds while it is being written: an export cut short (killed, a full disk) keeps
	 * it, so that nobody takes half an export for a whole one.
	 */
	public static final String INCOMPLETE = "EXPORT-INCOMPLETE.txt";

	/** Exports with the format, whole or split, and returns the report. */
	public static ExportReport export(Exporter exporter, List<ExportDocument> documents, Path out, ExportOptions options,
			int[] split, long seed, ExportReport report) throws IOException {
		Path marker = null;
		if (!exporter.writesOneFile()) { // a file is written whole or not at all; a folder is many files
			java.nio.file.Files.createDirectories(out);
			marker = out.resolve(INCOMPLETE);
			java.nio.file.Files.writeString(marker, "Assay was writing this export and did not finish it: it is"
					+ " not complete. Export again.\n");
		}
		if (split == null) {
			exporter.write(documents, out, options, report);
		} else {
			for (Map.Entry<String, List<ExportDocument>> part : split(documents, split, seed).entrySet()) {
				Path where = partPath(out, part.getKey(), exporter);
				exporter.write(part.getValue(), where, options, report);
				report.part(part.getKey(), part.getValue().size(), where);
			}
		}
		if (marker != null) {
			java.nio.file.Files.deleteIfExists(marker);
		}
		return report;
	}
}
