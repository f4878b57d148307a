/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;

import org.assay.model.Document;
import org.assay.model.support.SetNames;
import org.assay.store.ProjectFolder;
import org.assay.ui.internal.editor.DocumentEditor;
import org.assay.ui.internal.editor.DocumentEditorInput;
import org.assay.ui.internal.editor.DocumentInputFactory;
import org.assay.ui.internal.editor.RestoredEditors;
import org.assay.ui.internal.projects.ProjectNavigator;
import org.assay.ui.internal.team.CurationEditor;
import org.assay.ui.internal.team.CurationInput;
import org.assay.ui.internal.team.CurationInputFactory;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IPersistableElement;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.XMLMemento;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/** The document and curation editors of the last session open again on the next start; what cannot is closed. */
@Order(25)
class EditorRestoreTest {

	@Test
	void aDocumentEditorsInputIsKeptAndMadeAgainWhileItsProjectIsOpen() throws Exception {
		ProjectFolder sample = UiTesting.sample();
		Document wheat = sample.project().getDocuments().get(1);
		DocumentEditorInput input = new DocumentEditorInput(sample, wheat, "gold");
		IPersistableElement persistable = input.getPersistable();
		assertEquals(DocumentInputFactory.ID, persistable.getFactoryId());
		// through the workbench's saved state, as text
		XMLMemento saved = XMLMemento.createWriteRoot("editor");
		persistable.saveState(saved);
		StringWriter text = new StringWriter();
		saved.save(text);
		XMLMemento read = XMLMemento.createReadRoot(new StringReader(text.toString()));
		DocumentEditorInput again = (DocumentEditorInput) new DocumentInputFactory().createElement(read);
		assertEquals(input, again);
		assertEquals("gold", again.initialSet());

		XMLMemento elsewhere = XMLMemento.createWriteRoot("editor");
		elsewhere.putString("project", sample.dir().resolveSibling("not-open").toString());
		elsewhere.putString("document", wheat.getId());
		assertNull(new DocumentInputFactory().createElement(elsewhere), "a project no longer open: not restored");
		XMLMemento gone = XMLMemento.createWriteRoot("editor");
		gone.putString("project", sample.dir().toString());
		gone.putString("document", "no-such-document");
		assertNull(new DocumentInputFactory().createElement(gone), "a document no longer there: not restored");

		// a curation: the sets it curates from and into, while two of them are still there
		SetNames.findOrCreate(wheat, "cr1");
		SetNames.findOrCreate(wheat, "cr2");
		try {
			CurationInput curation = new CurationInput(sample, wheat, List.of("cr1", "cr2"), "gold");
			XMLMemento kept = XMLMemento.createWriteRoot("editor");
			curation.getPersistable().saveState(kept);
			StringWriter curationText = new StringWriter();
			kept.save(curationText);
			assertEquals(CurationInputFactory.ID, curation.getPersistable().getFactoryId());
			assertEquals(curation, new CurationInputFactory()
					.createElement(XMLMemento.createReadRoot(new StringReader(curationText.toString()))));
			wheat.getAnnotationSets().remove(SetNames.find(wheat, "cr2"));
			assertNull(new CurationInputFactory()
					.createElement(XMLMemento.createReadRoot(new StringReader(curationText.toString()))),
					"one set left: nothing to curate");
		} finally {
			wheat.getAnnotationSets().removeIf(set -> set.getName().startsWith("cr"));
		}
	}

	@Test
	void atStartUpWhatCanOpenAgainStays() throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		ProjectFolder sample = UiTesting.sample();
		Document wheat = sample.project().getDocuments().get(1);
		SetNames.findOrCreate(wheat, "cr1");
		SetNames.findOrCreate(wheat, "cr2");
		page.closeAllEditors(false);
		DocumentEditor.open(page, sample, wheat, "gold");
		CurationEditor.open(page, new CurationInput(sample, wheat, List.of("cr1", "cr2"), "cr3"));
		UiTesting.flush();
		assertEquals(2, page.getEditorReferences().length);
		try {
			RestoredEditors.closeUnrestorable(page);
			UiTesting.flush();
			List<String> left = Arrays.stream(page.getEditorReferences()).map(IEditorReference::getId).toList();
			assertEquals(List.of(DocumentEditor.ID, CurationEditor.ID), left, "the document and the curation stay");
		} finally {
			page.closeAllEditors(false);
			wheat.getAnnotationSets().removeIf(s -> s.getName().startsWith("cr"));
			assertNull(SetNames.find(wheat, "cr1"));
		}
	}

	/** At start-up the editor shown again takes the keyboard from the view the workbench activates. */
	@Test
	void atStartUpTheEditorShownAgainHasTheKeyboard() throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		ProjectFolder sample = UiTesting.sample();
		page.closeAllEditors(false);
		DocumentEditor wheat = DocumentEditor.open(page, sample, sample.project().getDocuments().get(1), "gold");
		try {
			page.activate(page.showView(ProjectNavigator.ID));
			UiTesting.flush();
			assertNotSame(wheat, page.getActivePart());
			RestoredEditors.activateShown(page);
			UiTesting.flush();
			assertSame(wheat, page.getActivePart());
			assertTrue(wheat.textWidget().isFocusControl(), "the text takes the keys");
		} finally {
			page.closeAllEditors(false);
		}
	}
}
