/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.assay.model.Annotation;
import org.assay.model.AnnotationSet;
import org.assay.model.AnnotationStatus;
import org.assay.model.Document;
import org.assay.model.Span;
import org.assay.model.support.SetNames;
import org.assay.model.support.Spans;
import org.assay.store.ProjectFolder;
import org.assay.ui.internal.editor.DocumentEditor;
import org.assay.ui.internal.editor.EditorCommandHandler;
import org.assay.ui.internal.views.AnnotationsView;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/** The annotations view follows the editor, and the editor follows the view. */
@Order(4)
class AnnotationsViewTest {

	@Test
	void theTableListsFiltersAndFollowsTheEditor() throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		ProjectFolder sample = UiTesting.sample();
		Document trade = sample.project().getDocuments().get(5);
		AnnotationSet lee = SetNames.findOrCreate(trade, "lee");
		for (Annotation a : SetNames.find(trade, "gold").getAnnotations()) {
			if (a instanceof Span s && a.getLabel().getLayer().getName().equals("entity")) {
				Span copy = EcoreUtil.copy(s);
				copy.setStatus(AnnotationStatus.PROPOSED);
				lee.getAnnotations().add(copy);
			}
		}
		AnnotationsView view = (AnnotationsView) window.getActivePage().showView(AnnotationsView.ID);
		DocumentEditor editor = DocumentEditor.open(window.getActivePage(), sample, trade, "lee");
		UiTesting.waitFor("the rows", 5_000, () -> view.viewer().getTable().getItemCount() == lee.getAnnotations().size());

		Span geneva = (Span) lee.getAnnotations().stream()
				.filter(a -> Spans.coveredText((Span) a, trade.getText()).equals("Geneva")).findFirst().orElseThrow();
		view.viewer().setSelection(new StructuredSelection(geneva), true);
		UiTesting.flush();
		assertSame(geneva, editor.currentAnnotation(), "a row selects its span in the editor");
		assertEquals(Spans.begin(geneva), editor.textWidget().getSelection().x);

		window.getService(IHandlerService.class).executeCommand(EditorCommandHandler.ACCEPT, null);
		window.getService(IHandlerService.class).executeCommand(EditorCommandHandler.NEXT, null);
		UiTesting.waitFor("the view to follow", 5_000,
				() -> view.viewer().getStructuredSelection().getFirstElement() == editor.currentAnnotation());
		UiTesting.waitFor("the status to show", 5_000, () -> {
			for (TableItem item : view.viewer().getTable().getItems()) {
				if (item.getData() == geneva) {
					return item.getText(2).equals("accepted") && item.getText(5).length() > 0;
				}
			}
			return false;
		});

		// a decision changes what the rows say (the table asks again); a delete and its undo change which rows there are
		int rows = view.viewer().getTable().getItemCount();
		window.getService(IHandlerService.class).executeCommand(EditorCommandHandler.DELETE, null);
		UiTesting.waitFor("the deleted row to go", 5_000, () -> view.viewer().getTable().getItemCount() == rows - 1);
		editor.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.UNDO.getId()).run();
		UiTesting.waitFor("the row to come back", 5_000, () -> view.viewer().getTable().getItemCount() == rows);

		view.filter().setText("PERSON");
		UiTesting.flush();
		int persons = (int) lee.getAnnotations().stream().filter(a -> a.getLabel().getName().equals("PERSON")).count();
		assertEquals(persons, view.viewer().getTable().getItemCount());
		assertTrue(persons > 0);
		UiTesting.screenshot(window.getShell(), "annotations-view");
		view.filter().setText("");

		// the filter also matches the engine and who decided, as the columns show them
		Span learned = (Span) lee.getAnnotations().stream().filter(a -> a.getStatus() == AnnotationStatus.PROPOSED)
				.findFirst().orElseThrow();
		org.assay.model.Provenance engine = org.assay.model.AssayFactory.eINSTANCE.createProvenance();
		engine.setOrigin(org.assay.model.Origin.ENGINE);
		engine.setEngineId("learned");
		learned.setProvenance(engine);
		view.filter().setText("Learned");
		UiTesting.flush();
		assertEquals(1, view.viewer().getTable().getItemCount(), "the engine's proposal");
		view.filter().setText(geneva.getProvenance().getDecidedBy());
		UiTesting.flush();
		assertEquals(1, view.viewer().getTable().getItemCount(), "what that annotator decided");
		assertEquals("Geneva", view.viewer().getTable().getItem(0).getText(1));
		view.filter().setText("");

		// the key overview lists the bindings as they are and the labels' keys
		String[] overview = new String[1];
		UiTesting.closeNextMessage("Keys of the document editor", overview);
		window.getService(IHandlerService.class).executeCommand("org.assay.ui.commands.showKeys", null);
		UiTesting.waitFor("the key overview", 5_000, () -> overview[0] != null);
		assertTrue(overview[0].matches("(?s).*Tab\\s+Next Proposal.*"), overview[0]);
		assertTrue(overview[0].matches("(?s).*Enter\\s+Accept Annotation.*"), overview[0]);
		assertTrue(overview[0].contains("Label or mark as PERSON (entity)"), overview[0]);
		assertTrue(overview[0].matches("(?s).*Alt\\+C\\s+Link .*"), "every binding, the claim links too: " + overview[0]);
		assertTrue(overview[0].matches("(?s).*Alt\\+U\\s+Link .*"), overview[0]);
		assertTrue(overview[0].matches("(?s).*Alt\\+Page ?Down\\s+Next Document.*"), overview[0]);
		assertTrue(overview[0].matches("(?s).*(Ctrl\\+Shift|Shift\\+Ctrl)\\+F\\s+Find.*"), "and the other Assay commands with a key: " + overview[0]);
		assertTrue(overview[0].contains("1  Label the document NEWS"), "document labels by key: " + overview[0]);
		window.getActivePage().closeAllEditors(false);
		trade.getAnnotationSets().remove(lee);
	}
}
