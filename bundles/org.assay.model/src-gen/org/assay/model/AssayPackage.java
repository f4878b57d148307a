/**
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Assay's annotation model: a project (corpus) with its label schema and documents; per document, annotation sets of one annotator, one engine run, or the curated gold; annotations are spans, document labels and links, each with a status and its provenance.
 * <!-- end-model-doc -->
 * @see org.assay.model.AssayFactory
 * @model kind="package"
 * @generated
 */
public interface AssayPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://assay.org/model/1";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "assay";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	AssayPackage eINSTANCE = org.assay.model.impl.AssayPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.assay.model.impl.ProjectImpl <em>Project</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.assay.model.impl.ProjectImpl
	 * @see org.assay.model.impl.AssayPackageImpl#getProject()
	 * @generated
	 */
	int PROJECT = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__NAME = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__DESCRIPTION = 1;

	/**
	 * The feature id for the '<em><b>Schema</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__SCHEMA = 2;

	/**
	 * The feature id for the '<em><b>Documents</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__DOCUMENTS = 3;

	/**
	 * The number of structural features of the '<em>Project</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Project</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.assay.model.impl.LabelSchemaImpl <em>Label Schema</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.assay.model.impl.LabelSchemaImpl
	 * @see org.assay.model.impl.AssayPackageImpl#getLabelSchema()
	 * @generated
	 */
	int LABEL_SCHEMA = 1;

	/**
	 * The feature id for the '<em><b>Layers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL_SCHEMA__LAYERS = 0;

	/**
	 * The number of structural features of the '<em>Label Schema</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL_SCHEMA_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Label Schema</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL_SCHEMA_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.assay.model.impl.LayerImpl <em>Layer</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.assay.model.impl.LayerImpl
	 * @see org.assay.model.impl.AssayPackageImpl#getLayer()
	 * @generated
	 */
	int LAYER = 2;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER__NAME = 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER__TITLE = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER__KIND = 2;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER__DESCRIPTION = 3;

	/**
	 * The feature id for the '<em><b>Allow Overlap</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER__ALLOW_OVERLAP = 4;

	/**
	 * The feature id for the '<em><b>Labels</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER__LABELS = 5;

	/**
	 * The feature id for the '<em><b>Features</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER__FEATURES = 6;

	/**
	 * The number of structural features of the '<em>Layer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Layer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.assay.model.impl.LabelImpl <em>Label</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.assay.model.impl.LabelImpl
	 * @see org.assay.model.impl.AssayPackageImpl#getLabel()
	 * @generated
	 */
	int LABEL = 3;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL__NAME = 0;

	/**
	 * The feature id for the '<em><b>Colour</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL__COLOUR = 1;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL__KEY = 2;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL__DESCRIPTION = 3;

	/**
	 * The feature id for the '<em><b>Layer</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL__LAYER = 4;

	/**
	 * The number of structural features of the '<em>Label</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Label</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.assay.model.impl.FeatureDefinitionImpl <em>Feature Definition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.assay.model.impl.FeatureDefinitionImpl
	 * @see org.assay.model.impl.AssayPackageImpl#getFeatureDefinition()
	 * @generated
	 */
	int FEATURE_DEFINITION = 4;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEATURE_DEFINITION__NAME = 0;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEATURE_DEFINITION__TYPE = 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEATURE_DEFINITION__DESCRIPTION = 2;

	/**
	 * The feature id for the '<em><b>Choices</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEATURE_DEFINITION__CHOICES = 3;

	/**
	 * The feature id for the '<em><b>Target Layers</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEATURE_DEFINITION__TARGET_LAYERS = 4;

	/**
	 * The feature id for the '<em><b>Required</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEATURE_DEFINITION__REQUIRED = 5;

	/**
	 * The feature id for the '<em><b>Multiple</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEATURE_DEFINITION__MULTIPLE = 6;

	/**
	 * The number of structural features of the '<em>Feature Definition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEATURE_DEFINITION_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Feature Definition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEATURE_DEFINITION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.assay.model.impl.DocumentImpl <em>Document</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.assay.model.impl.DocumentImpl
	 * @see org.assay.model.impl.AssayPackageImpl#getDocument()
	 * @generated
	 */
	int DOCUMENT = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__ID = 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__TITLE = 1;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__SOURCE = 2;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__DATE = 3;

	/**
	 * The feature id for the '<em><b>Language</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__LANGUAGE = 4;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__TEXT = 5;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__PROPERTIES = 6;

	/**
	 * The feature id for the '<em><b>Annotation Sets</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__ANNOTATION_SETS = 7;

	/**
	 * The feature id for the '<em><b>Tokens</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__TOKENS = 8;

	/**
	 * The number of structural features of the '<em>Document</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Document</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.assay.model.impl.AnnotationSetImpl <em>Annotation Set</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.assay.model.impl.AnnotationSetImpl
	 * @see org.assay.model.impl.AssayPackageImpl#getAnnotationSet()
	 * @generated
	 */
	int ANNOTATION_SET = 6;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION_SET__NAME = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION_SET__KIND = 1;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION_SET__OWNER = 2;

	/**
	 * The feature id for the '<em><b>State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION_SET__STATE = 3;

	/**
	 * The feature id for the '<em><b>Modified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION_SET__MODIFIED = 4;

	/**
	 * The feature id for the '<em><b>Run</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION_SET__RUN = 5;

	/**
	 * The feature id for the '<em><b>Annotations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION_SET__ANNOTATIONS = 6;

	/**
	 * The number of structural features of the '<em>Annotation Set</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION_SET_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Annotation Set</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION_SET_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.assay.model.impl.EngineRunImpl <em>Engine Run</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.assay.model.impl.EngineRunImpl
	 * @see org.assay.model.impl.AssayPackageImpl#getEngineRun()
	 * @generated
	 */
	int ENGINE_RUN = 7;

	/**
	 * The feature id for the '<em><b>Engine Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGINE_RUN__ENGINE_ID = 0;

	/**
	 * The feature id for the '<em><b>Engine Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGINE_RUN__ENGINE_VERSION = 1;

	/**
	 * The feature id for the '<em><b>Started</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGINE_RUN__STARTED = 2;

	/**
	 * The feature id for the '<em><b>Model</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGINE_RUN__MODEL = 3;

	/**
	 * The feature id for the '<em><b>Parameters</b></em>' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGINE_RUN__PARAMETERS = 4;

	/**
	 * The number of structural features of the '<em>Engine Run</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGINE_RUN_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Engine Run</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGINE_RUN_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.assay.model.impl.AnnotationImpl <em>Annotation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.assay.model.impl.AnnotationImpl
	 * @see org.assay.model.impl.AssayPackageImpl#getAnnotation()
	 * @generated
	 */
	int ANNOTATION = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__ID = 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__LABEL = 1;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__STATUS = 2;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__PROVENANCE = 3;

	/**
	 * The feature id for the '<em><b>Features</b></em>' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__FEATURES = 4;

	/**
	 * The number of structural features of the '<em>Annotation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Annotation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.assay.model.impl.SpanImpl <em>Span</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.assay.model.impl.SpanImpl
	 * @see org.assay.model.impl.AssayPackageImpl#getSpan()
	 * @generated
	 */
	int SPAN = 9;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPAN__ID = ANNOTATION__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPAN__LABEL = ANNOTATION__LABEL;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPAN__STATUS = ANNOTATION__STATUS;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPAN__PROVENANCE = ANNOTATION__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Features</b></em>' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPAN__FEATURES = ANNOTATION__FEATURES;

	/**
	 * The feature id for the '<em><b>Fragments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPAN__FRAGMENTS = ANNOTATION_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Span</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPAN_FEATURE_COUNT = ANNOTATION_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Span</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPAN_OPERATION_COUNT = ANNOTATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.assay.model.impl.DocumentLabelImpl <em>Document Label</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.assay.model.impl.DocumentLabelImpl
	 * @see org.assay.model.impl.AssayPackageImpl#getDocumentLabel()
	 * @generated
	 */
	int DOCUMENT_LABEL = 10;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_LABEL__ID = ANNOTATION__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_LABEL__LABEL = ANNOTATION__LABEL;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_LABEL__STATUS = ANNOTATION__STATUS;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_LABEL__PROVENANCE = ANNOTATION__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Features</b></em>' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_LABEL__FEATURES = ANNOTATION__FEATURES;

	/**
	 * The number of structural features of the '<em>Document Label</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_LABEL_FEATURE_COUNT = ANNOTATION_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Document Label</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_LABEL_OPERATION_COUNT = ANNOTATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.assay.model.impl.LinkImpl <em>Link</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.assay.model.impl.LinkImpl
	 * @see org.assay.model.impl.AssayPackageImpl#getLink()
	 * @generated
	 */
	int LINK = 11;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK__ID = ANNOTATION__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK__LABEL = ANNOTATION__LABEL;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK__STATUS = ANNOTATION__STATUS;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK__PROVENANCE = ANNOTATION__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Features</b></em>' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK__FEATURES = ANNOTATION__FEATURES;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK__ROLE = ANNOTATION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK__SOURCE = ANNOTATION_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK__TARGET = ANNOTATION_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Link</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK_FEATURE_COUNT = ANNOTATION_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Link</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK_OPERATION_COUNT = ANNOTATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.assay.model.impl.FragmentImpl <em>Fragment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.assay.model.impl.FragmentImpl
	 * @see org.assay.model.impl.AssayPackageImpl#getFragment()
	 * @generated
	 */
	int FRAGMENT = 12;

	/**
	 * The feature id for the '<em><b>Begin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAGMENT__BEGIN = 0;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAGMENT__END = 1;

	/**
	 * The number of structural features of the '<em>Fragment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAGMENT_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Fragment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAGMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.assay.model.impl.ProvenanceImpl <em>Provenance</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.assay.model.impl.ProvenanceImpl
	 * @see org.assay.model.impl.AssayPackageImpl#getProvenance()
	 * @generated
	 */
	int PROVENANCE = 13;

	/**
	 * The feature id for the '<em><b>Origin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVENANCE__ORIGIN = 0;

	/**
	 * The feature id for the '<em><b>Engine Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVENANCE__ENGINE_ID = 1;

	/**
	 * The feature id for the '<em><b>Engine Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVENANCE__ENGINE_VERSION = 2;

	/**
	 * The feature id for the '<em><b>Confidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVENANCE__CONFIDENCE = 3;

	/**
	 * The feature id for the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVENANCE__AUTHOR = 4;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVENANCE__CREATED = 5;

	/**
	 * The feature id for the '<em><b>Decided By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVENANCE__DECIDED_BY = 6;

	/**
	 * The feature id for the '<em><b>Decided</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVENANCE__DECIDED = 7;

	/**
	 * The feature id for the '<em><b>Source Set</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVENANCE__SOURCE_SET = 8;

	/**
	 * The feature id for the '<em><b>Source Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVENANCE__SOURCE_ID = 9;

	/**
	 * The feature id for the '<em><b>Proposed</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVENANCE__PROPOSED = 10;

	/**
	 * The number of structural features of the '<em>Provenance</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVENANCE_FEATURE_COUNT = 11;

	/**
	 * The number of operations of the '<em>Provenance</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVENANCE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.assay.model.impl.ProposalImpl <em>Proposal</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.assay.model.impl.ProposalImpl
	 * @see org.assay.model.impl.AssayPackageImpl#getProposal()
	 * @generated
	 */
	int PROPOSAL = 14;

	/**
	 * The feature id for the '<em><b>Label</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPOSAL__LABEL = 0;

	/**
	 * The feature id for the '<em><b>Fragments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPOSAL__FRAGMENTS = 1;

	/**
	 * The number of structural features of the '<em>Proposal</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPOSAL_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Proposal</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPOSAL_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.assay.model.LayerKind <em>Layer Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.assay.model.LayerKind
	 * @see org.assay.model.impl.AssayPackageImpl#getLayerKind()
	 * @generated
	 */
	int LAYER_KIND = 15;

	/**
	 * The meta object id for the '{@link org.assay.model.FeatureType <em>Feature Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.assay.model.FeatureType
	 * @see org.assay.model.impl.AssayPackageImpl#getFeatureType()
	 * @generated
	 */
	int FEATURE_TYPE = 16;

	/**
	 * The meta object id for the '{@link org.assay.model.AnnotationStatus <em>Annotation Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.assay.model.AnnotationStatus
	 * @see org.assay.model.impl.AssayPackageImpl#getAnnotationStatus()
	 * @generated
	 */
	int ANNOTATION_STATUS = 17;

	/**
	 * The meta object id for the '{@link org.assay.model.SetKind <em>Set Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.assay.model.SetKind
	 * @see org.assay.model.impl.AssayPackageImpl#getSetKind()
	 * @generated
	 */
	int SET_KIND = 18;

	/**
	 * The meta object id for the '{@link org.assay.model.WorkState <em>Work State</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.assay.model.WorkState
	 * @see org.assay.model.impl.AssayPackageImpl#getWorkState()
	 * @generated
	 */
	int WORK_STATE = 19;

	/**
	 * The meta object id for the '{@link org.assay.model.Origin <em>Origin</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.assay.model.Origin
	 * @see org.assay.model.impl.AssayPackageImpl#getOrigin()
	 * @generated
	 */
	int ORIGIN = 20;


	/**
	 * The meta object id for the '<em>Token Table</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.assay.model.support.TokenTable
	 * @see org.assay.model.impl.AssayPackageImpl#getTokenTable()
	 * @generated
	 */
	int TOKEN_TABLE = 21;


	/**
	 * Returns the meta object for class '{@link org.assay.model.Project <em>Project</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Project</em>'.
	 * @see org.assay.model.Project
	 * @generated
	 */
	EClass getProject();

	/**
	 * Returns the meta object for the attribute '{@link org.assay.model.Project#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.assay.model.Project#getName()
	 * @see #getProject()
	 * @generated
	 */
	EAttribute getProject_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.assay.model.Project#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.assay.model.Project#getDescription()
	 * @see #getProject()
	 * @generated
	 */
	EAttribute getProject_Description();

	/**
	 * Returns the meta object for the containment reference '{@link org.assay.model.Project#getSchema <em>Schema</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Schema</em>'.
	 * @see org.assay.model.Project#getSchema()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_Schema();

	/**
	 * Returns the meta object for the containment reference list '{@link org.assay.model.Project#getDocuments <em>Documents</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Documents</em>'.
	 * @see org.assay.model.Project#getDocuments()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_Documents();

	/**
	 * Returns the meta object for class '{@link org.assay.model.LabelSchema <em>Label Schema</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Label Schema</em>'.
	 * @see org.assay.model.LabelSchema
	 * @generated
	 */
	EClass getLabelSchema();

	/**
	 * Returns the meta object for the containment reference list '{@link org.assay.model.LabelSchema#getLayers <em>Layers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Layers</em>'.
	 * @see org.assay.model.LabelSchema#getLayers()
	 * @see #getLabelSchema()
	 * @generated
	 */
	EReference getLabelSchema_Layers();

	/**
	 * Returns the meta object for class '{@link org.assay.model.Layer <em>Layer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Layer</em>'.
	 * @see org.assay.model.Layer
	 * @generated
	 */
	EClass getLayer();

	/**
	 * Returns the meta object for the attribute '{@link org.assay.model.Layer#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.assay.model.Layer#getName()
	 * @see #getLayer()
	 * @generated
	 */
	EAttribute getLayer_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.assay.model.Layer#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.assay.model.Layer#getTitle()
	 * @see #getLayer()
	 * @generated
	 */
	EAttribute getLayer_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.assay.model.Layer#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.assay.model.Layer#getKind()
	 * @see #getLayer()
	 * @generated
	 */
	EAttribute getLayer_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.assay.model.Layer#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.assay.model.Layer#getDescription()
	 * @see #getLayer()
	 * @generated
	 */
	EAttribute getLayer_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.assay.model.Layer#isAllowOverlap <em>Allow Overlap</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Allow Overlap</em>'.
	 * @see org.assay.model.Layer#isAllowOverlap()
	 * @see #getLayer()
	 * @generated
	 */
	EAttribute getLayer_AllowOverlap();

	/**
	 * Returns the meta object for the containment reference list '{@link org.assay.model.Layer#getLabels <em>Labels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Labels</em>'.
	 * @see org.assay.model.Layer#getLabels()
	 * @see #getLayer()
	 * @generated
	 */
	EReference getLayer_Labels();

	/**
	 * Returns the meta object for the containment reference list '{@link org.assay.model.Layer#getFeatures <em>Features</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Features</em>'.
	 * @see org.assay.model.Layer#getFeatures()
	 * @see #getLayer()
	 * @generated
	 */
	EReference getLayer_Features();

	/**
	 * Returns the meta object for class '{@link org.assay.model.Label <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Label</em>'.
	 * @see org.assay.model.Label
	 * @generated
	 */
	EClass getLabel();

	/**
	 * Returns the meta object for the attribute '{@link org.assay.model.Label#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.assay.model.Label#getName()
	 * @see #getLabel()
	 * @generated
	 */
	EAttribute getLabel_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.assay.model.Label#getColour <em>Colour</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Colour</em>'.
	 * @see org.assay.model.Label#getColour()
	 * @see #getLabel()
	 * @generated
	 */
	EAttribute getLabel_Colour();

	/**
	 * Returns the meta object for the attribute '{@link org.assay.model.Label#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see org.assay.model.Label#getKey()
	 * @see #getLabel()
	 * @generated
	 */
	EAttribute getLabel_Key();

	/**
	 * Returns the meta object for the attribute '{@link org.assay.model.Label#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.assay.model.Label#getDescription()
	 * @see #getLabel()
	 * @generated
	 */
	EAttribute getLabel_Description();

	/**
	 * Returns the meta object for the container reference '{@link org.assay.model.Label#getLayer <em>Layer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Layer</em>'.
	 * @see org.assay.model.Label#getLayer()
	 * @see #getLabel()
	 * @generated
	 */
	EReference getLabel_Layer();

	/**
	 * Returns the meta object for class '{@link org.assay.model.FeatureDefinition <em>Feature Definition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Feature Definition</em>'.
	 * @see org.assay.model.FeatureDefinition
	 * @generated
	 */
	EClass getFeatureDefinition();

	/**
	 * Returns the meta object for the attribute '{@link org.assay.model.FeatureDefinition#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.assay.model.FeatureDefinition#getName()
	 * @see #getFeatureDefinition()
	 * @generated
	 */
	EAttribute getFeatureDefinition_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.assay.model.FeatureDefinition#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see org.assay.model.FeatureDefinition#getType()
	 * @see #getFeatureDefinition()
	 * @generated
	 */
	EAttribute getFeatureDefinition_Type();

	/**
	 * Returns the meta object for the attribute '{@link org.assay.model.FeatureDefinition#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.assay.model.FeatureDefinition#getDescription()
	 * @see #getFeatureDefinition()
	 * @generated
	 */
	EAttribute getFeatureDefinition_Description();

	/**
	 * Returns the meta object for the attribute list '{@link org.assay.model.FeatureDefinition#getChoices <em>Choices</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Choices</em>'.
	 * @see org.assay.model.FeatureDefinition#getChoices()
	 * @see #getFeatureDefinition()
	 * @generated
	 */
	EAttribute getFeatureDefinition_Choices();

	/**
	 * Returns the meta object for the reference list '{@link org.assay.model.FeatureDefinition#getTargetLayers <em>Target Layers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Target Layers</em>'.
	 * @see org.assay.model.FeatureDefinition#getTargetLayers()
	 * @see #getFeatureDefinition()
	 * @generated
	 */
	EReference getFeatureDefinition_TargetLayers();

	/**
	 * Returns the meta object for the attribute '{@link org.assay.model.FeatureDefinition#isRequired <em>Required</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Required</em>'.
	 * @see org.assay.model.FeatureDefinition#isRequired()
	 * @see #getFeatureDefinition()
	 * @generated
	 */
	EAttribute getFeatureDefinition_Required();

	/**
	 * Returns the meta object for the attribute '{@link org.assay.model.FeatureDefinition#isMultiple <em>Multiple</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Multiple</em>'.
	 * @see org.assay.model.FeatureDefinition#isMultiple()
	 * @see #getFeatureDefinition()
	 * @generated
	 */
	EAttribute getFeatureDefinition_Multiple();

	/**
	 * Returns the meta object for class '{@link org.assay.model.Document <em>Document</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Document</em>'.
	 * @see org.assay.model.Document
	 * @generated
	 */
	EClass getDocument();

	/**
	 * Returns the meta object for the attribute '{@link org.assay.model.Document#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.assay.model.Document#getId()
	 * @see #getDocument()
	 * @generated
	 */
	EAttribute getDocument_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.assay.model.Document#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.assay.model.Document#getTitle()
	 * @see #getDocument()
	 * @generated
	 */
	EAttribute getDocument_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.assay.model.Document#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see org.assay.model.Document#getSource()
	 * @see #getDocument()
	 * @generated
	 */
	EAttribute getDocument_Source();

	/**
	 * Returns the meta object for the attribute '{@link org.assay.model.Document#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.assay.model.Document#getDate()
	 * @see #getDocument()
	 * @generated
	 */
	EAttribute getDocument_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.assay.model.Document#getLanguage <em>Language</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Language</em>'.
	 * @see org.assay.model.Document#getLanguage()
	 * @see #getDocument()
	 * @generated
	 */
	EAttribute getDocument_Language();

	/**
	 * Returns the meta object for the attribute '{@link org.assay.model.Document#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.assay.model.Document#getText()
	 * @see #getDocument()
	 * @generated
	 */
	EAttribute getDocument_Text();

	/**
	 * Returns the meta object for the map '{@link org.assay.model.Document#getProperties <em>Properties</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the map '<em>Properties</em>'.
	 * @see org.assay.model.Document#getProperties()
	 * @see #getDocument()
	 * @generated
	 */
	EReference getDocument_Properties();

	/**
	 * Returns the meta object for the containment reference list '{@link org.assay.model.Document#getAnnotationSets <em>Annotation Sets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Annotation Sets</em>'.
	 * @see org.assay.model.Document#getAnnotationSets()
	 * @see #getDocument()
	 * @generated
	 */
	EReference getDocument_AnnotationSets();

	/**
	 * Returns the meta object for the attribute '{@link org.assay.model.Document#getTokens <em>Tokens</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tokens</em>'.
	 * @see org.assay.model.Document#getTokens()
	 * @see #getDocument()
	 * @generated
	 */
	EAttribute getDocument_Tokens();

	/**
	 * Returns the meta object for class '{@link org.assay.model.AnnotationSet <em>Annotation Set</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Annotation Set</em>'.
	 * @see org.assay.model.AnnotationSet
	 * @generated
	 */
	EClass getAnnotationSet();

	/**
	 * Returns the meta object for the attribute '{@link org.assay.model.AnnotationSet#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.assay.model.AnnotationSet#getName()
	 * @see #getAnnotationSet()
	 * @generated
	 */
	EAttribute getAnnotationSet_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.assay.model.AnnotationSet#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.assay.model.AnnotationSet#getKind()
	 * @see #getAnnotationSet()
	 * @generated
	 */
	EAttribute getAnnotationSet_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.assay.model.AnnotationSet#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Owner</em>'.
	 * @see org.assay.model.AnnotationSet#getOwner()
	 * @see #getAnnotationSet()
	 * @generated
	 */
	EAttribute getAnnotationSet_Owner();

	/**
	 * Returns the meta object for the attribute '{@link org.assay.model.AnnotationSet#getState <em>State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>State</em>'.
	 * @see org.assay.model.AnnotationSet#getState()
	 * @see #getAnnotationSet()
	 * @generated
	 */
	EAttribute getAnnotationSet_State();

	/**
	 * Returns the meta object for the attribute '{@link org.assay.model.AnnotationSet#getModified <em>Modified</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Modified</em>'.
	 * @see org.assay.model.AnnotationSet#getModified()
	 * @see #getAnnotationSet()
	 * @generated
	 */
	EAttribute getAnnotationSet_Modified();

	/**
	 * Returns the meta object for the containment reference '{@link org.assay.model.AnnotationSet#getRun <em>Run</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Run</em>'.
	 * @see org.assay.model.AnnotationSet#getRun()
	 * @see #getAnnotationSet()
	 * @generated
	 */
	EReference getAnnotationSet_Run();

	/**
	 * Returns the meta object for the containment reference list '{@link org.assay.model.AnnotationSet#getAnnotations <em>Annotations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Annotations</em>'.
	 * @see org.assay.model.AnnotationSet#getAnnotations()
	 * @see #getAnnotationSet()
	 * @generated
	 */
	EReference getAnnotationSet_Annotations();

	/**
	 * Returns the meta object for class '{@link org.assay.model.EngineRun <em>Engine Run</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Engine Run</em>'.
	 * @see org.assay.model.EngineRun
	 * @generated
	 */
	EClass getEngineRun();

	/**
	 * Returns the meta object for the attribute '{@link org.assay.model.EngineRun#getEngineId <em>Engine Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Engine Id</em>'.
	 * @see org.assay.model.EngineRun#getEngineId()
	 * @see #getEngineRun()
	 * @generated
	 */
	EAttribute getEngineRun_EngineId();

	/**
	 * Returns the meta object for the attribute '{@link org.assay.model.EngineRun#getEngineVersion <em>Engine Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Engine Version</em>'.
	 * @see org.assay.model.EngineRun#getEngineVersion()
	 * @see #getEngineRun()
	 * @generated
	 */
	EAttribute getEngineRun_EngineVersion();

	/**
	 * Returns the meta object for the attribute '{@link org.assay.model.EngineRun#getStarted <em>Started</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Started</em>'.
	 * @see org.assay.model.EngineRun#getStarted()
	 * @see #getEngineRun()
	 * @generated
	 */
	EAttribute getEngineRun_Started();

	/**
	 * Returns the meta object for the attribute '{@link org.assay.model.EngineRun#getModel <em>Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Model</em>'.
	 * @see org.assay.model.EngineRun#getModel()
	 * @see #getEngineRun()
	 * @generated
	 */
	EAttribute getEngineRun_Model();

	/**
	 * Returns the meta object for the map '{@link org.assay.model.EngineRun#getParameters <em>Parameters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the map '<em>Parameters</em>'.
	 * @see org.assay.model.EngineRun#getParameters()
	 * @see #getEngineRun()
	 * @generated
	 */
	EReference getEngineRun_Parameters();

	/**
	 * Returns the meta object for class '{@link org.assay.model.Annotation <em>Annotation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Annotation</em>'.
	 * @see org.assay.model.Annotation
	 * @generated
	 */
	EClass getAnnotation();

	/**
	 * Returns the meta object for the attribute '{@link org.assay.model.Annotation#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.assay.model.Annotation#getId()
	 * @see #getAnnotation()
	 * @generated
	 */
	EAttribute getAnnotation_Id();

	/**
	 * Returns the meta object for the reference '{@link org.assay.model.Annotation#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Label</em>'.
	 * @see org.assay.model.Annotation#getLabel()
	 * @see #getAnnotation()
	 * @generated
	 */
	EReference getAnnotation_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.assay.model.Annotation#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.assay.model.Annotation#getStatus()
	 * @see #getAnnotation()
	 * @generated
	 */
	EAttribute getAnnotation_Status();

	/**
	 * Returns the meta object for the containment reference '{@link org.assay.model.Annotation#getProvenance <em>Provenance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Provenance</em>'.
	 * @see org.assay.model.Annotation#getProvenance()
	 * @see #getAnnotation()
	 * @generated
	 */
	EReference getAnnotation_Provenance();

	/**
	 * Returns the meta object for the map '{@link org.assay.model.Annotation#getFeatures <em>Features</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the map '<em>Features</em>'.
	 * @see org.assay.model.Annotation#getFeatures()
	 * @see #getAnnotation()
	 * @generated
	 */
	EReference getAnnotation_Features();

	/**
	 * Returns the meta object for class '{@link org.assay.model.Span <em>Span</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Span</em>'.
	 * @see org.assay.model.Span
	 * @generated
	 */
	EClass getSpan();

	/**
	 * Returns the meta object for the containment reference list '{@link org.assay.model.Span#getFragments <em>Fragments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Fragments</em>'.
	 * @see org.assay.model.Span#getFragments()
	 * @see #getSpan()
	 * @generated
	 */
	EReference getSpan_Fragments();

	/**
	 * Returns the meta object for class '{@link org.assay.model.DocumentLabel <em>Document Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Document Label</em>'.
	 * @see org.assay.model.DocumentLabel
	 * @generated
	 */
	EClass getDocumentLabel();

	/**
	 * Returns the meta object for class '{@link org.assay.model.Link <em>Link</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Link</em>'.
	 * @see org.assay.model.Link
	 * @generated
	 */
	EClass getLink();

	/**
	 * Returns the meta object for the attribute '{@link org.assay.model.Link#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see org.assay.model.Link#getRole()
	 * @see #getLink()
	 * @generated
	 */
	EAttribute getLink_Role();

	/**
	 * Returns the meta object for the reference '{@link org.assay.model.Link#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Source</em>'.
	 * @see org.assay.model.Link#getSource()
	 * @see #getLink()
	 * @generated
	 */
	EReference getLink_Source();

	/**
	 * Returns the meta object for the reference '{@link org.assay.model.Link#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target</em>'.
	 * @see org.assay.model.Link#getTarget()
	 * @see #getLink()
	 * @generated
	 */
	EReference getLink_Target();

	/**
	 * Returns the meta object for class '{@link org.assay.model.Fragment <em>Fragment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Fragment</em>'.
	 * @see org.assay.model.Fragment
	 * @generated
	 */
	EClass getFragment();

	/**
	 * Returns the meta object for the attribute '{@link org.assay.model.Fragment#getBegin <em>Begin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Begin</em>'.
	 * @see org.assay.model.Fragment#getBegin()
	 * @see #getFragment()
	 * @generated
	 */
	EAttribute getFragment_Begin();

	/**
	 * Returns the meta object for the attribute '{@link org.assay.model.Fragment#getEnd <em>End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End</em>'.
	 * @see org.assay.model.Fragment#getEnd()
	 * @see #getFragment()
	 * @generated
	 */
	EAttribute getFragment_End();

	/**
	 * Returns the meta object for class '{@link org.assay.model.Provenance <em>Provenance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Provenance</em>'.
	 * @see org.assay.model.Provenance
	 * @generated
	 */
	EClass getProvenance();

	/**
	 * Returns the meta object for the attribute '{@link org.assay.model.Provenance#getOrigin <em>Origin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Origin</em>'.
	 * @see org.assay.model.Provenance#getOrigin()
	 * @see #getProvenance()
	 * @generated
	 */
	EAttribute getProvenance_Origin();

	/**
	 * Returns the meta object for the attribute '{@link org.assay.model.Provenance#getEngineId <em>Engine Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Engine Id</em>'.
	 * @see org.assay.model.Provenance#getEngineId()
	 * @see #getProvenance()
	 * @generated
	 */
	EAttribute getProvenance_EngineId();

	/**
	 * Returns the meta object for the attribute '{@link org.assay.model.Provenance#getEngineVersion <em>Engine Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Engine Version</em>'.
	 * @see org.assay.model.Provenance#getEngineVersion()
	 * @see #getProvenance()
	 * @generated
	 */
	EAttribute getProvenance_EngineVersion();

	/**
	 * Returns the meta object for the attribute '{@link org.assay.model.Provenance#getConfidence <em>Confidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Confidence</em>'.
	 * @see org.assay.model.Provenance#getConfidence()
	 * @see #getProvenance()
	 * @generated
	 */
	EAttribute getProvenance_Confidence();

	/**
	 * Returns the meta object for the attribute '{@link org.assay.model.Provenance#getAuthor <em>Author</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Author</em>'.
	 * @see org.assay.model.Provenance#getAuthor()
	 * @see #getProvenance()
	 * @generated
	 */
	EAttribute getProvenance_Author();

	/**
	 * Returns the meta object for the attribute '{@link org.assay.model.Provenance#getCreated <em>Created</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created</em>'.
	 * @see org.assay.model.Provenance#getCreated()
	 * @see #getProvenance()
	 * @generated
	 */
	EAttribute getProvenance_Created();

	/**
	 * Returns the meta object for the attribute '{@link org.assay.model.Provenance#getDecidedBy <em>Decided By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Decided By</em>'.
	 * @see org.assay.model.Provenance#getDecidedBy()
	 * @see #getProvenance()
	 * @generated
	 */
	EAttribute getProvenance_DecidedBy();

	/**
	 * Returns the meta object for the attribute '{@link org.assay.model.Provenance#getDecided <em>Decided</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Decided</em>'.
	 * @see org.assay.model.Provenance#getDecided()
	 * @see #getProvenance()
	 * @generated
	 */
	EAttribute getProvenance_Decided();

	/**
	 * Returns the meta object for the attribute '{@link org.assay.model.Provenance#getSourceSet <em>Source Set</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source Set</em>'.
	 * @see org.assay.model.Provenance#getSourceSet()
	 * @see #getProvenance()
	 * @generated
	 */
	EAttribute getProvenance_SourceSet();

	/**
	 * Returns the meta object for the attribute '{@link org.assay.model.Provenance#getSourceId <em>Source Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source Id</em>'.
	 * @see org.assay.model.Provenance#getSourceId()
	 * @see #getProvenance()
	 * @generated
	 */
	EAttribute getProvenance_SourceId();

	/**
	 * Returns the meta object for the containment reference '{@link org.assay.model.Provenance#getProposed <em>Proposed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Proposed</em>'.
	 * @see org.assay.model.Provenance#getProposed()
	 * @see #getProvenance()
	 * @generated
	 */
	EReference getProvenance_Proposed();

	/**
	 * Returns the meta object for class '{@link org.assay.model.Proposal <em>Proposal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Proposal</em>'.
	 * @see org.assay.model.Proposal
	 * @generated
	 */
	EClass getProposal();

	/**
	 * Returns the meta object for the reference '{@link org.assay.model.Proposal#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Label</em>'.
	 * @see org.assay.model.Proposal#getLabel()
	 * @see #getProposal()
	 * @generated
	 */
	EReference getProposal_Label();

	/**
	 * Returns the meta object for the containment reference list '{@link org.assay.model.Proposal#getFragments <em>Fragments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Fragments</em>'.
	 * @see org.assay.model.Proposal#getFragments()
	 * @see #getProposal()
	 * @generated
	 */
	EReference getProposal_Fragments();

	/**
	 * Returns the meta object for enum '{@link org.assay.model.LayerKind <em>Layer Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Layer Kind</em>'.
	 * @see org.assay.model.LayerKind
	 * @generated
	 */
	EEnum getLayerKind();

	/**
	 * Returns the meta object for enum '{@link org.assay.model.FeatureType <em>Feature Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Feature Type</em>'.
	 * @see org.assay.model.FeatureType
	 * @generated
	 */
	EEnum getFeatureType();

	/**
	 * Returns the meta object for enum '{@link org.assay.model.AnnotationStatus <em>Annotation Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Annotation Status</em>'.
	 * @see org.assay.model.AnnotationStatus
	 * @generated
	 */
	EEnum getAnnotationStatus();

	/**
	 * Returns the meta object for enum '{@link org.assay.model.SetKind <em>Set Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Set Kind</em>'.
	 * @see org.assay.model.SetKind
	 * @generated
	 */
	EEnum getSetKind();

	/**
	 * Returns the meta object for enum '{@link org.assay.model.WorkState <em>Work State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Work State</em>'.
	 * @see org.assay.model.WorkState
	 * @generated
	 */
	EEnum getWorkState();

	/**
	 * Returns the meta object for enum '{@link org.assay.model.Origin <em>Origin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Origin</em>'.
	 * @see org.assay.model.Origin
	 * @generated
	 */
	EEnum getOrigin();

	/**
	 * Returns the meta object for data type '{@link org.assay.model.support.TokenTable <em>Token Table</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A document's tokens, sentences and token columns, immutable (org.assay.model.support.TokenTable).
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Token Table</em>'.
	 * @see org.assay.model.support.TokenTable
	 * @model instanceClass="org.assay.model.support.TokenTable" serializeable="false"
	 * @generated
	 */
	EDataType getTokenTable();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	AssayFactory getAssayFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.assay.model.impl.ProjectImpl <em>Project</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.assay.model.impl.ProjectImpl
		 * @see org.assay.model.impl.AssayPackageImpl#getProject()
		 * @generated
		 */
		EClass PROJECT = eINSTANCE.getProject();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT__NAME = eINSTANCE.getProject_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT__DESCRIPTION = eINSTANCE.getProject_Description();

		/**
		 * The meta object literal for the '<em><b>Schema</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__SCHEMA = eINSTANCE.getProject_Schema();

		/**
		 * The meta object literal for the '<em><b>Documents</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__DOCUMENTS = eINSTANCE.getProject_Documents();

		/**
		 * The meta object literal for the '{@link org.assay.model.impl.LabelSchemaImpl <em>Label Schema</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.assay.model.impl.LabelSchemaImpl
		 * @see org.assay.model.impl.AssayPackageImpl#getLabelSchema()
		 * @generated
		 */
		EClass LABEL_SCHEMA = eINSTANCE.getLabelSchema();

		/**
		 * The meta object literal for the '<em><b>Layers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LABEL_SCHEMA__LAYERS = eINSTANCE.getLabelSchema_Layers();

		/**
		 * The meta object literal for the '{@link org.assay.model.impl.LayerImpl <em>Layer</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.assay.model.impl.LayerImpl
		 * @see org.assay.model.impl.AssayPackageImpl#getLayer()
		 * @generated
		 */
		EClass LAYER = eINSTANCE.getLayer();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAYER__NAME = eINSTANCE.getLayer_Name();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAYER__TITLE = eINSTANCE.getLayer_Title();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAYER__KIND = eINSTANCE.getLayer_Kind();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAYER__DESCRIPTION = eINSTANCE.getLayer_Description();

		/**
		 * The meta object literal for the '<em><b>Allow Overlap</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAYER__ALLOW_OVERLAP = eINSTANCE.getLayer_AllowOverlap();

		/**
		 * The meta object literal for the '<em><b>Labels</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LAYER__LABELS = eINSTANCE.getLayer_Labels();

		/**
		 * The meta object literal for the '<em><b>Features</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LAYER__FEATURES = eINSTANCE.getLayer_Features();

		/**
		 * The meta object literal for the '{@link org.assay.model.impl.LabelImpl <em>Label</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.assay.model.impl.LabelImpl
		 * @see org.assay.model.impl.AssayPackageImpl#getLabel()
		 * @generated
		 */
		EClass LABEL = eINSTANCE.getLabel();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LABEL__NAME = eINSTANCE.getLabel_Name();

		/**
		 * The meta object literal for the '<em><b>Colour</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LABEL__COLOUR = eINSTANCE.getLabel_Colour();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LABEL__KEY = eINSTANCE.getLabel_Key();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LABEL__DESCRIPTION = eINSTANCE.getLabel_Description();

		/**
		 * The meta object literal for the '<em><b>Layer</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LABEL__LAYER = eINSTANCE.getLabel_Layer();

		/**
		 * The meta object literal for the '{@link org.assay.model.impl.FeatureDefinitionImpl <em>Feature Definition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.assay.model.impl.FeatureDefinitionImpl
		 * @see org.assay.model.impl.AssayPackageImpl#getFeatureDefinition()
		 * @generated
		 */
		EClass FEATURE_DEFINITION = eINSTANCE.getFeatureDefinition();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FEATURE_DEFINITION__NAME = eINSTANCE.getFeatureDefinition_Name();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FEATURE_DEFINITION__TYPE = eINSTANCE.getFeatureDefinition_Type();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FEATURE_DEFINITION__DESCRIPTION = eINSTANCE.getFeatureDefinition_Description();

		/**
		 * The meta object literal for the '<em><b>Choices</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FEATURE_DEFINITION__CHOICES = eINSTANCE.getFeatureDefinition_Choices();

		/**
		 * The meta object literal for the '<em><b>Target Layers</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FEATURE_DEFINITION__TARGET_LAYERS = eINSTANCE.getFeatureDefinition_TargetLayers();

		/**
		 * The meta object literal for the '<em><b>Required</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FEATURE_DEFINITION__REQUIRED = eINSTANCE.getFeatureDefinition_Required();

		/**
		 * The meta object literal for the '<em><b>Multiple</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FEATURE_DEFINITION__MULTIPLE = eINSTANCE.getFeatureDefinition_Multiple();

		/**
		 * The meta object literal for the '{@link org.assay.model.impl.DocumentImpl <em>Document</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.assay.model.impl.DocumentImpl
		 * @see org.assay.model.impl.AssayPackageImpl#getDocument()
		 * @generated
		 */
		EClass DOCUMENT = eINSTANCE.getDocument();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT__ID = eINSTANCE.getDocument_Id();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT__TITLE = eINSTANCE.getDocument_Title();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT__SOURCE = eINSTANCE.getDocument_Source();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT__DATE = eINSTANCE.getDocument_Date();

		/**
		 * The meta object literal for the '<em><b>Language</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT__LANGUAGE = eINSTANCE.getDocument_Language();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT__TEXT = eINSTANCE.getDocument_Text();

		/**
		 * The meta object literal for the '<em><b>Properties</b></em>' map feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DOCUMENT__PROPERTIES = eINSTANCE.getDocument_Properties();

		/**
		 * The meta object literal for the '<em><b>Annotation Sets</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DOCUMENT__ANNOTATION_SETS = eINSTANCE.getDocument_AnnotationSets();

		/**
		 * The meta object literal for the '<em><b>Tokens</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT__TOKENS = eINSTANCE.getDocument_Tokens();

		/**
		 * The meta object literal for the '{@link org.assay.model.impl.AnnotationSetImpl <em>Annotation Set</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.assay.model.impl.AnnotationSetImpl
		 * @see org.assay.model.impl.AssayPackageImpl#getAnnotationSet()
		 * @generated
		 */
		EClass ANNOTATION_SET = eINSTANCE.getAnnotationSet();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION_SET__NAME = eINSTANCE.getAnnotationSet_Name();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION_SET__KIND = eINSTANCE.getAnnotationSet_Kind();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION_SET__OWNER = eINSTANCE.getAnnotationSet_Owner();

		/**
		 * The meta object literal for the '<em><b>State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION_SET__STATE = eINSTANCE.getAnnotationSet_State();

		/**
		 * The meta object literal for the '<em><b>Modified</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION_SET__MODIFIED = eINSTANCE.getAnnotationSet_Modified();

		/**
		 * The meta object literal for the '<em><b>Run</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANNOTATION_SET__RUN = eINSTANCE.getAnnotationSet_Run();

		/**
		 * The meta object literal for the '<em><b>Annotations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANNOTATION_SET__ANNOTATIONS = eINSTANCE.getAnnotationSet_Annotations();

		/**
		 * The meta object literal for the '{@link org.assay.model.impl.EngineRunImpl <em>Engine Run</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.assay.model.impl.EngineRunImpl
		 * @see org.assay.model.impl.AssayPackageImpl#getEngineRun()
		 * @generated
		 */
		EClass ENGINE_RUN = eINSTANCE.getEngineRun();

		/**
		 * The meta object literal for the '<em><b>Engine Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENGINE_RUN__ENGINE_ID = eINSTANCE.getEngineRun_EngineId();

		/**
		 * The meta object literal for the '<em><b>Engine Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENGINE_RUN__ENGINE_VERSION = eINSTANCE.getEngineRun_EngineVersion();

		/**
		 * The meta object literal for the '<em><b>Started</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENGINE_RUN__STARTED = eINSTANCE.getEngineRun_Started();

		/**
		 * The meta object literal for the '<em><b>Model</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENGINE_RUN__MODEL = eINSTANCE.getEngineRun_Model();

		/**
		 * The meta object literal for the '<em><b>Parameters</b></em>' map feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENGINE_RUN__PARAMETERS = eINSTANCE.getEngineRun_Parameters();

		/**
		 * The meta object literal for the '{@link org.assay.model.impl.AnnotationImpl <em>Annotation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.assay.model.impl.AnnotationImpl
		 * @see org.assay.model.impl.AssayPackageImpl#getAnnotation()
		 * @generated
		 */
		EClass ANNOTATION = eINSTANCE.getAnnotation();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION__ID = eINSTANCE.getAnnotation_Id();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANNOTATION__LABEL = eINSTANCE.getAnnotation_Label();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION__STATUS = eINSTANCE.getAnnotation_Status();

		/**
		 * The meta object literal for the '<em><b>Provenance</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANNOTATION__PROVENANCE = eINSTANCE.getAnnotation_Provenance();

		/**
		 * The meta object literal for the '<em><b>Features</b></em>' map feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANNOTATION__FEATURES = eINSTANCE.getAnnotation_Features();

		/**
		 * The meta object literal for the '{@link org.assay.model.impl.SpanImpl <em>Span</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.assay.model.impl.SpanImpl
		 * @see org.assay.model.impl.AssayPackageImpl#getSpan()
		 * @generated
		 */
		EClass SPAN = eINSTANCE.getSpan();

		/**
		 * The meta object literal for the '<em><b>Fragments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SPAN__FRAGMENTS = eINSTANCE.getSpan_Fragments();

		/**
		 * The meta object literal for the '{@link org.assay.model.impl.DocumentLabelImpl <em>Document Label</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.assay.model.impl.DocumentLabelImpl
		 * @see org.assay.model.impl.AssayPackageImpl#getDocumentLabel()
		 * @generated
		 */
		EClass DOCUMENT_LABEL = eINSTANCE.getDocumentLabel();

		/**
		 * The meta object literal for the '{@link org.assay.model.impl.LinkImpl <em>Link</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.assay.model.impl.LinkImpl
		 * @see org.assay.model.impl.AssayPackageImpl#getLink()
		 * @generated
		 */
		EClass LINK = eINSTANCE.getLink();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LINK__ROLE = eINSTANCE.getLink_Role();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LINK__SOURCE = eINSTANCE.getLink_Source();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LINK__TARGET = eINSTANCE.getLink_Target();

		/**
		 * The meta object literal for the '{@link org.assay.model.impl.FragmentImpl <em>Fragment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.assay.model.impl.FragmentImpl
		 * @see org.assay.model.impl.AssayPackageImpl#getFragment()
		 * @generated
		 */
		EClass FRAGMENT = eINSTANCE.getFragment();

		/**
		 * The meta object literal for the '<em><b>Begin</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FRAGMENT__BEGIN = eINSTANCE.getFragment_Begin();

		/**
		 * The meta object literal for the '<em><b>End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FRAGMENT__END = eINSTANCE.getFragment_End();

		/**
		 * The meta object literal for the '{@link org.assay.model.impl.ProvenanceImpl <em>Provenance</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.assay.model.impl.ProvenanceImpl
		 * @see org.assay.model.impl.AssayPackageImpl#getProvenance()
		 * @generated
		 */
		EClass PROVENANCE = eINSTANCE.getProvenance();

		/**
		 * The meta object literal for the '<em><b>Origin</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVENANCE__ORIGIN = eINSTANCE.getProvenance_Origin();

		/**
		 * The meta object literal for the '<em><b>Engine Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVENANCE__ENGINE_ID = eINSTANCE.getProvenance_EngineId();

		/**
		 * The meta object literal for the '<em><b>Engine Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVENANCE__ENGINE_VERSION = eINSTANCE.getProvenance_EngineVersion();

		/**
		 * The meta object literal for the '<em><b>Confidence</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVENANCE__CONFIDENCE = eINSTANCE.getProvenance_Confidence();

		/**
		 * The meta object literal for the '<em><b>Author</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVENANCE__AUTHOR = eINSTANCE.getProvenance_Author();

		/**
		 * The meta object literal for the '<em><b>Created</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVENANCE__CREATED = eINSTANCE.getProvenance_Created();

		/**
		 * The meta object literal for the '<em><b>Decided By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVENANCE__DECIDED_BY = eINSTANCE.getProvenance_DecidedBy();

		/**
		 * The meta object literal for the '<em><b>Decided</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVENANCE__DECIDED = eINSTANCE.getProvenance_Decided();

		/**
		 * The meta object literal for the '<em><b>Source Set</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVENANCE__SOURCE_SET = eINSTANCE.getProvenance_SourceSet();

		/**
		 * The meta object literal for the '<em><b>Source Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVENANCE__SOURCE_ID = eINSTANCE.getProvenance_SourceId();

		/**
		 * The meta object literal for the '<em><b>Proposed</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROVENANCE__PROPOSED = eINSTANCE.getProvenance_Proposed();

		/**
		 * The meta object literal for the '{@link org.assay.model.impl.ProposalImpl <em>Proposal</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.assay.model.impl.ProposalImpl
		 * @see org.assay.model.impl.AssayPackageImpl#getProposal()
		 * @generated
		 */
		EClass PROPOSAL = eINSTANCE.getProposal();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROPOSAL__LABEL = eINSTANCE.getProposal_Label();

		/**
		 * The meta object literal for the '<em><b>Fragments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROPOSAL__FRAGMENTS = eINSTANCE.getProposal_Fragments();

		/**
		 * The meta object literal for the '{@link org.assay.model.LayerKind <em>Layer Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.assay.model.LayerKind
		 * @see org.assay.model.impl.AssayPackageImpl#getLayerKind()
		 * @generated
		 */
		EEnum LAYER_KIND = eINSTANCE.getLayerKind();

		/**
		 * The meta object literal for the '{@link org.assay.model.FeatureType <em>Feature Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.assay.model.FeatureType
		 * @see org.assay.model.impl.AssayPackageImpl#getFeatureType()
		 * @generated
		 */
		EEnum FEATURE_TYPE = eINSTANCE.getFeatureType();

		/**
		 * The meta object literal for the '{@link org.assay.model.AnnotationStatus <em>Annotation Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.assay.model.AnnotationStatus
		 * @see org.assay.model.impl.AssayPackageImpl#getAnnotationStatus()
		 * @generated
		 */
		EEnum ANNOTATION_STATUS = eINSTANCE.getAnnotationStatus();

		/**
		 * The meta object literal for the '{@link org.assay.model.SetKind <em>Set Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.assay.model.SetKind
		 * @see org.assay.model.impl.AssayPackageImpl#getSetKind()
		 * @generated
		 */
		EEnum SET_KIND = eINSTANCE.getSetKind();

		/**
		 * The meta object literal for the '{@link org.assay.model.WorkState <em>Work State</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.assay.model.WorkState
		 * @see org.assay.model.impl.AssayPackageImpl#getWorkState()
		 * @generated
		 */
		EEnum WORK_STATE = eINSTANCE.getWorkState();

		/**
		 * The meta object literal for the '{@link org.assay.model.Origin <em>Origin</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.assay.model.Origin
		 * @see org.assay.model.impl.AssayPackageImpl#getOrigin()
		 * @generated
		 */
		EEnum ORIGIN = eINSTANCE.getOrigin();

		/**
		 * The meta object literal for the '<em>Token Table</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.assay.model.support.TokenTable
		 * @see org.assay.model.impl.AssayPackageImpl#getTokenTable()
		 * @generated
		 */
		EDataType TOKEN_TABLE = eINSTANCE.getTokenTable();

	}

} //AssayPackage
