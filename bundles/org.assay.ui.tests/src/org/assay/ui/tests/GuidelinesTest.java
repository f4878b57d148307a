/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.assay.model.support.Schemas;
import org.assay.store.Guidelines;
import org.assay.store.ProjectFolder;
import org.assay.model.support.StandardSchema;
import org.assay.ui.internal.editor.DocumentEditor;
import org.assay.ui.internal.guidelines.GuidelinesView;
import org.assay.ui.internal.views.ClaimsView;
import org.assay.ui.internal.views.PaletteView;
import org.assay.ui.internal.views.PropertiesView;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The project's guidelines beside the text, opened at a label's section from the palette; Properties beside Claims. */
@Order(15)
class GuidelinesTest {

	@Test
	void theSampleCarriesGuidelinesAndThePaletteOpensALabelsSection() throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		IWorkbenchPage page = window.getActivePage();
		ProjectFolder sample = UiTesting.sample();
		assertTrue(Files.isRegularFile(sample.dir().resolve(Guidelines.MARKDOWN)), "the sample ships its guidelines");
		DocumentEditor.open(page, sample, sample.project().getDocuments().get(0), "gold");
		PaletteView palette = (PaletteView) page.showView(PaletteView.ID);
		UiTesting.flush();

		GuidelinesView view = palette.showGuidelines(Schemas.label(sample.project().getSchema(), "entity", "MONEY"));
		assertNotNull(view);
		UiTesting.flush();
		String text = view.text().getText();
		assertTrue(text.startsWith("Annotation guidelines for the sample project"), text);
		assertTrue(!text.contains("##") && !text.contains("**"), "rendered, not raw Markdown");
		Point heading = view.text().getSelection();
		assertEquals("MONEY", text.substring(heading.x, heading.y), "the label's section is selected");
		assertTrue(view.text().getTopIndex() > 0, "and scrolled to");
		UiTesting.screenshot(window.getShell(), "guidelines-view");

		IViewPart claims = page.showView(ClaimsView.ID);
		IViewPart properties = page.showView(PropertiesView.ID);
		UiTesting.flush();
		assertTrue(page.isPartVisible(claims) && page.isPartVisible(properties), "Properties opens beside Claims");
		page.hideView(properties);
		page.hideView(view);
		page.closeAllEditors(false);
	}

	@Test
	void aProjectWithoutGuidelinesSaysHowToAddThemAndHtmlReadsAsText(@TempDir Path dir) throws Exception {
		ProjectFolder bare = ProjectFolder.create(Files.createDirectories(dir.resolve("bare")), "Bare", StandardSchema.create());
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		GuidelinesView view = GuidelinesView.open(page, bare, null);
		assertTrue(view.text().getText().contains("has no guidelines yet"), view.text().getText());
		Files.writeString(bare.dir().resolve(Guidelines.HTML),
				"<html><head><title>x</title></head><body><h1>Rules</h1><h2>PERSON</h2><p>A named <b>person</b>.</p>"
						+ "<ul><li>one</li><li>two &amp; three</li></ul></body></html>");
		view.show(bare);
		assertEquals("Rules\n\nPERSON\n\nA named person.\n\n\u2022 one\n\u2022 two & three\n", view.text().getText());
		assertTrue(view.showSection("person"));
		page.hideView(view);
	}
}
