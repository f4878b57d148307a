/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.formats;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;

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
import org.assay.model.support.Links;
import org.assay.model.support.Schemas;
import org.assay.model.support.SetNames;
import org.assay.model.support.Spans;
import org.assay.store.ModelRollback;
import org.assay.store.ProjectFolder;
import org.assay.store.StoreException;

/**
 * Puts what a reader found into a project, in one unit of the store ({@link ProjectFolder#unit}): each document is
 * checked as it comes (offsets, links, documents that exist with another text, sets that are not empty), the
 * labels the schema lacks are added, and a new document's files are staged at once, while the reader goes on
 * (a CoNLL folder is parsed on the other cores meanwhile). Documents already in the project are changed only
 * after every document was read and checked. A problem found anywhere (a bad file late in a folder, a failed
 * check, a full disk) leaves the project untouched: the staged files are thrown away, and the documents and
 * labels the import had added to the model are taken out again.
 */
public final class Importing {

	private static final String[] PALETTE = { "#e6194b", "#3cb44b", "#4363d8", "#f58231", "#911eb4", "#42d4f4",
			"#f032e6", "#bfef45", "#469990", "#9a6324", "#800000", "#808000", "#000075", "#a9a9a9" };

	private final ProjectFolder folder;
	private final ImportOptions options;
	private final IntConsumer progress;
	/** Whether each imported set leaves the model once staged ({@link #applyReleasing}). */
	private final boolean release;
	private final List<String> created = new ArrayList<>();
	private final Map<String, Label> resolved = new HashMap<>();
	private final List<Layer> createdLayers = new ArrayList<>();
	private final List<Label> createdLabels = new ArrayList<>();
	/** The documents this import added to the model, in order, and the same as a set. */
	private final List<Document> added = new ArrayList<>();
	private final Set<Document> addedSet = new HashSet<>();
	/** For each document id read so far, its text: two documents of one id must have one text. */
	private final Map<String, String> texts = new HashMap<>();
	/** Each document id and set read so far: a set comes once per document. */
	private final Set<String> targets = new HashSet<>();
	/** Documents of the import that are in the project already: changed once all the source is checked. */
	private final List<ImportedDocument> inProject = new ArrayList<>();
	private final Set<String> setNames = new LinkedHashSet<>();
	private final Set<Document> touched = new HashSet<>();
	private final Set<Document> changed = new LinkedHashSet<>();
	/** What is done to the documents the project had, to take back if the unit fails. */
	private ModelRollback rollback;
	private final Date now = new Date();
	private int read;
	private int spans;
	private int links;
	private int reused;

	private Importing(ProjectFolder folder, ImportOptions options, IntConsumer progress, boolean release) {
		this.folder = folder;
		this.options = options;
		this.progress = progress;
		this.release = release;
	}

	/** Imports documents a reader has read in whole. */
	public static ImportSummary apply(ProjectFolder folder, ImportData data, ImportOptions options)
			throws FormatException, StoreException {
		return apply(folder, sink -> {
			for (ImportedDocument d : data.documents()) {
				sink.accept(d);
			}
		}, options, null, false);
	}

	/**
	 * Imports a source as its reader reads it ({@link Importer#read(Path, ImportOptions, Importer.Sink)}): each
	 * document is stored while the reader reads the next. {@code progress}, if not null, is told on the calling
	 * thread how many documents have been read after each one.
	 */
	public static ImportSummary apply(ProjectFolder folder, Importer importer, Path source, ImportOptions options,
			IntConsumer progress) throws FormatException, StoreException {
		return apply(folder, sink -> importer.read(source, options, sink), options, progress, false);
	}

	/**
	 * Imports a source as {@link #apply(ProjectFolder, Importer, Path, ImportOptions, IntConsumer)} does, for a
	 * process that needs the model no more once the import is stored (the command line): each document's imported
	 * set is taken out of the model as soon as its file is staged, so that an import holds the annotations of one
	 * document at a time, not the corpus's, for the heap to keep and the collector to copy. The documents stay in
	 * the model without those sets; the files hold them, and the next open reads them. Not for the workbench,
	 * whose views show the model.
	 */
	public static ImportSummary applyReleasing(ProjectFolder folder, Importer importer, Path source,
			ImportOptions options, IntConsumer progress) throws FormatException, StoreException {
		return apply(folder, sink -> importer.read(source, options, sink), options, progress, true);
	}

	/** A source of documents, read into a sink. */
	private interface Source {
		void read(Importer.Sink sink) throws FormatException, StoreException;
	}

	private static ImportSummary apply(ProjectFolder folder, Source source, ImportOptions options,
			IntConsumer progress, boolean release) throws FormatException, StoreException {
		if (!SetNames.isValid(options.set())) {
			throw new FormatException(null, -1, "not a valid set name: '" + options.set() + "'");
		}
		Importing importing = new Importing(folder, options, progress, release);
		boolean done = false;
		try {
			ImportSummary summary = folder.unit(() -> {
				source.read(importing::accept);
				return importing.finish();
			});
			done = true;
			return summary;
		} finally {
			if (!done) {
				importing.undo(); // the unit threw its files away; the model goes back too
			}
		}
	}

