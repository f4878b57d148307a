/**
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Layer</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A layer of annotations: entity spans, claim spans, or labels of a whole document. Its features say what an annotation of this layer may carry, including links to annotations of other layers.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.assay.model.Layer#getName <em>Name</em>}</li>
 *   <li>{@link org.assay.model.Layer#getTitle <em>Title</em>}</li>
 *   <li>{@link org.assay.model.Layer#getKind <em>Kind</em>}</li>
 *   <li>{@link org.assay.model.Layer#getDescription <em>Description</em>}</li>
 *   <li>{@link org.assay.model.Layer#isAllowOverlap <em>Allow Overlap</em>}</li>
 *   <li>{@link org.assay.model.Layer#getLabels <em>Labels</em>}</li>
 *   <li>{@link org.assay.model.Layer#getFeatures <em>Features</em>}</li>
 * </ul>
 *
 * @see org.assay.model.AssayPackage#getLayer()
 * @model
 * @generated
 */
public interface Layer extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.assay.model.AssayPackage#getLayer_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.assay.model.Layer#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.assay.model.AssayPackage#getLayer_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.assay.model.Layer#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.assay.model.LayerKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.assay.model.LayerKind
	 * @see #setKind(LayerKind)
	 * @see org.assay.model.AssayPackage#getLayer_Kind()
	 * @model
	 * @generated
	 */
	LayerKind getKind();

	/**
	 * Sets the value of the '{@link org.assay.model.Layer#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.assay.model.LayerKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(LayerKind value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.assay.model.AssayPackage#getLayer_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.assay.model.Layer#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Allow Overlap</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Allow Overlap</em>' attribute.
	 * @see #setAllowOverlap(boolean)
	 * @see org.assay.model.AssayPackage#getLayer_AllowOverlap()
	 * @model default="true"
	 * @generated
	 */
	boolean isAllowOverlap();

	/**
	 * Sets the value of the '{@link org.assay.model.Layer#isAllowOverlap <em>Allow Overlap</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Allow Overlap</em>' attribute.
	 * @see #isAllowOverlap()
	 * @generated
	 */
	void setAllowOverlap(boolean value);

	/**
	 * Returns the value of the '<em><b>Labels</b></em>' containment reference list.
	 * The list contents are of type {@link org.assay.model.Label}.
	 * It is bidirectional and its opposite is '{@link org.assay.model.Label#getLayer <em>Layer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Labels</em>' containment reference list.
	 * @see org.assay.model.AssayPackage#getLayer_Labels()
	 * @see org.assay.model.Label#getLayer
	 * @model opposite="layer" containment="true"
	 * @generated
	 */
	EList<Label> getLabels();

	/**
	 * Returns the value of the '<em><b>Features</b></em>' containment reference list.
	 * The list contents are of type {@link org.assay.model.FeatureDefinition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Features</em>' containment reference list.
	 * @see org.assay.model.AssayPackage#getLayer_Features()
	 * @model containment="true"
	 * @generated
	 */
	EList<FeatureDefinition> getFeatures();

} // Layer
