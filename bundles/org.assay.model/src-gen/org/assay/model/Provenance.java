/**
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.model;

import java.util.Date;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Provenance</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Where an annotation came from and who decided on it: enough to read an engine's precision off real use.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.assay.model.Provenance#getOrigin <em>Origin</em>}</li>
 *   <li>{@link org.assay.model.Provenance#getEngineId <em>Engine Id</em>}</li>
 *   <li>{@link org.assay.model.Provenance#getEngineVersion <em>Engine Version</em>}</li>
 *   <li>{@link org.assay.model.Provenance#getConfidence <em>Confidence</em>}</li>
 *   <li>{@link org.assay.model.Provenance#getAuthor <em>Author</em>}</li>
 *   <li>{@link org.assay.model.Provenance#getCreated <em>Created</em>}</li>
 *   <li>{@link org.assay.model.Provenance#getDecidedBy <em>Decided By</em>}</li>
 *   <li>{@link org.assay.model.Provenance#getDecided <em>Decided</em>}</li>
 *   <li>{@link org.assay.model.Provenance#getSourceSet <em>Source Set</em>}</li>
 *   <li>{@link org.assay.model.Provenance#getSourceId <em>Source Id</em>}</li>
 *   <li>{@link org.assay.model.Provenance#getProposed <em>Proposed</em>}</li>
 * </ul>
 *
 * @see org.assay.model.AssayPackage#getProvenance()
 * @model
 * @generated
 */
public interface Provenance extends EObject {
	/**
	 * Returns the value of the '<em><b>Origin</b></em>' attribute.
	 * The literals are from the enumeration {@link org.assay.model.Origin}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Origin</em>' attribute.
	 * @see org.assay.model.Origin
	 * @see #setOrigin(Origin)
	 * @see org.assay.model.AssayPackage#getProvenance_Origin()
	 * @model
	 * @generated
	 */
	Origin getOrigin();

	/**
	 * Sets the value of the '{@link org.assay.model.Provenance#getOrigin <em>Origin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Origin</em>' attribute.
	 * @see org.assay.model.Origin
	 * @see #getOrigin()
	 * @generated
	 */
	void setOrigin(Origin value);

	/**
	 * Returns the value of the '<em><b>Engine Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Engine Id</em>' attribute.
	 * @see #setEngineId(String)
	 * @see org.assay.model.AssayPackage#getProvenance_EngineId()
	 * @model
	 * @generated
	 */
	String getEngineId();

	/**
	 * Sets the value of the '{@link org.assay.model.Provenance#getEngineId <em>Engine Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Engine Id</em>' attribute.
	 * @see #getEngineId()
	 * @generated
	 */
	void setEngineId(String value);

	/**
	 * Returns the value of the '<em><b>Engine Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Engine Version</em>' attribute.
	 * @see #setEngineVersion(String)
	 * @see org.assay.model.AssayPackage#getProvenance_EngineVersion()
	 * @model
	 * @generated
	 */
	String getEngineVersion();

	/**
	 * Sets the value of the '{@link org.assay.model.Provenance#getEngineVersion <em>Engine Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Engine Version</em>' attribute.
	 * @see #getEngineVersion()
	 * @generated
	 */
	void setEngineVersion(String value);

	/**
	 * Returns the value of the '<em><b>Confidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Confidence</em>' attribute.
	 * @see #isSetConfidence()
	 * @see #unsetConfidence()
	 * @see #setConfidence(double)
	 * @see org.assay.model.AssayPackage#getProvenance_Confidence()
	 * @model unsettable="true"
	 * @generated
	 */
	double getConfidence();

	/**
	 * Sets the value of the '{@link org.assay.model.Provenance#getConfidence <em>Confidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Confidence</em>' attribute.
	 * @see #isSetConfidence()
	 * @see #unsetConfidence()
	 * @see #getConfidence()
	 * @generated
	 */
	void setConfidence(double value);

	/**
	 * Unsets the value of the '{@link org.assay.model.Provenance#getConfidence <em>Confidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetConfidence()
	 * @see #getConfidence()
	 * @see #setConfidence(double)
	 * @generated
	 */
	void unsetConfidence();

