/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.formats;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.assay.model.Annotation;
import org.assay.model.AnnotationSet;
import org.assay.model.AnnotationStatus;
import org.assay.model.AssayFactory;
import org.assay.model.Document;
import org.assay.model.Label;
import org.assay.model.LabelSchema;
import org.assay.model.Layer;
import org.assay.model.LayerKind;
import org.assay.model.Link;
import org.assay.model.Origin;
import org.assay.model.Provenance;
import org.assay.model.Span;
import org.assay.model.support.Schemas;
import org.assay.model.support.SetNames;
import org.assay.model.support.Spans;
import org.assay.store.ProjectFolder;
import org.assay.store.StoreException;

/**
 * Puts what a reader found into a project: checks everything first (offsets, links, documents that exist
 * with another text, sets that are not empty), then adds the labels the schema lacks, the new documents, and
 * the annotations into the named set. A problem found in the checks leaves the project untouched.
 */
public final class Importing {

	private static final String[] PALETTE = { "#e6194b", "#3cb44b", "#4363d8", "#f58231", "#911eb4", "#42d4f4",
			"#f032e6", "#bfef45", "#469990", "#9a6324", "#800000", "#808000", "#000075", "#a9a9a9" };

	private final ProjectFolder folder;
	private final ImportOptions options;
	private final List<String> created = new ArrayList<>();
	private final Map<String, Label> resolved = new HashMap<>();

	private Importing(ProjectFolder folder, ImportOptions options) {
		this.folder = folder;
		this.options = options;
	}

	public static ImportSummary apply(ProjectFolder folder, ImportData data, ImportOptions options)
			throws FormatException, StoreException {
		return new Importing(folder, options).apply(options.claims() ? Attributions.asClaims(data) : data);
	}

	private ImportSummary apply(ImportData data) throws FormatException, StoreException {
		if (!SetNames.isValid(options.set())) {
			throw new FormatException(null, -1, "not a valid set name: '" + options.set() + "'");
		}
		Map<String, String> texts = new HashMap<>();
		Set<String> targets = new HashSet<>();
		for (ImportedDocument d : data.documents()) {
			check(d);
			String id = ProjectFolder.documentId(d.id());
			String earlier = texts.putIfAbsent(id, d.text());
			if (earlier != null && !earlier.equals(d.text())) {
				throw new FormatException(d.file(), -1, "two documents are named '" + d.id() + "' with different texts");
			}
			if (!targets.add(id + "\n" + setOf(d))) {
				throw new FormatException(d.file(), -1, "the document '" + d.id() + "' comes twice for the set '"
						+ setOf(d) + "'");
			}
		}
		// all checked: from here on the project changes
		int spans = 0;
		int links = 0;
		int added = 0;
		int reused = 0;
		Date now = new Date();
		List<AnnotationSet> sets = new ArrayList<>();
		Set<Document> touched = new java.util.LinkedHashSet<>();
		for (ImportedDocument d : data.documents()) {
			for (ImportedDocument.Span s : d.spans()) {
				label(s);
			}
		}
		if (!created.isEmpty()) {
			folder.saveSchema();
		}
		Set<Document> changed = new java.util.LinkedHashSet<>();
		for (ImportedDocument d : data.documents()) {
			Document document = folder.document(ProjectFolder.documentId(d.id()));
			if (document == null) {
				// written once, with its properties and tokens
				document = folder.addDocument(ProjectFolder.documentId(d.id()), d.title(), d.text(), d.properties(),
						d.tokens());
				added++;
			} else {
				if (!touched.contains(document)) {
					reused++;
				}
				for (Map.Entry<String, String> p : d.properties().entrySet()) {
					if (!p.getValue().equals(document.getProperties().get(p.getKey()))) {
						document.getProperties().put(p.getKey(), p.getValue());
						changed.add(document);
					}
				}
				if (d.tokens() != null && document.getTokens() == null) {
					document.setTokens(d.tokens());
					changed.add(document);
				}
			}
			touched.add(document);
			AnnotationSet set = SetNames.findOrCreate(document, setOf(d));
			set.getAnnotations().clear();
			Map<String, Annotation> byId = new HashMap<>();
			String author = d.file() == null ? "import" : d.file().getFileName().toString();
			for (ImportedDocument.Span s : d.spans()) {
				Annotation a = s.fragments().isEmpty() ? AssayFactory.eINSTANCE.createDocumentLabel()
						: AssayFactory.eINSTANCE.createSpan();
				if (a instanceof Span span) {
					for (int[] f : s.fragments()) {
						span.getFragments().add(Spans.fragment(f[0], f[1]));
					}
				}
				a.setLabel(label(s));
				a.setStatus(s.status() == null ? AnnotationStatus.ACCEPTED : s.status());
				a.getFeatures().putAll(s.features());
				a.setProvenance(provenance(author, now));
				if (s.id() != null && !byId.containsKey(s.id())) {
					a.setId(s.id());
				}
				byId.put(s.id(), a);
				set.getAnnotations().add(a);
				spans++;
			}
			for (ImportedDocument.Link l : d.links()) {
				Link link = AssayFactory.eINSTANCE.createLink();
				if (l.id() != null && !byId.containsKey(l.id())) {
					link.setId(l.id());
				}
				link.setRole(l.role());
				link.setSource(byId.get(l.from()));
				link.setTarget(byId.get(l.to()));
				link.setStatus(AnnotationStatus.ACCEPTED);
				link.setProvenance(provenance(author, now));
				set.getAnnotations().add(link);
				links++;
			}
			sets.add(set);
		}
		for (Document d : changed) {
			folder.saveDocument(d);
		}
		for (AnnotationSet set : sets) {
			folder.save(set);
		}
		List<String> setNames = sets.stream().map(AnnotationSet::getName).distinct().toList();
		return new ImportSummary(String.join(", ", setNames), added, reused, spans, links, List.copyOf(created));
	}

