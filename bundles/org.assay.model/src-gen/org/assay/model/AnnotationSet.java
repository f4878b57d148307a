/**
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Annotation Set</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The annotations of one document by one hand: an annotator, an engine's latest run, or the curated gold.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.assay.model.AnnotationSet#getName <em>Name</em>}</li>
 *   <li>{@link org.assay.model.AnnotationSet#getKind <em>Kind</em>}</li>
 *   <li>{@link org.assay.model.AnnotationSet#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.assay.model.AnnotationSet#getState <em>State</em>}</li>
 *   <li>{@link org.assay.model.AnnotationSet#getModified <em>Modified</em>}</li>
 *   <li>{@link org.assay.model.AnnotationSet#getRun <em>Run</em>}</li>
 *   <li>{@link org.assay.model.AnnotationSet#getAnnotations <em>Annotations</em>}</li>
 * </ul>
 *
 * @see org.assay.model.AssayPackage#getAnnotationSet()
 * @model
 * @generated
 */
public interface AnnotationSet extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.assay.model.AssayPackage#getAnnotationSet_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.assay.model.AnnotationSet#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.assay.model.SetKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.assay.model.SetKind
	 * @see #setKind(SetKind)
	 * @see org.assay.model.AssayPackage#getAnnotationSet_Kind()
	 * @model
	 * @generated
	 */
	SetKind getKind();

	/**
	 * Sets the value of the '{@link org.assay.model.AnnotationSet#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.assay.model.SetKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(SetKind value);

	/**
	 * Returns the value of the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The annotator's name, or the engine's id.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Owner</em>' attribute.
	 * @see #setOwner(String)
	 * @see org.assay.model.AssayPackage#getAnnotationSet_Owner()
	 * @model
	 * @generated
	 */
	String getOwner();

	/**
	 * Sets the value of the '{@link org.assay.model.AnnotationSet#getOwner <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' attribute.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(String value);

	/**
	 * Returns the value of the '<em><b>State</b></em>' attribute.
	 * The literals are from the enumeration {@link org.assay.model.WorkState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>State</em>' attribute.
	 * @see org.assay.model.WorkState
	 * @see #setState(WorkState)
	 * @see org.assay.model.AssayPackage#getAnnotationSet_State()
	 * @model
	 * @generated
	 */
	WorkState getState();

	/**
	 * Sets the value of the '{@link org.assay.model.AnnotationSet#getState <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>State</em>' attribute.
	 * @see org.assay.model.WorkState
	 * @see #getState()
	 * @generated
	 */
	void setState(WorkState value);

	/**
	 * Returns the value of the '<em><b>Modified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Modified</em>' attribute.
	 * @see #setModified(Date)
	 * @see org.assay.model.AssayPackage#getAnnotationSet_Modified()
	 * @model
	 * @generated
	 */
	Date getModified();

	/**
	 * Sets the value of the '{@link org.assay.model.AnnotationSet#getModified <em>Modified</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Modified</em>' attribute.
	 * @see #getModified()
	 * @generated
	 */
	void setModified(Date value);

	/**
	 * Returns the value of the '<em><b>Run</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Run</em>' containment reference.
	 * @see #setRun(EngineRun)
	 * @see org.assay.model.AssayPackage#getAnnotationSet_Run()
	 * @model containment="true"
	 * @generated
	 */
	EngineRun getRun();

	/**
	 * Sets the value of the '{@link org.assay.model.AnnotationSet#getRun <em>Run</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Run</em>' containment reference.
	 * @see #getRun()
	 * @generated
	 */
	void setRun(EngineRun value);

	/**
	 * Returns the value of the '<em><b>Annotations</b></em>' containment reference list.
	 * The list contents are of type {@link org.assay.model.Annotation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Annotations</em>' containment reference list.
	 * @see org.assay.model.AssayPackage#getAnnotationSet_Annotations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Annotation> getAnnotations();

} // AnnotationSet