	/** A document read: checked, then stored at once if it is new to the project, else kept for the end. */
	private void accept(ImportedDocument read) throws FormatException, StoreException {
		ImportedDocument d = options.claims() ? Attributions.asClaims(read) : read;
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
		setNames.add(setOf(d));
		Document document = folder.document(id);
		if (document != null && !addedSet.contains(document)) {
			inProject.add(d); // the project's own documents change only when all the source is checked
		} else {
			put(d, document);
		}
		this.read++;
		if (progress != null) {
			progress.accept(this.read);
		}
	}

	/** After the whole source: the documents the project had, changed; the schema and metadata written. */
	private ImportSummary finish() throws FormatException, StoreException {
		List<Document> had = inProject.stream().map(d -> folder.document(ProjectFolder.documentId(d.id()))).toList();
		if (!had.isEmpty()) {
			rollback = ModelRollback.keeping(new LinkedHashSet<>(had));
		}
		for (int i = 0; i < inProject.size(); i++) {
			put(inProject.get(i), had.get(i));
		}
		if (!created.isEmpty()) {
			folder.saveSchema();
		}
		for (Document d : changed) {
			folder.saveDocument(d);
		}
		return new ImportSummary(String.join(", ", setNames), added.size(), reused, spans, links,
				List.copyOf(created));
	}

	/** Puts a checked document into the model, as a new document or into {@code document}, and saves its set. */
	private void put(ImportedDocument d, Document document) throws FormatException, StoreException {
		for (ImportedDocument.Span s : d.spans()) {
			label(s);
		}
		if (document == null) {
			// written once, with its properties and tokens
			try {
				document = folder.addDocument(ProjectFolder.documentId(d.id()), d.title(), d.text(), d.properties(),
						d.tokens());
			} catch (IllegalArgumentException e) { // the tokens do not fit the text
				throw tokensDoNotFit(d, e);
			}
			added.add(document);
			addedSet.add(document);
		} else {
			if (!addedSet.contains(document) && touched.add(document)) {
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
			Link link = Links.create(l.role(), byId.get(l.from()), byId.get(l.to()), AnnotationStatus.ACCEPTED);
			if (l.id() != null && !byId.containsKey(l.id())) {
				link.setId(l.id());
			}
			link.setProvenance(provenance(author, now));
			set.getAnnotations().add(link);
			links++;
		}
		folder.save(set); // staged: it reaches the project when the unit commits
		if (release) {
			document.getAnnotationSets().remove(set);
		}
	}

	/**
	 * Takes what the import did out of the model again (its files never reached the project): the documents it
	 * added, the labels and layers it created, and what it changed in documents the project had (they are changed
	 * only after all the source was checked, so only a failure of the store can leave one changed).
	 */
	private void undo() {
		if (rollback != null) {
			rollback.rollBack();
		}
		List<Document> documents = folder.project().getDocuments();
		for (int i = added.size() - 1; i >= 0; i--) {
			Document d = added.get(i);
			int last = documents.size() - 1;
			if (last >= 0 && documents.get(last) == d) {
				documents.remove(last); // added at the end, in order: taken off the end, without a search
			} else {
				documents.remove(d);
			}
		}
		for (Label label : createdLabels) {
			if (label.eContainer() instanceof Layer layer && !createdLayers.contains(layer)) {
				layer.getLabels().remove(label);
			}
		}
		folder.project().getSchema().getLayers().removeAll(createdLayers);
	}

	private static FormatException tokensDoNotFit(ImportedDocument d, IllegalArgumentException e) {
		return new FormatException(d.file(), -1, "the tokens of '" + d.id() + "' do not fit its text: " + e.getMessage());
	}

	private String setOf(ImportedDocument d) {
		return d.set() != null ? d.set() : options.set();
	}

	private void check(ImportedDocument d) throws FormatException {
		if (!SetNames.isValid(setOf(d))) {
			throw new FormatException(d.file(), -1, "not a valid set name: '" + setOf(d) + "'");
		}
		Document known = folder.document(ProjectFolder.documentId(d.id()));
		// one added by this import has its text and sets checked against the import's own
		Document existing = known != null && !addedSet.contains(known) ? known : null;
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
		if (d.tokens() != null && known != null) {
			// a new document's tokens are checked once, as it is added (put)
			try {
				d.tokens().check(length);
			} catch (IllegalArgumentException e) {
				throw tokensDoNotFit(d, e);
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
				createdLayers.add(layer);
				created.add(layerName + " (new layer)");
			}
			label = Schemas.label(layer, name);
		}
		if (label == null) {
			label = AssayFactory.eINSTANCE.createLabel();
			label.setName(name);
			label.setColour(PALETTE[Math.floorMod(name.hashCode(), PALETTE.length)]);
			label.setKey(Schemas.freeKey(schema, name)); // an annotator marks it by key, as the schema's own
			layer.getLabels().add(label);
			createdLabels.add(label);
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
