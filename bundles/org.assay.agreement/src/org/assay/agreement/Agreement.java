/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.agreement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.assay.agreement.AgreementReport.Layer;
import org.assay.agreement.AgreementReport.Measures;
import org.assay.agreement.AgreementReport.Pair;
import org.assay.agreement.AgreementReport.PerDocument;
import org.assay.agreement.internal.DocumentUnits;
import org.assay.agreement.internal.KeyedStudies;
import org.assay.agreement.internal.LayerStudy;
import org.assay.agreement.internal.LinkUnits;
import org.assay.agreement.internal.Measuring;
import org.assay.model.AnnotationSet;
import org.assay.model.Document;
import org.assay.model.Label;
import org.assay.model.LabelSchema;
import org.assay.model.LayerKind;
import org.assay.model.Span;
import org.assay.model.evaluation.Answers;

/**
 * Inter-rater agreement between annotation sets of a project (annotators, {@code gold}, {@code engine:ID}),
 * per span layer and label, computed with DKPro Statistics.
 * <p>
 * Raters are compared only where they all have a set: the multi-rater figures (Fleiss' kappa,
 * Krippendorff's alpha, unitizing alpha) rest on the documents where every rater has one, each pair's
 * Cohen's kappa on the documents where both of its raters have one. A document a rater has no set in is not
 * read as "that rater found nothing there" (which would pull agreement down, or, with the unitizing alpha,
 * up to a false 1.0). A set that exists but is empty does count: it says the rater found nothing.
 * <p>
 * Units: for kappa and alpha, each place (a span's fragments) that some rater annotated in a document, each
 * rater's value there being its label or {@code (none)}, so that spans with other boundaries are two units
 * and two disagreements; a label's kappa and alpha recode every unit of the layer to the label or not the
 * label. For the unitizing alpha, the raters' spans on the documents' characters laid end to end, so that
 * partly overlapping spans agree partly. Which annotations count is {@link Counted}'s rule.
 * <p>
 * Links are measured per role, as layers named {@code link/ROLE} after the span layers (roles by name): a unit is a span that every
 * compared rater annotated (extent and label) and some rater links in that role, each rater's value the end it
 * links to or none ({@link LinkUnits}), so that the claimant of a claim all drew is compared, and a claim only some
 * drew counts once, as the spans' disagreement. Only links from spans of the measured layers count.
 * <p>
 * Document labels are measured per document-label layer, after the span layers: a unit is a document some rater
 * labelled in that layer, each rater's value its labels there or none ({@link DocumentUnits}); no unitizing alpha,
 * and no per-document figures (one unit each).
 */
public final class Agreement {

	/** The prefix of a role's figures among the layers: {@code link/claimant}. */
	public static final String LINK = "link/";

	private Agreement() {
	}

	/**
	 * @param layers the layers to measure (span and document-label layers); empty for every one of the schema
	 * @param proposals whether undecided proposals in annotator and gold sets count
	 */
	public static AgreementReport compute(List<Document> documents, LabelSchema schema, List<String> sets,
			List<String> layers, boolean proposals) {
		List<String> labelLayers = schema.getLayers().stream().filter(l -> l.getKind() == LayerKind.DOCUMENT)
				.map(l -> l.getName()).filter(l -> layers.isEmpty() || layers.contains(l)).toList();
		List<String> layerNames = layers.isEmpty() ? schema.getLayers().stream()
				.filter(l -> l.getKind() == LayerKind.SPAN).map(l -> l.getName()).toList()
				: layers.stream().filter(l -> !labelLayers.contains(l)).toList();
		int n = sets.size();
		Map<String, LayerStudy> all = new LinkedHashMap<>();
		Map<String, LayerStudy[][]> pairs = new LinkedHashMap<>();
		int[][] pairDocuments = new int[n][n];
		for (String layer : layerNames) {
			all.put(layer, new LayerStudy(n));
			pairs.put(layer, emptyPairs(n));
		}
		KeyedStudies labels = new KeyedStudies(n); // by document-label layer
		KeyedStudies links = new KeyedStudies(n); // by role
		List<String> compared = new ArrayList<>();
		List<String> skipped = new ArrayList<>();
		List<PerDocument> perDocument = new ArrayList<>();
		for (Document d : documents) {
			AnnotationSet[] found = new AnnotationSet[n];
			boolean complete = true;
			for (int i = 0; i < n; i++) {
				found[i] = Answers.answering(d, sets.get(i), proposals);
				complete &= found[i] != null;
			}
			int length = d.getText() == null ? 0 : d.getText().length();
			for (int i = 0; i < n; i++) {
				for (int j = i + 1; j < n; j++) {
					if (found[i] != null && found[j] != null) {
						pairDocuments[i][j]++;
						List<AnnotationSet> pair = List.of(found[i], found[j]);
						for (String layer : layerNames) {
							pairs.get(layer)[i][j].add(length, List.of(Counted.spans(found[i], layer, proposals),
									Counted.spans(found[j], layer, proposals)));
						}
						DocumentUnits.add(labels.pair(i, j), labelLayers, pair, proposals);
						LinkUnits.add(links.pair(i, j), pair, layerNames, proposals);
					}
				}
			}
			if (!complete) {
				skipped.add(d.getId());
				continue;
			}
			compared.add(d.getId());
			List<Layer> documentLayers = new ArrayList<>();
			for (String layer : layerNames) {
				List<List<Span>> spans = new ArrayList<>();
				for (AnnotationSet set : found) {
					spans.add(Counted.spans(set, layer, proposals));
				}
				all.get(layer).add(length, spans);
				LayerStudy one = new LayerStudy(n);
				one.add(length, spans);
				if (!one.units().isEmpty()) {
					documentLayers.add(layer(schema, layer, one, pairStudies(length, spans), sets, documentPairs(n)));
				}
			}
			List<AnnotationSet> raters = List.of(found);
			DocumentUnits.add(labels.all(), labelLayers, raters, proposals);
			LinkUnits.add(links.all(), raters, layerNames, proposals);
			documentLayers.addAll(documentLinks(schema, raters, sets, layerNames, proposals));
			perDocument.add(new PerDocument(d.getId(), documentLayers));
		}
		List<Layer> result = new ArrayList<>();
		for (String layer : layerNames) {
			LayerStudy study = all.get(layer);
			if (!study.units().isEmpty() || !layers.isEmpty()) {
				result.add(layer(schema, layer, study, pairs.get(layer), sets, pairDocuments));
			}
		}
		for (String layer : labelLayers) {
			LayerStudy study = labels.all().get(layer);
			if (study != null || layers.contains(layer)) {
				result.add(layer(schema, layer, study != null ? study : new LayerStudy(n), labels.pairs(layer), sets,
						pairDocuments));
			}
		}
		links.all().forEach((role, study) -> result.add(layer(schema, LINK + role, study, links.pairs(role), sets,
				pairDocuments)));
		return new AgreementReport(List.copyOf(sets), compared, skipped, result, perDocument);
	}

