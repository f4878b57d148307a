/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.store;

import org.assay.model.LabelSchema;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * A label schema a new project can start with: the standard one, or one a plug-in contributed to
 * {@code org.assay.store.schemas}.
 *
 * @param id          the id typed after {@code assay new --schema}
 * @param name        the name shown to users
 * @param description one sentence on what it labels, or empty
 * @param contributor the symbolic name of the bundle that contributed it
 * @param schema      the schema as read; never handed out, see {@link #copy()}
 */
public record NamedSchema(String id, String name, String description, String contributor, LabelSchema schema) {

	/** A fresh copy of the schema, for a new project to own. */
	public LabelSchema copy() {
		return EcoreUtil.copy(schema);
	}
}
