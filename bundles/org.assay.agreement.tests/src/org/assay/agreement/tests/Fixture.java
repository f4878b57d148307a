/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.agreement.tests;

import org.assay.model.Annotation;
import org.assay.model.AnnotationSet;
import org.assay.model.AnnotationStatus;
import org.assay.model.AssayFactory;
import org.assay.model.Document;
import org.assay.model.DocumentLabel;
import org.assay.model.Label;
import org.assay.model.LabelSchema;
import org.assay.model.Layer;
import org.assay.model.LayerKind;
import org.assay.model.Link;
import org.assay.model.Project;
import org.assay.model.Span;
import org.assay.model.support.Links;
import org.assay.model.support.SetNames;
import org.assay.model.support.Spans;

/** A small project built in memory: one span layer {@code x} whose labels are made as they are used. */
final class Fixture {

	final Project project = AssayFactory.eINSTANCE.createProject();
	final LabelSchema schema = AssayFactory.eINSTANCE.createLabelSchema();
	private final Layer layer = AssayFactory.eINSTANCE.createLayer();

	Fixture() {
		layer.setName("x");
		layer.setKind(LayerKind.SPAN);
		schema.getLayers().add(layer);
		project.setSchema(schema);
	}

	Document document(String id, String text) {
		Document d = AssayFactory.eINSTANCE.createDocument();
		d.setId(id);
		d.setText(text);
		project.getDocuments().add(d);
		return d;
	}

	Label label(String name) {
		for (Label l : layer.getLabels()) {
			if (l.getName().equals(name)) {
				return l;
			}
		}
		Label l = AssayFactory.eINSTANCE.createLabel();
		l.setName(name);
		layer.getLabels().add(l);
		return l;
	}

	/** An accepted span in the document's set of that name (made if missing). */
	Span span(Document d, String set, String label, int begin, int end) {
		AnnotationSet s = SetNames.findOrCreate(d, set);
		Span span = Spans.create(label(label), begin, end);
		span.setStatus(AnnotationStatus.ACCEPTED);
		s.getAnnotations().add(span);
		return span;
	}

	/** An accepted label of the whole document, in the document-label layer {@code doc} (made when first used). */
	DocumentLabel documentLabel(Document d, String set, String label) {
		Layer documents = schema.getLayers().stream().filter(l -> l.getName().equals("doc")).findFirst().orElseGet(() -> {
			Layer l = AssayFactory.eINSTANCE.createLayer();
			l.setName("doc");
			l.setKind(LayerKind.DOCUMENT);
			schema.getLayers().add(l);
			return l;
		});
		Label l = documents.getLabels().stream().filter(x -> x.getName().equals(label)).findFirst().orElseGet(() -> {
			Label made = AssayFactory.eINSTANCE.createLabel();
			made.setName(label);
			documents.getLabels().add(made);
			return made;
		});
		DocumentLabel a = AssayFactory.eINSTANCE.createDocumentLabel();
		a.setLabel(l);
		a.setStatus(AnnotationStatus.ACCEPTED);
		SetNames.findOrCreate(d, set).getAnnotations().add(a);
		return a;
	}

	/** An accepted link of a role between two annotations of one set. */
	Link link(String role, Annotation from, Annotation to) {
		Link link = Links.create(role, from, to, AnnotationStatus.ACCEPTED);
		((AnnotationSet) from.eContainer()).getAnnotations().add(link);
		return link;
	}
}
