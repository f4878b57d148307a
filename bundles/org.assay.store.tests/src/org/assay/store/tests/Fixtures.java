/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.store.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;

import org.assay.model.AnnotationSet;
import org.assay.model.AnnotationStatus;
import org.assay.model.AssayFactory;
import org.assay.model.Document;
import org.assay.model.DocumentLabel;
import org.assay.model.EngineRun;
import org.assay.model.LabelSchema;
import org.assay.model.Link;
import org.assay.model.Origin;
import org.assay.model.Proposal;
import org.assay.model.Provenance;
import org.assay.model.Span;
import org.assay.model.WorkState;
import org.assay.model.support.Links;
import org.assay.model.support.Schemas;
import org.assay.model.support.SetNames;
import org.assay.model.support.Spans;
import org.assay.model.support.StandardSchema;
import org.assay.store.ProjectFolder;
import org.assay.store.StoreException;

/** Projects that use every part of the model, for store tests. */
final class Fixtures {

	static final String TEXT = "Zoë Ångström, the mayor of Malmö, said: \u201cWe will build it,\u201d adding that it "
			+ "would cost \u20ac2 million.\nIn 東京, officials agreed.\n";

	private Fixtures() {
	}

	static ProjectFolder rich(Path dir) throws StoreException {
		ProjectFolder folder = ProjectFolder.create(dir, "Rich", StandardSchema.create());
		LabelSchema schema = folder.project().getSchema();
		Document d = folder.addDocument("mayor", "The mayor's plan", TEXT);
		d.setDate("2026-05-01");
		d.setSource("test");
		d.getProperties().put("desk", "city");
		folder.saveDocument(d);

		AnnotationSet gold = SetNames.findOrCreate(d, SetNames.GOLD);
		gold.setState(WorkState.IN_PROGRESS);
		gold.setModified(new Date(1_780_000_000_123L));
		Span person = Spans.create(Schemas.label(schema, "entity", "PERSON"), 0, 12);
		person.setStatus(AnnotationStatus.ACCEPTED);
		Span place = Spans.create(Schemas.label(schema, "entity", "LOCATION"), 27, 32);
		place.setStatus(AnnotationStatus.CORRECTED);
		Provenance p = AssayFactory.eINSTANCE.createProvenance();
		p.setOrigin(Origin.ENGINE);
		p.setEngineId("entities");
		p.setEngineVersion("1.2.0");
		p.setConfidence(0.8125);
		p.setCreated(new Date(1_780_000_000_000L));
		p.setDecidedBy("alice");
		p.setDecided(new Date(1_780_000_100_000L));
		p.setSourceSet("engine:entities");
		p.setSourceId("e7");
		Proposal proposed = AssayFactory.eINSTANCE.createProposal();
		proposed.setLabel(Schemas.label(schema, "entity", "ORGANIZATION"));
		proposed.getFragments().add(Spans.fragment(23, 32));
		p.setProposed(proposed);
		place.setProvenance(p);
		int quoteBegin = TEXT.indexOf("We will");
		int addingBegin = TEXT.indexOf("that it");
		Span claim = Spans.create(Schemas.label(schema, "claim", "CLAIM"), quoteBegin, quoteBegin + 15);
		claim.getFragments().add(Spans.fragment(addingBegin + 5, TEXT.indexOf(".\n")));
		claim.getFeatures().put("type", "mixed");
		Span cue = Spans.create(Schemas.label(schema, "claim", "CUE"), TEXT.indexOf("said"), TEXT.indexOf("said") + 4);
		DocumentLabel news = AssayFactory.eINSTANCE.createDocumentLabel();
		news.setLabel(Schemas.label(schema, "document", "NEWS"));
		news.setStatus(AnnotationStatus.ACCEPTED);
		gold.getAnnotations().add(person);
		gold.getAnnotations().add(place);
		gold.getAnnotations().add(claim);
		gold.getAnnotations().add(cue);
		gold.getAnnotations().add(news);
		gold.getAnnotations().add(link("claimant", claim, person));
		gold.getAnnotations().add(link("cue", claim, cue));

		AnnotationSet engine = SetNames.findOrCreate(d, "engine:entities");
		EngineRun run = AssayFactory.eINSTANCE.createEngineRun();
		run.setEngineId("entities");
		run.setEngineVersion("1.2.0");
		run.setStarted(new Date(1_780_000_000_000L));
		run.setModel("builtin");
		run.getParameters().put("threshold", "0.5");
		engine.setRun(run);
		Span tokyo = Spans.create(Schemas.label(schema, "entity", "LOCATION"), TEXT.indexOf("東京"),
				TEXT.indexOf("東京") + 2);
		engine.getAnnotations().add(tokyo);

		folder.addDocument("second", "Second", "Nothing to see here.\n");
		folder.saveAll();
		return folder;
	}

	static Link link(String role, Span from, Span to) {
		return Links.create(role, from, to, AnnotationStatus.ACCEPTED);
	}

	/** The number (from 1) of a file's first line that holds the text, for checking the line an error names. */
	static int lineOf(Path file, String text) throws Exception {
		List<String> lines = Files.readAllLines(file);
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).contains(text)) {
				return i + 1;
			}
		}
		throw new AssertionError(text);
	}
}
