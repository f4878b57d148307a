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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.assay.model.AssayFactory;
import org.assay.model.FeatureDefinition;
import org.assay.model.FeatureType;
import org.assay.model.Label;
import org.assay.model.LabelSchema;
import org.assay.model.Layer;
import org.assay.model.LayerKind;
import org.assay.model.support.Schemas;
import org.assay.store.StoreException;

import com.fasterxml.jackson.core.JsonGenerator;

/** Reads and writes {@code schema.json}: the project's layers, their labels and features, one layer a line. */
public final class SchemaCodec {

	public static final String FORMAT = "assay-schema";
	public static final int VERSION = 1;

	private static final AssayFactory F = AssayFactory.eINSTANCE;

	private SchemaCodec() {
	}

	public static void write(LabelSchema schema, OutputStream out) throws IOException {
		try (JsonGenerator g = JsonOut.open(out)) {
			JsonOut.header(g, FORMAT, VERSION);
			g.writeArrayFieldStart("layers");
			for (Layer layer : schema.getLayers()) {
				g.writeStartObject();
				g.writeStringField("name", layer.getName());
				JsonOut.optional(g, "title", layer.getTitle());
				g.writeStringField("kind", layer.getKind().getLiteral());
				JsonOut.optional(g, "description", layer.getDescription());
				g.writeBooleanField("allowOverlap", layer.isAllowOverlap());
				g.writeArrayFieldStart("labels");
				for (Label label : layer.getLabels()) {
					g.writeStartObject();
					g.writeStringField("name", label.getName());
					JsonOut.optional(g, "colour", label.getColour());
					JsonOut.optional(g, "key", label.getKey());
					JsonOut.optional(g, "description", label.getDescription());
					g.writeEndObject();
				}
				g.writeEndArray();
				if (!layer.getFeatures().isEmpty()) {
					g.writeArrayFieldStart("features");
					for (FeatureDefinition f : layer.getFeatures()) {
						writeFeature(g, f);
					}
					g.writeEndArray();
				}
				g.writeEndObject();
			}
			g.writeEndArray();
			g.writeEndObject();
		}
	}

	private static void writeFeature(JsonGenerator g, FeatureDefinition f) throws IOException {
		g.writeStartObject();
		g.writeStringField("name", f.getName());
		g.writeStringField("type", f.getType().getLiteral());
		JsonOut.optional(g, "description", f.getDescription());
		if (f.isRequired()) {
			g.writeBooleanField("required", true);
		}
		if (f.isMultiple()) {
			g.writeBooleanField("multiple", true);
		}
		if (!f.getChoices().isEmpty()) {
			g.writeArrayFieldStart("choices");
			for (String c : f.getChoices()) {
				g.writeString(c);
			}
			g.writeEndArray();
		}
		if (!f.getTargetLayers().isEmpty()) {
			g.writeArrayFieldStart("targets");
			for (Layer target : f.getTargetLayers()) {
				g.writeString(target.getName());
			}
			g.writeEndArray();
		}
		g.writeEndObject();
	}

	public static LabelSchema read(Path file, InputStream stream) throws StoreException {
		try (JsonIn in = new JsonIn(file, stream)) {
			in.header(FORMAT, VERSION);
			LabelSchema schema = F.createLabelSchema();
			List<Runnable> links = new ArrayList<>();
			List<StoreException> linkErrors = new ArrayList<>();
			Map<String, String> keys = new HashMap<>(); // keyboard key -> label, over the whole schema
			for (String field; (field = in.nextField()) != null;) {
				if ("layers".equals(field)) {
					in.beginArray();
					while (in.nextElement()) {
						in.elementObject();
						schema.getLayers().add(readLayer(in, schema, keys, links, linkErrors));
					}
				} else {
					in.skipValue();
				}
			}
			in.end();
			links.forEach(Runnable::run);
			if (!linkErrors.isEmpty()) {
				throw linkErrors.get(0);
			}
			return schema;
		}
	}

