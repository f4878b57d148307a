/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.assay.model.AssayPackage;
import org.assay.model.Document;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * What some documents held when a unit began, so that a unit that fails ({@link ProjectFolder#unit}: a full disk, a
 * set file another writer changed) can put them back: then the model holds what the files hold, and a later save does
 * not write half of the unit. It keeps each document's own attributes and properties, which sets it holds, and each
 * set's attributes and which annotations it holds in what order; not the inside of each annotation, which a unit does
 * not change (it adds, removes and replaces annotations). Kept as copies of those lists: on a document of 100,000
 * annotations, a few milliseconds (EMF's change recorder, which puts an adapter on every object, took 0.5–1 s more
 * there). What the work does elsewhere (a document it adds to the project) it takes back itself.
 */
public final class ModelRollback {

	/** One object's values when the unit began, by feature. */
	private record Kept(EObject object, Map<EStructuralFeature, Object> values) {
	}

	private final List<Kept> kept = new ArrayList<>();

	private ModelRollback() {
	}

	/** Keeps what these documents and their sets hold now. */
	public static ModelRollback keeping(Collection<? extends Document> documents) {
		ModelRollback rollback = new ModelRollback();
		for (Document d : documents) {
			rollback.keep(d);
			d.getAnnotationSets().forEach(rollback::keep);
		}
		return rollback;
	}

	private void keep(EObject object) {
		Map<EStructuralFeature, Object> values = new LinkedHashMap<>();
		for (EStructuralFeature f : object.eClass().getEAllStructuralFeatures()) {
			if (f.isDerived() || f.isTransient() || !f.isChangeable()) {
				continue;
			}
			Object value = object.eGet(f);
			if (f == AssayPackage.Literals.DOCUMENT__PROPERTIES) {
				value = new LinkedHashMap<>(((Document) object).getProperties().map());
			} else if (f.isMany()) {
				value = new ArrayList<>((List<?>) value);
			}
			values.put(f, value);
		}
		kept.add(new Kept(object, values));
	}

	/** Puts the documents and their sets back as they were kept: the documents first, then their sets. */
	@SuppressWarnings("unchecked")
	public void rollBack() {
		for (Kept k : kept) {
			k.values().forEach((f, value) -> {
				if (f == AssayPackage.Literals.DOCUMENT__PROPERTIES) {
					Map<String, String> properties = ((Document) k.object()).getProperties().map();
					if (!properties.equals(value)) {
						properties.clear();
						properties.putAll((Map<String, String>) value);
					}
				} else if (f.isMany()) {
					EList<Object> now = (EList<Object>) k.object().eGet(f);
					if (!now.equals(value)) {
						now.clear();
						now.addAll((List<Object>) value);
					}
				} else if (!Objects.equals(k.object().eGet(f), value)) {
					k.object().eSet(f, value);
				}
			});
		}
	}
}