	/**
	 * Returns whether the value of the '{@link org.assay.model.Provenance#getConfidence <em>Confidence</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Confidence</em>' attribute is set.
	 * @see #unsetConfidence()
	 * @see #getConfidence()
	 * @see #setConfidence(double)
	 * @generated
	 */
	boolean isSetConfidence();

	/**
	 * Returns the value of the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who created the annotation: an annotator's name, or the file it was imported from.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Author</em>' attribute.
	 * @see #setAuthor(String)
	 * @see org.assay.model.AssayPackage#getProvenance_Author()
	 * @model
	 * @generated
	 */
	String getAuthor();

	/**
	 * Sets the value of the '{@link org.assay.model.Provenance#getAuthor <em>Author</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Author</em>' attribute.
	 * @see #getAuthor()
	 * @generated
	 */
	void setAuthor(String value);

	/**
	 * Returns the value of the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Created</em>' attribute.
	 * @see #setCreated(Date)
	 * @see org.assay.model.AssayPackage#getProvenance_Created()
	 * @model
	 * @generated
	 */
	Date getCreated();

	/**
	 * Sets the value of the '{@link org.assay.model.Provenance#getCreated <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created</em>' attribute.
	 * @see #getCreated()
	 * @generated
	 */
	void setCreated(Date value);

	/**
	 * Returns the value of the '<em><b>Decided By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Decided By</em>' attribute.
	 * @see #setDecidedBy(String)
	 * @see org.assay.model.AssayPackage#getProvenance_DecidedBy()
	 * @model
	 * @generated
	 */
	String getDecidedBy();

	/**
	 * Sets the value of the '{@link org.assay.model.Provenance#getDecidedBy <em>Decided By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Decided By</em>' attribute.
	 * @see #getDecidedBy()
	 * @generated
	 */
	void setDecidedBy(String value);

	/**
	 * Returns the value of the '<em><b>Decided</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Decided</em>' attribute.
	 * @see #setDecided(Date)
	 * @see org.assay.model.AssayPackage#getProvenance_Decided()
	 * @model
	 * @generated
	 */
	Date getDecided();

	/**
	 * Sets the value of the '{@link org.assay.model.Provenance#getDecided <em>Decided</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Decided</em>' attribute.
	 * @see #getDecided()
	 * @generated
	 */
	void setDecided(Date value);

	/**
	 * Returns the value of the '<em><b>Source Set</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The set of the proposal this annotation was decided from (for example engine:entities), with sourceId.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source Set</em>' attribute.
	 * @see #setSourceSet(String)
	 * @see org.assay.model.AssayPackage#getProvenance_SourceSet()
	 * @model
	 * @generated
	 */
	String getSourceSet();

	/**
	 * Sets the value of the '{@link org.assay.model.Provenance#getSourceSet <em>Source Set</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Set</em>' attribute.
	 * @see #getSourceSet()
	 * @generated
	 */
	void setSourceSet(String value);

	/**
	 * Returns the value of the '<em><b>Source Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source Id</em>' attribute.
	 * @see #setSourceId(String)
	 * @see org.assay.model.AssayPackage#getProvenance_SourceId()
	 * @model
	 * @generated
	 */
	String getSourceId();

	/**
	 * Sets the value of the '{@link org.assay.model.Provenance#getSourceId <em>Source Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Id</em>' attribute.
	 * @see #getSourceId()
	 * @generated
	 */
	void setSourceId(String value);

	/**
	 * Returns the value of the '<em><b>Proposed</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the proposal was before it was corrected.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Proposed</em>' containment reference.
	 * @see #setProposed(Proposal)
	 * @see org.assay.model.AssayPackage#getProvenance_Proposed()
	 * @model containment="true"
	 * @generated
	 */
	Proposal getProposed();

	/**
	 * Sets the value of the '{@link org.assay.model.Provenance#getProposed <em>Proposed</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Proposed</em>' containment reference.
	 * @see #getProposed()
	 * @generated
	 */
	void setProposed(Proposal value);

} // Provenance