	private static Layer readLayer(JsonIn in, LabelSchema schema, Map<String, String> keys, List<Runnable> links,
			List<StoreException> errors) throws StoreException {
		int line = in.line();
		Layer layer = F.createLayer();
		for (String field; (field = in.nextField()) != null;) {
			switch (field) {
			case "name" -> layer.setName(in.requiredString("name"));
			case "title" -> layer.setTitle(in.string());
			case "kind" -> {
				LayerKind kind = LayerKind.get(in.string());
				if (kind == null) {
					throw in.error("unknown layer kind");
				}
				layer.setKind(kind);
			}
			case "description" -> layer.setDescription(in.string());
			case "allowOverlap" -> layer.setAllowOverlap(in.bool());
			case "labels" -> {
				Set<String> names = new HashSet<>();
				in.beginArray();
				while (in.nextElement()) {
					in.elementObject();
					int labelLine = in.line();
					Label label = readLabel(in);
					if (!names.add(label.getName())) {
						throw in.error("the label '" + label.getName() + "' is defined twice");
					}
					String other = label.getKey() == null ? null : keys.putIfAbsent(label.getKey(), label.getName());
					if (other != null) {
						throw new StoreException(in.file(), labelLine, "the key '" + label.getKey() + "' is given to both '"
								+ other + "' and '" + label.getName() + "'; each label needs a key of its own", null);
					}
					layer.getLabels().add(label);
				}
			}
			case "features" -> {
				in.beginArray();
				while (in.nextElement()) {
					in.elementObject();
					layer.getFeatures().add(readFeature(in, schema, links, errors));
				}
			}
			default -> in.skipValue();
			}
		}
		if (layer.getName() == null) {
			throw new StoreException(in.file(), line, "a layer has no \"name\"", null);
		}
		if (Schemas.layer(schema, layer.getName()) != null) {
			throw new StoreException(in.file(), line, "the layer '" + layer.getName() + "' is defined twice", null);
		}
		return layer;
	}

	private static Label readLabel(JsonIn in) throws StoreException {
		Label label = F.createLabel();
		for (String field; (field = in.nextField()) != null;) {
			switch (field) {
			case "name" -> label.setName(in.requiredString("name"));
			case "colour" -> label.setColour(in.string());
			case "key" -> label.setKey(in.string());
			case "description" -> label.setDescription(in.string());
			default -> in.skipValue();
			}
		}
		if (label.getName() == null) {
			throw in.error("a label has no \"name\"");
		}
		return label;
	}

	private static FeatureDefinition readFeature(JsonIn in, LabelSchema schema, List<Runnable> links,
			List<StoreException> errors) throws StoreException {
		int line = in.line();
		FeatureDefinition f = F.createFeatureDefinition();
		for (String field; (field = in.nextField()) != null;) {
			switch (field) {
			case "name" -> f.setName(in.requiredString("name"));
			case "type" -> {
				FeatureType type = FeatureType.get(in.string());
				if (type == null) {
					throw in.error("unknown feature type");
				}
				f.setType(type);
			}
			case "description" -> f.setDescription(in.string());
			case "required" -> f.setRequired(in.bool());
			case "multiple" -> f.setMultiple(in.bool());
			case "choices" -> {
				in.beginArray();
				while (in.nextElement()) {
					f.getChoices().add(in.string());
				}
			}
			case "targets" -> {
				in.beginArray();
				while (in.nextElement()) {
					String target = in.string();
					links.add(() -> {
						Layer layer = Schemas.layer(schema, target);
						if (layer == null) {
							errors.add(new StoreException(in.file(), line, "feature '" + f.getName()
									+ "' links to an unknown layer '" + target + "'", null));
						} else {
							f.getTargetLayers().add(layer);
						}
					});
				}
			}
			default -> in.skipValue();
			}
		}
		if (f.getName() == null) {
			throw new StoreException(in.file(), line, "a feature has no \"name\"", null);
		}
		return f;
	}
}
