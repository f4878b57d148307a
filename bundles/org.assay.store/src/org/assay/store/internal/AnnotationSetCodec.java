/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.assay.model.Annotation;
import org.assay.model.AnnotationSet;
import org.assay.model.AnnotationStatus;
import org.assay.model.AssayFactory;
import org.assay.model.Document;
import org.assay.model.DocumentLabel;
import org.assay.model.EngineRun;
import org.assay.model.Fragment;
import org.assay.model.Label;
import org.assay.model.LabelSchema;
import org.assay.model.Layer;
import org.assay.model.Link;
import org.assay.model.Origin;
import org.assay.model.Proposal;
import org.assay.model.Provenance;
import org.assay.model.SetKind;
import org.assay.model.Span;
import org.assay.model.WorkState;
import org.assay.model.support.Schemas;
import org.assay.model.support.Spans;
import org.assay.store.StoreException;
import org.eclipse.emf.common.util.EList;

import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Reads and writes one annotation set of one document: {@code annotations/DOC/SET.json}, one annotation per
 * line. Labels are written by layer and name and resolved against the project's schema on reading; links
 * name the ids of their source and target in the same set.
 */
public final class AnnotationSetCodec {

	public static final String FORMAT = "assay-annotations";
	public static final int VERSION = 1;

	private static final AssayFactory F = AssayFactory.eINSTANCE;

	private AnnotationSetCodec() {
	}

	// ------------------------------------------------------------------ writing

	public static void write(AnnotationSet set, OutputStream out) throws IOException {
		Document document = (Document) set.eContainer();
		String text = document == null ? null : document.getText();
		Ids.prepare(set);
		try (JsonGenerator g = JsonOut.open(out)) {
			JsonOut.header(g, FORMAT, VERSION);
			if (document != null) {
				g.writeStringField("document", document.getId());
			}
			g.writeStringField("set", set.getName());
			g.writeStringField("kind", set.getKind().getLiteral());
			JsonOut.optional(g, "owner", set.getOwner());
			g.writeStringField("state", set.getState().getLiteral());
			JsonOut.optional(g, "modified", set.getModified());
			if (set.getRun() != null) {
				writeRun(g, set.getRun());
			}
			g.writeArrayFieldStart("annotations");
			for (Annotation a : set.getAnnotations()) {
				writeAnnotation(g, a, text);
			}
			g.writeEndArray();
			g.writeEndObject();
		}
	}

	private static void writeRun(JsonGenerator g, EngineRun run) throws IOException {
		g.writeObjectFieldStart("run");
		JsonOut.optional(g, "engine", run.getEngineId());
		JsonOut.optional(g, "version", run.getEngineVersion());
		JsonOut.optional(g, "started", run.getStarted());
		JsonOut.optional(g, "model", run.getModel());
		JsonOut.map(g, "parameters", run.getParameters());
		g.writeEndObject();
	}

	private static void writeAnnotation(JsonGenerator g, Annotation a, String text) throws IOException {
		g.writeStartObject();
		g.writeStringField("id", a.getId());
		if (a instanceof Span span) {
			g.writeStringField("type", "span");
			writeLabel(g, a.getLabel());
			g.writeStringField("status", a.getStatus().getLiteral());
			writeFragments(g, "spans", span.getFragments());
			if (text != null) {
				g.writeStringField("text", Spans.coveredText(span, text));
			}
		} else if (a instanceof Link link) {
			if (link.getSource() == null || link.getTarget() == null
					|| link.getSource().eContainer() != a.eContainer() || link.getTarget().eContainer() != a.eContainer()) {
				throw new IOException("link '" + a.getId() + "' must join two annotations of its own set");
			}
			g.writeStringField("type", "link");
			g.writeStringField("role", link.getRole());
			g.writeStringField("from", link.getSource().getId());
			g.writeStringField("to", link.getTarget().getId());
			if (a.getLabel() != null) {
				writeLabel(g, a.getLabel());
			}
			g.writeStringField("status", a.getStatus().getLiteral());
		} else {
			g.writeStringField("type", "document");
			writeLabel(g, a.getLabel());
			g.writeStringField("status", a.getStatus().getLiteral());
		}
		JsonOut.map(g, "features", a.getFeatures());
		if (a.getProvenance() != null) {
			writeProvenance(g, a.getProvenance());
		}
		g.writeEndObject();
	}

	private static void writeLabel(JsonGenerator g, Label label) throws IOException {
		g.writeStringField("layer", label.getLayer().getName());
		g.writeStringField("label", label.getName());
	}

	private static void writeFragments(JsonGenerator g, String field, EList<Fragment> fragments) throws IOException {
		g.writeArrayFieldStart(field);
		for (Fragment f : fragments) {
			g.writeStartArray();
			g.writeNumber(f.getBegin());
			g.writeNumber(f.getEnd());
			g.writeEndArray();
		}
		g.writeEndArray();
	}

