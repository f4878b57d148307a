/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.model.support;

import org.assay.model.AssayFactory;
import org.assay.model.FeatureDefinition;
import org.assay.model.FeatureType;
import org.assay.model.Label;
import org.assay.model.LabelSchema;
import org.assay.model.Layer;
import org.assay.model.LayerKind;

/**
 * The schema a new project starts with: news entities (OntoNotes-style names), claims with their claimant
 * and cue (PolNeAR's source, cue and content), and document labels.
 */
public final class StandardSchema {

	public static final String ENTITY = "entity";
	public static final String CLAIM = "claim";
	public static final String DOCUMENT = "document";

	/** Claim layer labels: the content of a claim, and the spans that claimant and cue links point at. */
	public static final String CLAIM_CONTENT = "CLAIM";
	public static final String CLAIM_SOURCE = "SOURCE";
	public static final String CLAIM_CUE = "CUE";

	public static final String ROLE_CLAIMANT = "claimant";
	public static final String ROLE_CUE = "cue";
	/** From a SOURCE span that is a pronoun or a nominal to the entity mention it refers to. */
	public static final String ROLE_REFERS_TO = "refersTo";
	public static final String FEATURE_CLAIM_TYPE = "type";

	private static final AssayFactory F = AssayFactory.eINSTANCE;

	private StandardSchema() {
	}

	public static LabelSchema create() {
		LabelSchema schema = F.createLabelSchema();
		Layer entity = layer(schema, ENTITY, "Entities", LayerKind.SPAN,
				"Names of people, organisations and places, and dates, times, sums of money and percentages.");
		label(entity, "PERSON", "#e6194b", "p", "People, including fictional ones.");
		label(entity, "ORGANIZATION", "#4363d8", "o", "Companies, agencies, institutions, parties, teams.");
		label(entity, "LOCATION", "#3cb44b", "l", "Countries, cities, states (geopolitical) and other places.");
		label(entity, "NORP", "#911eb4", "n", "Nationalities, religious and political groups.");
		label(entity, "DATE", "#f58231", "d", "Absolute or relative dates and periods.");
		label(entity, "TIME", "#9a6324", "t", "Times smaller than a day.");
		label(entity, "MONEY", "#008080", "m", "Monetary values, with their unit.");
		label(entity, "PERCENT", "#808000", "c", "Percentages.");

		Layer claim = layer(schema, CLAIM, "Claims", LayerKind.SPAN,
				"Attributed statements: the content of a claim, who made it, and the cue that reports it.");
		label(claim, CLAIM_CONTENT, "#f032e6", "a", "What is claimed: the content of the attribution.");
		label(claim, CLAIM_SOURCE, "#42d4f4", "s", "Who made the claim when it is not an entity mention (\"U.S. officials\", \"he\").");
		label(claim, CLAIM_CUE, "#bfef45", "u", "The words that report the claim: \"said\", \"told reporters\", \"according to\".");
		FeatureDefinition type = feature(claim, FEATURE_CLAIM_TYPE, FeatureType.CHOICE, "Direct quote, reported speech, or both.");
		type.getChoices().add("direct");
		type.getChoices().add("indirect");
		type.getChoices().add("mixed");
		FeatureDefinition claimant = feature(claim, ROLE_CLAIMANT, FeatureType.LINK, "Who made the claim.");
		claimant.getTargetLayers().add(entity);
		claimant.getTargetLayers().add(claim);
		FeatureDefinition cue = feature(claim, ROLE_CUE, FeatureType.LINK, "The cue that reports the claim.");
		cue.getTargetLayers().add(claim);
		FeatureDefinition refersTo = feature(claim, ROLE_REFERS_TO, FeatureType.LINK,
				"For a SOURCE that is a pronoun or a description: the entity mention it refers to.");
		refersTo.getTargetLayers().add(entity);

		Layer document = layer(schema, DOCUMENT, "Document labels", LayerKind.DOCUMENT,
				"Labels of a whole document.");
		label(document, "NEWS", "#a9a9a9", "1", "A news report.");
		label(document, "OPINION", "#ffe119", "2", "An opinion piece or editorial.");
		return schema;
	}

	private static Layer layer(LabelSchema schema, String name, String title, LayerKind kind, String description) {
		Layer layer = F.createLayer();
		layer.setName(name);
		layer.setTitle(title);
		layer.setKind(kind);
		layer.setDescription(description);
		schema.getLayers().add(layer);
		return layer;
	}

	private static Label label(Layer layer, String name, String colour, String key, String description) {
		Label label = F.createLabel();
		label.setName(name);
		label.setColour(colour);
		label.setKey(key);
		label.setDescription(description);
		layer.getLabels().add(label);
		return label;
	}

	private static FeatureDefinition feature(Layer layer, String name, FeatureType type, String description) {
		FeatureDefinition feature = F.createFeatureDefinition();
		feature.setName(name);
		feature.setType(type);
		feature.setDescription(description);
		layer.getFeatures().add(feature);
		return feature;
	}
}
