/**
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Link</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A link from one annotation to another in the same set, in the role of one of the source layer's LINK features: a claim's claimant or cue.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.assay.model.Link#getRole <em>Role</em>}</li>
 *   <li>{@link org.assay.model.Link#getSource <em>Source</em>}</li>
 *   <li>{@link org.assay.model.Link#getTarget <em>Target</em>}</li>
 * </ul>
 *
 * @see org.assay.model.AssayPackage#getLink()
 * @model
 * @generated
 */
public interface Link extends Annotation {
	/**
	 * Returns the value of the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Role</em>' attribute.
	 * @see #setRole(String)
	 * @see org.assay.model.AssayPackage#getLink_Role()
	 * @model
	 * @generated
	 */
	String getRole();

	/**
	 * Sets the value of the '{@link org.assay.model.Link#getRole <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Role</em>' attribute.
	 * @see #getRole()
	 * @generated
	 */
	void setRole(String value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source</em>' reference.
	 * @see #setSource(Annotation)
	 * @see org.assay.model.AssayPackage#getLink_Source()
	 * @model required="true"
	 * @generated
	 */
	Annotation getSource();

	/**
	 * Sets the value of the '{@link org.assay.model.Link#getSource <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' reference.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(Annotation value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target</em>' reference.
	 * @see #setTarget(Annotation)
	 * @see org.assay.model.AssayPackage#getLink_Target()
	 * @model required="true"
	 * @generated
	 */
	Annotation getTarget();

	/**
	 * Sets the value of the '{@link org.assay.model.Link#getTarget <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' reference.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(Annotation value);

} // Link
