/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.assay.model.Annotation;
import org.assay.model.AnnotationSet;
import org.assay.model.AnnotationStatus;
import org.assay.model.Document;
import org.assay.model.Label;
import org.assay.model.Span;
import org.assay.model.support.SetNames;
import org.assay.model.support.Spans;
import org.assay.store.ProjectFolder;
import org.assay.ui.internal.editor.DocumentEditor;
import org.assay.ui.internal.editor.EditorCommandHandler;
import org.assay.ui.internal.views.PaletteView;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/** The label palette counts the editor's set as decisions are made, and applies a label like its key. */
@Order(9)
class PaletteViewTest {

	@Test
	void countsFollowDecisionsAndALabelAppliesFromThePalette() throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		window.getShell().setSize(1280, 860);
		ProjectFolder sample = UiTesting.sample();
		Document brokers = sample.project().getDocuments().get(2);
		AnnotationSet pat = SetNames.findOrCreate(brokers, "pat");
		for (Annotation a : SetNames.find(brokers, "gold").getAnnotations()) {
			if (a instanceof Span s && a.getLabel().getLayer().getName().equals("entity")) {
				Span copy = EcoreUtil.copy(s);
				copy.setStatus(AnnotationStatus.PROPOSED);
				pat.getAnnotations().add(copy);
			}
		}
		PaletteView palette = (PaletteView) window.getActivePage().showView(PaletteView.ID);
		DocumentEditor editor = DocumentEditor.open(window.getActivePage(), sample, brokers, "pat");
		Tree tree = palette.viewer().getTree();
		UiTesting.waitFor("the schema's span layers and document labels", 5_000, () -> tree.getItemCount() == 3);
		assertEquals("Entities", tree.getItem(0).getText(0));
		assertEquals("Claims", tree.getItem(1).getText(0));
		assertEquals("Document labels", tree.getItem(2).getText(0));
		assertEquals(8, tree.getItem(0).getItemCount(), "the entity labels");

		editor.moveToProposal(true);
		UiTesting.flush();
		Span first = editor.currentAnnotation();
		Label label = first.getLabel();
		int proposed = count(pat, label, true);
		assertEquals(String.valueOf(proposed), item(tree, label).getText(2));
		assertEquals("0", item(tree, label).getText(3));
		window.getService(IHandlerService.class).executeCommand(EditorCommandHandler.ACCEPT, null);
		UiTesting.waitFor("the palette to count the accept", 5_000,
				() -> item(tree, label).getText(3).equals("1") && item(tree, label).getText(2).equals(String.valueOf(proposed - 1)));

		// Enter on a label relabels the current annotation within its layer
		editor.moveToProposal(true);
		UiTesting.flush();
		Span second = editor.currentAnnotation();
		Label other = other(second.getLabel());
		int otherDecided = count(pat, other, false);
		open(palette, tree, other);
		UiTesting.waitFor("the relabel", 5_000, () -> second.getLabel() == other);
		assertEquals(AnnotationStatus.CORRECTED, second.getStatus());
		UiTesting.waitFor("the palette to count it", 5_000,
				() -> item(tree, other).getText(3).equals(String.valueOf(otherDecided + 1)));
		assertSame(editor, window.getActivePage().getActivePart(), "the editor has the keyboard back");

		// with text selected, a label marks a new span over it
		int privacy = brokers.getText().indexOf("location tracking");
		editor.textWidget().setSelection(privacy, privacy + "location tracking".length());
		Label cue = sample.project().getSchema().getLayers().get(1).getLabels().get(2);
		int spans = pat.getAnnotations().size();
		open(palette, tree, cue);
		UiTesting.waitFor("the new span", 5_000, () -> pat.getAnnotations().size() == spans + 1);
		Span marked = (Span) pat.getAnnotations().get(spans);
		assertEquals("CUE", marked.getLabel().getName());
		assertEquals("location tracking", Spans.coveredText(marked, brokers.getText()));
		UiTesting.waitFor("the claims layer to count it", 5_000, () -> item(tree, cue).getText(3).equals("1"));
		UiTesting.screenshot(window.getShell(), "palette-view");

		window.getActivePage().closeAllEditors(false);
		brokers.getAnnotationSets().remove(pat);
	}

	/** Selects the label's row and presses Enter on it (the tree's default selection). */
	private static void open(PaletteView palette, Tree tree, Label label) {
		palette.viewer().setSelection(new StructuredSelection(label), true);
		Event enter = new Event();
		enter.item = item(tree, label);
		tree.notifyListeners(SWT.DefaultSelection, enter);
		UiTesting.flush();
	}

	private static TreeItem item(Tree tree, Label label) {
		for (TreeItem layer : tree.getItems()) {
			for (TreeItem item : layer.getItems()) {
				if (item.getData() == label) {
					return item;
				}
			}
		}
		throw new AssertionError("no row for " + label.getName());
	}

	private static Label other(Label label) {
		String name = label.getName().equals("ORGANIZATION") ? "LOCATION" : "ORGANIZATION";
		return label.getLayer().getLabels().stream().filter(l -> l.getName().equals(name)).findFirst().orElseThrow();
	}

	private static int count(AnnotationSet set, Label label, boolean proposed) {
		return (int) set.getAnnotations().stream().filter(a -> a.getLabel() == label && a instanceof Span)
				.filter(a -> proposed ? a.getStatus() == AnnotationStatus.PROPOSED
						: a.getStatus() == AnnotationStatus.ACCEPTED || a.getStatus() == AnnotationStatus.CORRECTED)
				.count();
	}
}
