/**
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Label Schema</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.assay.model.LabelSchema#getLayers <em>Layers</em>}</li>
 * </ul>
 *
 * @see org.assay.model.AssayPackage#getLabelSchema()
 * @model
 * @generated
 */
public interface LabelSchema extends EObject {
	/**
	 * Returns the value of the '<em><b>Layers</b></em>' containment reference list.
	 * The list contents are of type {@link org.assay.model.Layer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Layers</em>' containment reference list.
	 * @see org.assay.model.AssayPackage#getLabelSchema_Layers()
	 * @model containment="true"
	 * @generated
	 */
	EList<Layer> getLayers();

} // LabelSchema
