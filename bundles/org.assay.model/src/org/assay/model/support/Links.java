/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.model.support;

import org.assay.model.Annotation;
import org.assay.model.AnnotationStatus;
import org.assay.model.AssayFactory;
import org.assay.model.Link;

/** Links between annotations: a claim's claimant and cue. */
public final class Links {

	private Links() {
	}

	/** A link of a role from one annotation to another, with a status, no label, id or provenance. */
	public static Link create(String role, Annotation from, Annotation to, AnnotationStatus status) {
		Link link = AssayFactory.eINSTANCE.createLink();
		link.setRole(role);
		link.setSource(from);
		link.setTarget(to);
		link.setStatus(status);
		return link;
	}
}
