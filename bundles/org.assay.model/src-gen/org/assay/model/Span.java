/**
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Span</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A span of text, possibly discontinuous (a list of fragments in text order), as a quote interrupted by its attribution.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.assay.model.Span#getFragments <em>Fragments</em>}</li>
 * </ul>
 *
 * @see org.assay.model.AssayPackage#getSpan()
 * @model
 * @generated
 */
public interface Span extends Annotation {
	/**
	 * Returns the value of the '<em><b>Fragments</b></em>' containment reference list.
	 * The list contents are of type {@link org.assay.model.Fragment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fragments</em>' containment reference list.
	 * @see org.assay.model.AssayPackage#getSpan_Fragments()
	 * @model containment="true" required="true"
	 * @generated
	 */
	EList<Fragment> getFragments();

} // Span