	private static void writeProvenance(JsonGenerator g, Provenance p) throws IOException {
		g.writeObjectFieldStart("provenance");
		g.writeStringField("origin", p.getOrigin().getLiteral());
		JsonOut.optional(g, "engine", p.getEngineId());
		JsonOut.optional(g, "engineVersion", p.getEngineVersion());
		if (p.isSetConfidence()) {
			g.writeNumberField("confidence", p.getConfidence());
		}
		JsonOut.optional(g, "author", p.getAuthor());
		JsonOut.optional(g, "created", p.getCreated());
		JsonOut.optional(g, "decidedBy", p.getDecidedBy());
		JsonOut.optional(g, "decided", p.getDecided());
		JsonOut.optional(g, "sourceSet", p.getSourceSet());
		JsonOut.optional(g, "sourceId", p.getSourceId());
		Proposal proposed = p.getProposed();
		if (proposed != null) {
			g.writeObjectFieldStart("proposed");
			if (proposed.getLabel() != null) {
				writeLabel(g, proposed.getLabel());
			}
			if (!proposed.getFragments().isEmpty()) {
				writeFragments(g, "spans", proposed.getFragments());
			}
			g.writeEndObject();
		}
		g.writeEndObject();
	}

	// ------------------------------------------------------------------ reading

	/**
	 * Reads a set file. Every annotation is checked against the schema and the document's text before the
	 * set is returned, so that a damaged file yields an error and no partial set.
	 */
	public static AnnotationSet read(Path file, InputStream in, LabelSchema schema, Document document)
			throws StoreException {
		try (JsonIn json = new JsonIn(file, in)) {
			return new Reader(json, schema, document).read();
		}
	}

	private static final class Reader {
		private final JsonIn in;
		private final LabelSchema schema;
		private final Document document;
		private final int textLength;
		private final Map<String, Annotation> byId = new HashMap<>();
		private final List<PendingLink> links = new ArrayList<>();

		Reader(JsonIn in, LabelSchema schema, Document document) {
			this.in = in;
			this.schema = schema;
			this.document = document;
			this.textLength = document.getText() == null ? Integer.MAX_VALUE : document.getText().length();
		}

		AnnotationSet read() throws StoreException {
			in.header(FORMAT, VERSION);
			AnnotationSet set = F.createAnnotationSet();
			for (String field; (field = in.nextField()) != null;) {
				switch (field) {
				case "document" -> {
					String id = in.string();
					if (id != null && !id.equals(document.getId())) {
						throw in.error("this file belongs to document '" + id + "', not '" + document.getId() + "'");
					}
				}
				case "set" -> set.setName(in.requiredString("set"));
				case "kind" -> set.setKind(literal(SetKind.get(in.string()), "set kind"));
				case "owner" -> set.setOwner(in.string());
				case "state" -> set.setState(literal(WorkState.get(in.string()), "state"));
				case "modified" -> set.setModified(in.date());
				case "run" -> set.setRun(readRun());
				case "annotations" -> readAnnotations(set.getAnnotations());
				default -> in.skipValue();
				}
			}
			in.end();
			if (set.getName() == null) {
				throw in.error("the set has no \"set\" name");
			}
			for (PendingLink p : links) {
				p.resolve();
			}
			return set;
		}

		private <T> T literal(T value, String what) throws StoreException {
			if (value == null) {
				throw in.error("unknown " + what);
			}
			return value;
		}

		private EngineRun readRun() throws StoreException {
			EngineRun run = F.createEngineRun();
			in.beginObject();
			for (String field; (field = in.nextField()) != null;) {
				switch (field) {
				case "engine" -> run.setEngineId(in.string());
				case "version" -> run.setEngineVersion(in.string());
				case "started" -> run.setStarted(in.date());
				case "model" -> run.setModel(in.string());
				case "parameters" -> run.getParameters().putAll(readMap());
				default -> in.skipValue();
				}
			}
			return run;
		}

		private Map<String, String> readMap() throws StoreException {
			Map<String, String> map = new LinkedHashMap<>();
			in.beginObject();
			for (String key; (key = in.nextField()) != null;) {
				map.put(key, in.string());
			}
			return map;
		}

		private void readAnnotations(EList<Annotation> into) throws StoreException {
			in.beginArray();
			List<Annotation> read = new ArrayList<>();
			while (in.nextElement()) {
				in.elementObject();
				read.add(readAnnotation());
			}
			into.addAll(read);
		}