	/** One document's figures of the links, per role. */
	private static List<Layer> documentLinks(LabelSchema schema, List<AnnotationSet> raters, List<String> sets,
			List<String> layers, boolean proposals) {
		int n = raters.size();
		KeyedStudies links = new KeyedStudies(n);
		LinkUnits.add(links.all(), raters, layers, proposals);
		for (int i = 0; i < n; i++) {
			for (int j = i + 1; j < n; j++) {
				LinkUnits.add(links.pair(i, j), List.of(raters.get(i), raters.get(j)), layers, proposals);
			}
		}
		List<Layer> result = new ArrayList<>();
		links.all().forEach((role, study) -> result.add(layer(schema, LINK + role, study, links.pairs(role), sets,
				documentPairs(n))));
		return result;
	}

	private static Layer layer(LabelSchema schema, String layer, LayerStudy study, LayerStudy[][] pairStudies,
			List<String> sets, int[][] pairDocuments) {
		List<String> labels = labels(schema, layer, study);
		Measuring measuring = new Measuring(study);
		List<Measures> perLabel = new ArrayList<>();
		for (String label : labels) {
			perLabel.add(measuring.measures(label));
		}
		List<Pair> pairs = new ArrayList<>();
		for (int i = 0; i < sets.size(); i++) {
			for (int j = i + 1; j < sets.size(); j++) {
				Measuring m = new Measuring(pairStudies[i][j]);
				Map<String, Figure> byLabel = new LinkedHashMap<>();
				for (String label : labels(schema, layer, pairStudies[i][j])) {
					byLabel.put(label, m.cohen(label));
				}
				pairs.add(new Pair(sets.get(i), sets.get(j), pairDocuments[i][j], m.cohen(null), byLabel));
			}
		}
		return new Layer(layer, measuring.measures(null), perLabel, pairs);
	}

	/** The labels used, in the schema's order, then any the schema lacks. */
	private static List<String> labels(LabelSchema schema, String layer, LayerStudy study) {
		List<String> labels = new ArrayList<>();
		schema.getLayers().stream().filter(l -> l.getName().equals(layer)).flatMap(l -> l.getLabels().stream())
				.map(Label::getName).filter(study.labels()::contains).forEach(labels::add);
		study.labels().stream().filter(l -> !labels.contains(l)).forEach(labels::add);
		return labels;
	}

	/** An empty study of each pair of raters. */
	private static LayerStudy[][] emptyPairs(int n) {
		LayerStudy[][] p = new LayerStudy[n][n];
		for (int i = 0; i < n; i++) {
			for (int j = i + 1; j < n; j++) {
				p[i][j] = new LayerStudy(2);
			}
		}
		return p;
	}

	/** One document's studies of each pair of raters. */
	private static LayerStudy[][] pairStudies(int length, List<List<Span>> spans) {
		int n = spans.size();
		LayerStudy[][] p = new LayerStudy[n][n];
		for (int i = 0; i < n; i++) {
			for (int j = i + 1; j < n; j++) {
				p[i][j] = new LayerStudy(2);
				p[i][j].add(length, List.of(spans.get(i), spans.get(j)));
			}
		}
		return p;
	}

	private static int[][] documentPairs(int n) {
		int[][] p = new int[n][n];
		for (int[] row : p) {
			java.util.Arrays.fill(row, 1);
		}
		return p;
	}
}