	private String setOf(ImportedDocument d) {
		return d.set() != null ? d.set() : options.set();
	}

	private void check(ImportedDocument d) throws FormatException {
		if (!SetNames.isValid(setOf(d))) {
			throw new FormatException(d.file(), -1, "not a valid set name: '" + setOf(d) + "'");
		}
		Document existing = folder.document(ProjectFolder.documentId(d.id()));
		if (existing != null) {
			if (!existing.getText().equals(d.text())) {
				throw new FormatException(d.file(), -1, "the project has a document '" + existing.getId()
						+ "' with another text; import into a new project or rename the file");
			}
			AnnotationSet set = SetNames.find(existing, setOf(d));
			if (set != null && !set.getAnnotations().isEmpty() && !options.replace()) {
				throw new FormatException(d.file(), -1, "the document '" + existing.getId() + "' already has "
						+ set.getAnnotations().size() + " annotations in the set '" + setOf(d)
						+ "'; choose another set or replace it");
			}
		}
		int length = d.text().length();
		if (d.tokens() != null) {
			try {
				d.tokens().check(length);
			} catch (IllegalArgumentException e) {
				throw new FormatException(d.file(), -1, "the tokens of '" + d.id() + "' do not fit its text: " + e.getMessage());
			}
			if (existing != null && existing.getTokens() != null && !existing.getTokens().equals(d.tokens())) {
				throw new FormatException(d.file(), -1, "the project's document '" + existing.getId()
						+ "' has other tokens (or other POS or chunk tags); import into a new project or rename the file");
			}
		}
		Set<String> ids = new HashSet<>();
		for (ImportedDocument.Span s : d.spans()) {
			int last = 0;
			for (int[] f : s.fragments()) {
				if (f[0] < last || f[1] <= f[0] || f[1] > length) {
					throw new FormatException(d.file(), s.line(), "the span " + (s.id() == null ? "" : s.id() + " ")
							+ "[" + f[0] + ", " + f[1] + ") is empty, out of order or outside the text (length "
							+ length + ")");
				}
				last = f[1];
			}
			if (s.label() == null || s.label().isBlank()) {
				throw new FormatException(d.file(), s.line(), "an annotation has no label");
			}
			if (s.id() != null) {
				ids.add(s.id());
			}
		}
		for (ImportedDocument.Link l : d.links()) {
			if (!ids.contains(l.from()) || !ids.contains(l.to())) {
				throw new FormatException(d.file(), l.line(), "the link " + (l.id() == null ? "" : l.id() + " ")
						+ "points at '" + (ids.contains(l.from()) ? l.to() : l.from()) + "', which is not in the file");
			}
		}
	}

	/** The schema's label for a span, created (with its layer if need be) the first time it is missing. */
	private Label label(ImportedDocument.Span s) {
		boolean documentLabel = s.fragments().isEmpty();
		String name = options.mapLabel(s.label());
		String key = (s.layer() == null ? "" : s.layer()) + "/" + name + "/" + documentLabel;
		Label known = resolved.get(key);
		if (known != null) {
			return known;
		}
		LabelSchema schema = folder.project().getSchema();
		LayerKind kind = documentLabel ? LayerKind.DOCUMENT : LayerKind.SPAN;
		Layer layer = s.layer() == null ? null : Schemas.layer(schema, s.layer());
		Label label = layer == null ? null : Schemas.label(layer, name);
		if (s.layer() == null) {
			for (Layer candidate : schema.getLayers()) {
				if (candidate.getKind() == kind && Schemas.label(candidate, name) != null) {
					layer = candidate;
					label = Schemas.label(candidate, name);
					break;
				}
			}
		}
		if (layer == null) {
			String layerName = s.layer() != null ? s.layer() : documentLabel ? "document" : options.defaultLayer();
			layer = Schemas.layer(schema, layerName);
			if (layer == null) {
				layer = AssayFactory.eINSTANCE.createLayer();
				layer.setName(layerName);
				layer.setTitle(layerName);
				layer.setKind(kind);
				schema.getLayers().add(layer);
				created.add(layerName + " (new layer)");
			}
			label = Schemas.label(layer, name);
		}
		if (label == null) {
			label = AssayFactory.eINSTANCE.createLabel();
			label.setName(name);
			label.setColour(PALETTE[Math.floorMod(name.hashCode(), PALETTE.length)]);
			layer.getLabels().add(label);
			created.add(layer.getName() + "/" + name);
		}
		resolved.put(key, label);
		return label;
	}

	private static Provenance provenance(String author, Date now) {
		Provenance p = AssayFactory.eINSTANCE.createProvenance();
		p.setOrigin(Origin.IMPORT);
		p.setAuthor(author);
		p.setCreated(now);
		return p;
	}
}
