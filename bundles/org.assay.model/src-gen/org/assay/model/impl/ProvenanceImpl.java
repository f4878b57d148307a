/**
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.model.impl;

import java.util.Date;

import org.assay.model.AssayPackage;
import org.assay.model.Origin;
import org.assay.model.Proposal;
import org.assay.model.Provenance;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Provenance</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.assay.model.impl.ProvenanceImpl#getOrigin <em>Origin</em>}</li>
 *   <li>{@link org.assay.model.impl.ProvenanceImpl#getEngineId <em>Engine Id</em>}</li>
 *   <li>{@link org.assay.model.impl.ProvenanceImpl#getEngineVersion <em>Engine Version</em>}</li>
 *   <li>{@link org.assay.model.impl.ProvenanceImpl#getConfidence <em>Confidence</em>}</li>
 *   <li>{@link org.assay.model.impl.ProvenanceImpl#getAuthor <em>Author</em>}</li>
 *   <li>{@link org.assay.model.impl.ProvenanceImpl#getCreated <em>Created</em>}</li>
 *   <li>{@link org.assay.model.impl.ProvenanceImpl#getDecidedBy <em>Decided By</em>}</li>
 *   <li>{@link org.assay.model.impl.ProvenanceImpl#getDecided <em>Decided</em>}</li>
 *   <li>{@link org.assay.model.impl.ProvenanceImpl#getSourceSet <em>Source Set</em>}</li>
 *   <li>{@link org.assay.model.impl.ProvenanceImpl#getSourceId <em>Source Id</em>}</li>
 *   <li>{@link org.assay.model.impl.ProvenanceImpl#getProposed <em>Proposed</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ProvenanceImpl extends MinimalEObjectImpl.Container implements Provenance {
	/**
	 * The default value of the '{@link #getOrigin() <em>Origin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrigin()
	 * @generated
	 * @ordered
	 */
	protected static final Origin ORIGIN_EDEFAULT = Origin.ANNOTATOR;

	/**
	 * The cached value of the '{@link #getOrigin() <em>Origin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrigin()
	 * @generated
	 * @ordered
	 */
	protected Origin origin = ORIGIN_EDEFAULT;

	/**
	 * The default value of the '{@link #getEngineId() <em>Engine Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEngineId()
	 * @generated
	 * @ordered
	 */
	protected static final String ENGINE_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEngineId() <em>Engine Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEngineId()
	 * @generated
	 * @ordered
	 */
	protected String engineId = ENGINE_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getEngineVersion() <em>Engine Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEngineVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String ENGINE_VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEngineVersion() <em>Engine Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEngineVersion()
	 * @generated
	 * @ordered
	 */
	protected String engineVersion = ENGINE_VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getConfidence() <em>Confidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConfidence()
	 * @generated
	 * @ordered
	 */
	protected static final double CONFIDENCE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getConfidence() <em>Confidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConfidence()
	 * @generated
	 * @ordered
	 */
	protected double confidence = CONFIDENCE_EDEFAULT;

	/**
	 * This is true if the Confidence attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean confidenceESet;

	/**
	 * The default value of the '{@link #getAuthor() <em>Author</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthor()
	 * @generated
	 * @ordered
	 */
	protected static final String AUTHOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAuthor() <em>Author</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthor()
	 * @generated
	 * @ordered
	 */
	protected String author = AUTHOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getCreated() <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreated()
	 * @generated
	 * @ordered
	 */
	protected static final Date CREATED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCreated() <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreated()
	 * @generated
	 * @ordered
	 */
	protected Date created = CREATED_EDEFAULT;

	/**
	 * The default value of the '{@link #getDecidedBy() <em>Decided By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecidedBy()
	 * @generated
	 * @ordered
	 */
	protected static final String DECIDED_BY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDecidedBy() <em>Decided By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecidedBy()
	 * @generated
	 * @ordered
	 */
	protected String decidedBy = DECIDED_BY_EDEFAULT;

	/**
	 * The default value of the '{@link #getDecided() <em>Decided</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecided()
	 * @generated
	 * @ordered
	 */
	protected static final Date DECIDED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDecided() <em>Decided</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecided()
	 * @generated
	 * @ordered
	 */
	protected Date decided = DECIDED_EDEFAULT;

	/**
	 * The default value of the '{@link #getSourceSet() <em>Source Set</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceSet()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_SET_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSourceSet() <em>Source Set</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceSet()
	 * @generated
	 * @ordered
	 */
	protected String sourceSet = SOURCE_SET_EDEFAULT;

	/**
	 * The default value of the '{@link #getSourceId() <em>Source Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceId()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSourceId() <em>Source Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceId()
	 * @generated
	 * @ordered
	 */
	protected String sourceId = SOURCE_ID_EDEFAULT;

	/**
	 * The cached value of the '{@link #getProposed() <em>Proposed</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProposed()
	 * @generated
	 * @ordered
	 */
	protected Proposal proposed;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ProvenanceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AssayPackage.Literals.PROVENANCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Origin getOrigin() {
		return origin;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOrigin(Origin newOrigin) {
		Origin oldOrigin = origin;
		origin = newOrigin == null ? ORIGIN_EDEFAULT : newOrigin;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AssayPackage.PROVENANCE__ORIGIN, oldOrigin, origin));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEngineId() {
		return engineId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEngineId(String newEngineId) {
		String oldEngineId = engineId;
		engineId = newEngineId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AssayPackage.PROVENANCE__ENGINE_ID, oldEngineId, engineId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEngineVersion() {
		return engineVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEngineVersion(String newEngineVersion) {
		String oldEngineVersion = engineVersion;
		engineVersion = newEngineVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AssayPackage.PROVENANCE__ENGINE_VERSION, oldEngineVersion, engineVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getConfidence() {
		return confidence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConfidence(double newConfidence) {
		double oldConfidence = confidence;
		confidence = newConfidence;
		boolean oldConfidenceESet = confidenceESet;
		confidenceESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AssayPackage.PROVENANCE__CONFIDENCE, oldConfidence, confidence, !oldConfidenceESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetConfidence() {
		double oldConfidence = confidence;
		boolean oldConfidenceESet = confidenceESet;
		confidence = CONFIDENCE_EDEFAULT;
		confidenceESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, AssayPackage.PROVENANCE__CONFIDENCE, oldConfidence, CONFIDENCE_EDEFAULT, oldConfidenceESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetConfidence() {
		return confidenceESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAuthor() {
		return author;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAuthor(String newAuthor) {
		String oldAuthor = author;
		author = newAuthor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AssayPackage.PROVENANCE__AUTHOR, oldAuthor, author));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getCreated() {
		return created;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCreated(Date newCreated) {
		Date oldCreated = created;
		created = newCreated;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AssayPackage.PROVENANCE__CREATED, oldCreated, created));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDecidedBy() {
		return decidedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDecidedBy(String newDecidedBy) {
		String oldDecidedBy = decidedBy;
		decidedBy = newDecidedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AssayPackage.PROVENANCE__DECIDED_BY, oldDecidedBy, decidedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getDecided() {
		return decided;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDecided(Date newDecided) {
		Date oldDecided = decided;
		decided = newDecided;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AssayPackage.PROVENANCE__DECIDED, oldDecided, decided));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSourceSet() {
		return sourceSet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSourceSet(String newSourceSet) {
		String oldSourceSet = sourceSet;
		sourceSet = newSourceSet;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AssayPackage.PROVENANCE__SOURCE_SET, oldSourceSet, sourceSet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSourceId() {
		return sourceId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSourceId(String newSourceId) {
		String oldSourceId = sourceId;
		sourceId = newSourceId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AssayPackage.PROVENANCE__SOURCE_ID, oldSourceId, sourceId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Proposal getProposed() {
		return proposed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetProposed(Proposal newProposed, NotificationChain msgs) {
		Proposal oldProposed = proposed;
		proposed = newProposed;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, AssayPackage.PROVENANCE__PROPOSED, oldProposed, newProposed);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProposed(Proposal newProposed) {
		if (newProposed != proposed) {
			NotificationChain msgs = null;
			if (proposed != null)
				msgs = ((InternalEObject)proposed).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - AssayPackage.PROVENANCE__PROPOSED, null, msgs);
			if (newProposed != null)
				msgs = ((InternalEObject)newProposed).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - AssayPackage.PROVENANCE__PROPOSED, null, msgs);
			msgs = basicSetProposed(newProposed, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AssayPackage.PROVENANCE__PROPOSED, newProposed, newProposed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case AssayPackage.PROVENANCE__PROPOSED:
				return basicSetProposed(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case AssayPackage.PROVENANCE__ORIGIN:
				return getOrigin();
			case AssayPackage.PROVENANCE__ENGINE_ID:
				return getEngineId();
			case AssayPackage.PROVENANCE__ENGINE_VERSION:
				return getEngineVersion();
			case AssayPackage.PROVENANCE__CONFIDENCE:
				return getConfidence();
			case AssayPackage.PROVENANCE__AUTHOR:
				return getAuthor();
			case AssayPackage.PROVENANCE__CREATED:
				return getCreated();
			case AssayPackage.PROVENANCE__DECIDED_BY:
				return getDecidedBy();
			case AssayPackage.PROVENANCE__DECIDED:
				return getDecided();
			case AssayPackage.PROVENANCE__SOURCE_SET:
				return getSourceSet();
			case AssayPackage.PROVENANCE__SOURCE_ID:
				return getSourceId();
			case AssayPackage.PROVENANCE__PROPOSED:
				return getProposed();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case AssayPackage.PROVENANCE__ORIGIN:
				setOrigin((Origin)newValue);
				return;
			case AssayPackage.PROVENANCE__ENGINE_ID:
				setEngineId((String)newValue);
				return;
			case AssayPackage.PROVENANCE__ENGINE_VERSION:
				setEngineVersion((String)newValue);
				return;
			case AssayPackage.PROVENANCE__CONFIDENCE:
				setConfidence((Double)newValue);
				return;
			case AssayPackage.PROVENANCE__AUTHOR:
				setAuthor((String)newValue);
				return;
			case AssayPackage.PROVENANCE__CREATED:
				setCreated((Date)newValue);
				return;
			case AssayPackage.PROVENANCE__DECIDED_BY:
				setDecidedBy((String)newValue);
				return;
			case AssayPackage.PROVENANCE__DECIDED:
				setDecided((Date)newValue);
				return;
			case AssayPackage.PROVENANCE__SOURCE_SET:
				setSourceSet((String)newValue);
				return;
			case AssayPackage.PROVENANCE__SOURCE_ID:
				setSourceId((String)newValue);
				return;
			case AssayPackage.PROVENANCE__PROPOSED:
				setProposed((Proposal)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case AssayPackage.PROVENANCE__ORIGIN:
				setOrigin(ORIGIN_EDEFAULT);
				return;
			case AssayPackage.PROVENANCE__ENGINE_ID:
				setEngineId(ENGINE_ID_EDEFAULT);
				return;
			case AssayPackage.PROVENANCE__ENGINE_VERSION:
				setEngineVersion(ENGINE_VERSION_EDEFAULT);
				return;
			case AssayPackage.PROVENANCE__CONFIDENCE:
				unsetConfidence();
				return;
			case AssayPackage.PROVENANCE__AUTHOR:
				setAuthor(AUTHOR_EDEFAULT);
				return;
			case AssayPackage.PROVENANCE__CREATED:
				setCreated(CREATED_EDEFAULT);
				return;
			case AssayPackage.PROVENANCE__DECIDED_BY:
				setDecidedBy(DECIDED_BY_EDEFAULT);
				return;
			case AssayPackage.PROVENANCE__DECIDED:
				setDecided(DECIDED_EDEFAULT);
				return;
			case AssayPackage.PROVENANCE__SOURCE_SET:
				setSourceSet(SOURCE_SET_EDEFAULT);
				return;
			case AssayPackage.PROVENANCE__SOURCE_ID:
				setSourceId(SOURCE_ID_EDEFAULT);
				return;
			case AssayPackage.PROVENANCE__PROPOSED:
				setProposed((Proposal)null);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case AssayPackage.PROVENANCE__ORIGIN:
				return origin != ORIGIN_EDEFAULT;
			case AssayPackage.PROVENANCE__ENGINE_ID:
				return ENGINE_ID_EDEFAULT == null ? engineId != null : !ENGINE_ID_EDEFAULT.equals(engineId);
			case AssayPackage.PROVENANCE__ENGINE_VERSION:
				return ENGINE_VERSION_EDEFAULT == null ? engineVersion != null : !ENGINE_VERSION_EDEFAULT.equals(engineVersion);
			case AssayPackage.PROVENANCE__CONFIDENCE:
				return isSetConfidence();
			case AssayPackage.PROVENANCE__AUTHOR:
				return AUTHOR_EDEFAULT == null ? author != null : !AUTHOR_EDEFAULT.equals(author);
			case AssayPackage.PROVENANCE__CREATED:
				return CREATED_EDEFAULT == null ? created != null : !CREATED_EDEFAULT.equals(created);
			case AssayPackage.PROVENANCE__DECIDED_BY:
				return DECIDED_BY_EDEFAULT == null ? decidedBy != null : !DECIDED_BY_EDEFAULT.equals(decidedBy);
			case AssayPackage.PROVENANCE__DECIDED:
				return DECIDED_EDEFAULT == null ? decided != null : !DECIDED_EDEFAULT.equals(decided);
			case AssayPackage.PROVENANCE__SOURCE_SET:
				return SOURCE_SET_EDEFAULT == null ? sourceSet != null : !SOURCE_SET_EDEFAULT.equals(sourceSet);
			case AssayPackage.PROVENANCE__SOURCE_ID:
				return SOURCE_ID_EDEFAULT == null ? sourceId != null : !SOURCE_ID_EDEFAULT.equals(sourceId);
			case AssayPackage.PROVENANCE__PROPOSED:
				return proposed != null;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (origin: ");
		result.append(origin);
		result.append(", engineId: ");
		result.append(engineId);
		result.append(", engineVersion: ");
		result.append(engineVersion);
		result.append(", confidence: ");
		if (confidenceESet) result.append(confidence); else result.append("<unset>");
		result.append(", author: ");
		result.append(author);
		result.append(", created: ");
		result.append(created);
		result.append(", decidedBy: ");
		result.append(decidedBy);
		result.append(", decided: ");
		result.append(decided);
		result.append(", sourceSet: ");
		result.append(sourceSet);
		result.append(", sourceId: ");
		result.append(sourceId);
		result.append(')');
		return result.toString();
	}

} //ProvenanceImpl
