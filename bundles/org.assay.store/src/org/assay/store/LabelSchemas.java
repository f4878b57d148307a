/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.assay.model.LabelSchema;
import org.assay.model.support.StandardSchema;
import org.assay.store.internal.SchemaCodec;
import org.eclipse.core.runtime.ContributorFactoryOSGi;
import org.eclipse.core.runtime.IConfigurationElement;
import org.osgi.framework.Bundle;

/**
 * The label schemas a new project can start with: the standard one, then those contributed to
 * {@code org.assay.store.schemas} (each a schema file in its bundle, in the format of a project's
 * {@code schema.json}). Outside OSGi only the standard one. A contribution whose file is missing or bad is
 * logged, naming the file and line, and left out.
 */
public final class LabelSchemas {

	/** The id of the extension point schemas are contributed to. */
	public static final String EXTENSION_POINT = "org.assay.store.schemas";

	/** The id of the standard schema, which is always there. */
	public static final String STANDARD = "standard";

	private static final Contributions<NamedSchema> CONTRIBUTED = new Contributions<>(EXTENSION_POINT, "schema",
			LabelSchemas::contributed, NamedSchema::id, List::of, LabelSchemas.class);

	private LabelSchemas() {
	}

	/** The standard schema first, then the contributed ones in the registry's order. */
	public static List<NamedSchema> all() {
		List<NamedSchema> all = new ArrayList<>();
		all.add(standard());
		for (NamedSchema s : CONTRIBUTED.all()) {
			if (!s.id().equals(STANDARD)) {
				all.add(s);
			}
		}
		return all;
	}

	/** The schema of that id, or null. */
	public static NamedSchema find(String id) {
		return STANDARD.equals(id) ? standard() : CONTRIBUTED.find(id);
	}

	/** The ids, comma-separated, for messages. */
	public static String ids() {
		return String.join(", ", all().stream().map(NamedSchema::id).toList());
	}

	/** Tells of schemas contributed or removed while Assay runs (a plug-in installed or removed). */
	public static void addChangeListener(Runnable listener) {
		CONTRIBUTED.addChangeListener(listener);
	}

	public static void removeChangeListener(Runnable listener) {
		CONTRIBUTED.removeChangeListener(listener);
	}

	/** Reads a schema file ({@code schema.json}'s format); a bad one names the file and line. */
	public static LabelSchema read(Path file) throws StoreException {
		try (InputStream in = Files.newInputStream(file)) {
			return SchemaCodec.read(file, in);
		} catch (IOException e) {
			throw new StoreException(file, "cannot read: " + IoReasons.of(e), e);
		}
	}

	private static NamedSchema standard() {
		return new NamedSchema(STANDARD, "Standard", "News entities, claims with claimant and cue, document labels.",
				"org.assay.model", StandardSchema.create());
	}

	private static NamedSchema contributed(IConfigurationElement e) {
		String id = Contributions.required(e, "id");
		String name = Contributions.required(e, "name");
		String file = Contributions.required(e, "file");
		String description = e.getAttribute("description");
		Bundle bundle = ContributorFactoryOSGi.resolve(e.getContributor());
		URL url = bundle == null ? null : bundle.getEntry(file);
		if (url == null) {
			throw new IllegalStateException("no file " + file + " in the bundle");
		}
		Path named = Path.of(e.getContributor().getName(), file);
		try (InputStream in = url.openStream()) {
			LabelSchema schema = SchemaCodec.read(named, in);
			if (schema.getLayers().isEmpty()) {
				throw new IllegalStateException(named + ": no layers");
			}
			return new NamedSchema(id, name, description == null ? "" : description, e.getContributor().getName(),
					schema);
		} catch (IOException ex) {
			throw new IllegalStateException(named + ": cannot read: " + IoReasons.of(ex), ex);
		} catch (StoreException ex) {
			throw new IllegalStateException(ex.getMessage(), ex);
		}
	}
}
