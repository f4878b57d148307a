/**
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.model.impl;

import org.assay.model.AssayPackage;
import org.assay.model.DocumentLabel;

import org.eclipse.emf.ecore.EClass;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Document Label</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class DocumentLabelImpl extends AnnotationImpl implements DocumentLabel {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DocumentLabelImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AssayPackage.Literals.DOCUMENT_LABEL;
	}

} //DocumentLabelImpl