		private Annotation readAnnotation() throws StoreException {
			int line = in.line();
			String id = null;
			String type = null;
			String layer = null;
			String label = null;
			String role = null;
			String from = null;
			String to = null;
			AnnotationStatus status = AnnotationStatus.PROPOSED;
			List<Fragment> fragments = null;
			Provenance provenance = null;
			Map<String, String> features = null;
			for (String field; (field = in.nextField()) != null;) {
				switch (field) {
				case "id" -> id = in.requiredString("id");
				case "type" -> type = in.string();
				case "layer" -> layer = in.string();
				case "label" -> label = in.string();
				case "role" -> role = in.string();
				case "from" -> from = in.string();
				case "to" -> to = in.string();
				case "status" -> status = literal(AnnotationStatus.get(in.string()), "status");
				case "spans" -> fragments = readFragments();
				case "provenance" -> provenance = readProvenance();
				case "features" -> features = readMap();
				default -> in.skipValue();
				}
			}
			if (id == null) {
				throw error(line, "an annotation has no \"id\"");
			}
			if (byId.containsKey(id)) {
				throw error(line, "the id '" + id + "' is used twice");
			}
			Annotation a;
			if ("span".equals(type)) {
				Span span = F.createSpan();
				if (fragments == null || fragments.isEmpty()) {
					throw error(line, "span '" + id + "' has no \"spans\"");
				}
				span.getFragments().addAll(fragments);
				if (!Spans.isWellFormed(span, textLength)) {
					throw error(line, "span '" + id + "' has offsets outside the text (length " + textLength
							+ ") or out of order");
				}
				span.setLabel(resolve(line, layer, label));
				a = span;
			} else if ("link".equals(type)) {
				Link link = F.createLink();
				if (role == null || from == null || to == null) {
					throw error(line, "link '" + id + "' needs \"role\", \"from\" and \"to\"");
				}
				link.setRole(role);
				if (label != null) {
					link.setLabel(resolve(line, layer, label));
				}
				links.add(new PendingLink(link, from, to, line));
				a = link;
			} else if ("document".equals(type)) {
				DocumentLabel dl = F.createDocumentLabel();
				dl.setLabel(resolve(line, layer, label));
				a = dl;
			} else {
				throw error(line, "annotation '" + id + "' has an unknown type '" + type + "'");
			}
			a.setId(id);
			a.setStatus(status);
			a.setProvenance(provenance);
			if (features != null) {
				a.getFeatures().putAll(features);
			}
			byId.put(id, a);
			return a;
		}

		private List<Fragment> readFragments() throws StoreException {
			List<Fragment> fragments = new ArrayList<>(1);
			in.beginArray();
			while (in.nextElement()) {
				in.elementArray();
				if (!in.nextElement()) {
					throw in.error("a fragment needs [begin, end]");
				}
				int begin = in.integer();
				if (!in.nextElement()) {
					throw in.error("a fragment needs [begin, end]");
				}
				int end = in.integer();
				if (in.nextElement()) {
					throw in.error("a fragment has more than [begin, end]");
				}
				if (begin < 0 || end < begin) {
					throw in.error("bad fragment [" + begin + ", " + end + "]");
				}
				Fragment f = F.createFragment();
				f.setBegin(begin);
				f.setEnd(end);
				fragments.add(f);
			}
			return fragments;
		}

		private Provenance readProvenance() throws StoreException {
			Provenance p = F.createProvenance();
			in.beginObject();
			for (String field; (field = in.nextField()) != null;) {
				switch (field) {
				case "origin" -> p.setOrigin(literal(Origin.get(in.string()), "origin"));
				case "engine" -> p.setEngineId(in.string());
				case "engineVersion" -> p.setEngineVersion(in.string());
				case "confidence" -> p.setConfidence(in.number());
				case "author" -> p.setAuthor(in.string());
				case "created" -> p.setCreated(in.date());
				case "decidedBy" -> p.setDecidedBy(in.string());
				case "decided" -> p.setDecided(in.date());
				case "sourceSet" -> p.setSourceSet(in.string());
				case "sourceId" -> p.setSourceId(in.string());
				case "proposed" -> p.setProposed(readProposal());
				default -> in.skipValue();
				}
			}
			return p;
		}

		private Proposal readProposal() throws StoreException {
			int line = in.line();
			Proposal proposal = F.createProposal();
			String layer = null;
			String label = null;
			in.beginObject();
			for (String field; (field = in.nextField()) != null;) {
				switch (field) {
				case "layer" -> layer = in.string();
				case "label" -> label = in.string();
				case "spans" -> proposal.getFragments().addAll(readFragments());
				default -> in.skipValue();
				}
			}
			if (label != null) {
				proposal.setLabel(resolve(line, layer, label));
			}
			return proposal;
		}

		private Label resolve(int line, String layerName, String labelName) throws StoreException {
			if (layerName == null || labelName == null) {
				throw error(line, "an annotation needs a \"layer\" and a \"label\"");
			}
			Layer layer = Schemas.layer(schema, layerName);
			if (layer == null) {
				throw error(line, "unknown layer '" + layerName + "' (not in the project's schema.json)");
			}
			Label label = Schemas.label(layer, labelName);
			if (label == null) {
				throw error(line, "unknown label '" + labelName + "' in layer '" + layerName
						+ "' (not in the project's schema.json)");
			}
			return label;
		}

		private StoreException error(int line, String message) {
			return new StoreException(in.file(), line, message, null);
		}

		private final class PendingLink {
			final Link link;
			final String from;
			final String to;
			final int line;

			PendingLink(Link link, String from, String to, int line) {
				this.link = link;
				this.from = from;
				this.to = to;
				this.line = line;
			}

			void resolve() throws StoreException {
				Annotation source = byId.get(from);
				Annotation target = byId.get(to);
				if (source == null || target == null) {
					throw error(line, "link '" + link.getId() + "' points at '" + (source == null ? from : to)
							+ "', which is not in this set");
				}
				link.setSource(source);
				link.setTarget(target);
			}
		}
	}
}
