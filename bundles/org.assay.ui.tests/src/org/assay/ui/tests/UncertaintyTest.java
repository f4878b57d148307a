/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.assay.model.AnnotationSet;
import org.assay.model.AnnotationStatus;
import org.assay.model.AssayFactory;
import org.assay.model.Document;
import org.assay.model.Provenance;
import org.assay.model.Span;
import org.assay.model.support.SetNames;
import org.assay.store.ProjectFolder;
import org.assay.ui.internal.editor.DocumentEditor;
import org.assay.ui.internal.editor.EditorCommandHandler;
import org.assay.ui.internal.preferences.AssayPreferencePage;
import org.assay.ui.internal.projects.ProjectNavigator;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/** Proposals walked from the least sure, a confidence threshold hiding the unsure ones, unsure documents first. */
@Order(19)
class UncertaintyTest {

	@Test
	void walkByUncertaintyHideBelowAThresholdAndOrderDocumentsByTheEnginesDoubt() throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		ProjectFolder sample = UiTesting.sample();
		Document d = sample.project().getDocuments().get(5);
		AnnotationSet una = SetNames.findOrCreate(d, "una");
		List<Span> spans = new ArrayList<>();
		double[] confidence = { 0.9, 0.3, 0.7, 0.45, 0.99 };
		int i = 0;
		for (var a : SetNames.find(d, "gold").getAnnotations()) {
			if (a instanceof Span s && i < confidence.length) {
				Span copy = EcoreUtil.copy(s);
				copy.setStatus(AnnotationStatus.PROPOSED);
				Provenance p = AssayFactory.eINSTANCE.createProvenance();
				p.setEngineId("entities");
				p.setConfidence(confidence[i++]);
				copy.setProvenance(p);
				una.getAnnotations().add(copy);
				spans.add(copy);
			}
		}
		DocumentEditor editor = DocumentEditor.open(page, sample, d, "una");
		UiTesting.flush();
		IHandlerService handlers = page.getWorkbenchWindow().getService(IHandlerService.class);
		handlers.executeCommand(EditorCommandHandler.BY_UNCERTAINTY, null); // Ctrl+Shift+U
		assertEquals(spans.get(1), editor.currentAnnotation(), "the least sure first (0.30)");
		handlers.executeCommand(EditorCommandHandler.NEXT, null);
		assertEquals(spans.get(3), editor.currentAnnotation(), "then 0.45");
		handlers.executeCommand(EditorCommandHandler.NEXT, null);
		assertEquals(spans.get(2), editor.currentAnnotation(), "then 0.70");
		int styled = editor.styleRanges().length;

		var prefs = InstanceScope.INSTANCE.getNode(AssayPreferencePage.NODE);
		prefs.put(AssayPreferencePage.MIN_CONFIDENCE, "0.5");
		try {
			editor.showSet("una");
			UiTesting.flush();
			assertTrue(editor.styleRanges().length < styled, "the unsure ones are not drawn");
			editor.walkByUncertainty(true);
			assertEquals(spans.get(2), editor.currentAnnotation(), "0.30 and 0.45 are hidden: 0.70 first");
			editor.walkByUncertainty(false);
			assertEquals(spans.get(0), editor.currentAnnotation(), "in text order, skipping the hidden");
			UiTesting.screenshot(page.getWorkbenchWindow().getShell(), "confidence-threshold");
		} finally {
			prefs.remove(AssayPreferencePage.MIN_CONFIDENCE);
		}

		// documents not started, the one the engine is least sure about first
		AnnotationSet doubt = SetNames.findOrCreate(sample.project().getDocuments().get(3), "engine:doubt");
		Span low = EcoreUtil.copy(spans.get(0));
		low.getProvenance().setConfidence(0.1);
		doubt.getAnnotations().add(low);
		ProjectNavigator navigator = (ProjectNavigator) page.showView(ProjectNavigator.ID);
		navigator.showUnsureFirst(true);
		UiTesting.flush();
		List<String> order = new ArrayList<>();
		for (TreeItem item : navigator.viewer().getTree().getItem(0).getItems()) {
			order.add(item.getText().substring(0, 8));
		}
		assertTrue(order.indexOf("Skyline ") < order.indexOf("Drought "), "the least sure before the sure: " + order);
		navigator.showUnsureFirst(false);
		page.closeAllEditors(false);
		d.getAnnotationSets().remove(una);
		sample.project().getDocuments().get(3).getAnnotationSets().remove(doubt);
	}
}
