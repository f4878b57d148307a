/**
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Document Label</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A label of the whole document (a layer of kind DOCUMENT).
 * <!-- end-model-doc -->
 *
 *
 * @see org.assay.model.AssayPackage#getDocumentLabel()
 * @model
 * @generated
 */
public interface DocumentLabel extends Annotation {
} // DocumentLabel
