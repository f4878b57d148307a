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
import org.assay.agreement.internal.LayerStudy;
import org.assay.agreement.internal.LinkUnits;
import org.assay.agreement.internal.Measuring;
import org.assay.model.AnnotationSet;
import org.assay.model.Document;
import org.assay.model.Label;
import org.assay.model.LabelSchema;
import org.assay.model.LayerKind;
import org.assay.model.Span;
import org.assay.model.support.SetNames;

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
		Map<String, LayerStudy> documentsAll = new LinkedHashMap<>();
		Map<String, LayerStudy[][]> documentsPairs = new LinkedHashMap<>();
		for (String layer : labelLayers) {
			documentsAll.put(layer, new LayerStudy(n));
			documentsPairs.put(layer, emptyPairs(n));
		}
		Map<String, LayerStudy> all = new LinkedHashMap<>();
		Map<String, LayerStudy[][]> pairs = new LinkedHashMap<>();
		int[][] pairDocuments = new int[n][n];
		for (String layer : layerNames) {
			all.put(layer, new LayerStudy(n));
			pairs.put(layer, emptyPairs(n));
		}
		Map<String, LayerStudy> linksAll = new java.util.TreeMap<>(); // by role, in name order
		List<List<Map<String, LayerStudy>>> linksPairs = new ArrayList<>(); // [i][j], by role
		for (int i = 0; i < n; i++) {
			List<Map<String, LayerStudy>> row = new ArrayList<>();
			for (int j = 0; j < n; j++) {
				row.add(new LinkedHashMap<>());
			}
			linksPairs.add(row);
		}
		List<String> compared = new ArrayList<>();
		List<String> skipped = new ArrayList<>();
		List<PerDocument> perDocument = new ArrayList<>();
		for (Document d : documents) {
			AnnotationSet[] found = new AnnotationSet[n];
			boolean complete = true;
			for (int i = 0; i < n; i++) {
				found[i] = SetNames.find(d, sets.get(i));
				complete &= found[i] != null;
			}
			int length = d.getText() == null ? 0 : d.getText().length();
			for (int i = 0; i < n; i++) {
				for (int j = i + 1; j < n; j++) {
					if (found[i] != null && found[j] != null) {
						pairDocuments[i][j]++;
						for (String layer : layerNames) {
							pairs.get(layer)[i][j].add(length, List.of(Counted.spans(found[i], layer, proposals),
									Counted.spans(found[j], layer, proposals)));
						}
						LinkUnits.add(linksPairs.get(i).get(j), List.of(found[i], found[j]), layerNames, proposals);
						for (String layer : labelLayers) {
							DocumentUnits.add(documentsPairs.get(layer)[i][j], layer, List.of(found[i], found[j]),
									proposals);
						}
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
			for (String layer : labelLayers) {
				DocumentUnits.add(documentsAll.get(layer), layer, raters, proposals);
			}
			LinkUnits.add(linksAll, raters, layerNames, proposals);
			Map<String, LayerStudy> documentLinks = new java.util.TreeMap<>();
			LinkUnits.add(documentLinks, raters, layerNames, proposals);
			documentLinks.forEach((role, one) -> {
				if (!one.units().isEmpty()) {
					documentLayers.add(layer(schema, LINK + role, one, documentLinkPairs(raters, role, layerNames,
							proposals), sets, documentPairs(n)));
				}
			});
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
			LayerStudy study = documentsAll.get(layer);
			if (!study.units().isEmpty() || layers.contains(layer)) {
				result.add(layer(schema, layer, study, documentsPairs.get(layer), sets, pairDocuments));
			}
		}
				linksAll.forEach((role, study) -> {
			if (!study.units().isEmpty()) {
				LayerStudy[][] p = new LayerStudy[n][n];
				for (int i = 0; i < n; i++) {
					for (int j = i + 1; j < n; j++) {
						p[i][j] = linksPairs.get(i).get(j).getOrDefault(role, new LayerStudy(2));
					}
				}
				result.add(layer(schema, LINK + role, study, p, sets, pairDocuments));
			}
		});
		return new AgreementReport(List.copyOf(sets), compared, skipped, result, perDocument);
	}

	/** One document's link studies of a role for each pair of raters. */
	private static LayerStudy[][] documentLinkPairs(List<AnnotationSet> raters, String role, List<String> layers,
			boolean proposals) {
		int n = raters.size();
		LayerStudy[][] p = new LayerStudy[n][n];
		for (int i = 0; i < n; i++) {
			for (int j = i + 1; j < n; j++) {
				Map<String, LayerStudy> byRole = new LinkedHashMap<>();
				LinkUnits.add(byRole, List.of(raters.get(i), raters.get(j)), layers, proposals);
				p[i][j] = byRole.getOrDefault(role, new LayerStudy(2));
			}
		}
		return p;
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
