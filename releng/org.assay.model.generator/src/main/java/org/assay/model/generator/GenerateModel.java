/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.model.generator;

import java.io.File;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Generates the model and edit code of Assay outside Eclipse: refreshes the genmodel from the ecore (keeping
 * its settings), saves it, and runs EMF's generator for the model and edit projects.
 */
public final class GenerateModel {

	private GenerateModel() {
	}

	public static void main(String[] args) throws Exception {
		File bundles = new File(args.length > 0 ? args[0] : "bundles").getCanonicalFile();
		File modelDir = new File(bundles, "org.assay.model");
		File editDir = new File(bundles, "org.assay.model.edit");

		ResourceSet rs = new ResourceSetImpl();
		rs.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
		rs.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new XMIResourceFactoryImpl());
		rs.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
		rs.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
		rs.getURIConverter().getURIMap().put(URI.createPlatformResourceURI("/org.assay.model/", false),
				URI.createFileURI(modelDir.getPath() + "/"));
		rs.getURIConverter().getURIMap().put(URI.createPlatformResourceURI("/org.assay.model.edit/", false),
				URI.createFileURI(editDir.getPath() + "/"));
		EcorePlugin.getPlatformResourceMap().put("org.assay.model", URI.createFileURI(modelDir.getPath() + "/"));
		EcorePlugin.getPlatformResourceMap().put("org.assay.model.edit", URI.createFileURI(editDir.getPath() + "/"));

		URI genModelUri = URI.createPlatformResourceURI("/org.assay.model/model/assay.genmodel", true);
		URI ecoreUri = URI.createPlatformResourceURI("/org.assay.model/model/assay.ecore", true);
		GenModel template = (GenModel) rs.getResource(genModelUri, true).getContents().get(0);
		EPackage ePackage = (EPackage) rs.getResource(ecoreUri, true).getContents().get(0);

		GenModel genModel = GenModelFactory.eINSTANCE.createGenModel();
		Resource genResource = rs.createResource(genModelUri.appendFileExtension("new"));
		genResource.getContents().add(genModel);
		genModel.initialize(Collections.singleton(ePackage));
		genModel.getForeignModel().addAll(template.getForeignModel());
		genModel.reconcile(template);
		genResource.setURI(genModelUri);
		rs.getResources().remove(template.eResource());
		genResource.save(Collections.emptyMap());

		genModel.setCanGenerate(true);
		Diagnostic valid = genModel.diagnose();
		if (valid.getSeverity() == Diagnostic.ERROR) {
			throw new IllegalStateException("genmodel invalid: " + valid);
		}
		org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(
				GenModelPackage.eNS_URI, GenModelGeneratorAdapterFactory.DESCRIPTOR);
		Generator generator = new Generator();
		generator.setInput(genModel);
		for (String type : List.of(GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE)) {
			Diagnostic d = generator.generate(genModel, type, new BasicMonitor.Printing(System.out));
			if (d.getSeverity() == Diagnostic.ERROR) {
				throw new IllegalStateException(type + ": " + d);
			}
		}
		System.out.println("generated into " + modelDir + " and " + editDir);
	}
}
