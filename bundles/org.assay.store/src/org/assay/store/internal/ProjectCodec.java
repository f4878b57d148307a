/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;

import org.assay.model.AssayFactory;
import org.assay.model.Project;
import org.assay.store.StoreException;

import com.fasterxml.jackson.core.JsonGenerator;

/** Reads and writes {@code assay-project.json}, the file that marks a folder as an Assay project. */
public final class ProjectCodec {

	public static final String FORMAT = "assay-project";
	public static final int VERSION = 1;

	private ProjectCodec() {
	}

	public static void write(Project p, OutputStream out) throws IOException {
		try (JsonGenerator g = JsonOut.open(out)) {
			JsonOut.header(g, FORMAT, VERSION);
			g.writeStringField("name", p.getName());
			JsonOut.optional(g, "description", p.getDescription());
			g.writeEndObject();
		}
	}

	public static Project read(Path file, InputStream stream) throws StoreException {
		try (JsonIn in = new JsonIn(file, stream)) {
			in.header(FORMAT, VERSION);
			Project p = AssayFactory.eINSTANCE.createProject();
			for (String field; (field = in.nextField()) != null;) {
				switch (field) {
				case "name" -> p.setName(in.requiredString("name"));
				case "description" -> p.setDescription(in.string());
				default -> in.skipValue();
				}
			}
			in.end();
			return p;
		}
	}
}
