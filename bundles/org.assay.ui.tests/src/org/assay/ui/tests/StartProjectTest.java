/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;

import org.assay.model.AnnotationSet;
import org.assay.model.Document;
import org.assay.model.WorkState;
import org.assay.model.support.SetNames;
import org.assay.model.support.StandardSchema;
import org.assay.store.Assignments;
import org.assay.store.ProjectFolder;
import org.assay.ui.internal.editor.Annotators;
import org.assay.ui.internal.editor.DocumentEditorInput;
import org.assay.ui.internal.projects.OpenProjects;
import org.assay.ui.internal.projects.ProjectNavigator;
import org.assay.ui.internal.projects.StartProject;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code assay PROJECT}: the workbench opens the project the launcher names and shows the annotator's next document. */
class StartProjectTest {

	@Test
	void theNamedProjectOpensWithTheAnnotatorsNextDocument(@TempDir Path dir) throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		page.closeAllEditors(false);
		String me = Annotators.current();
		ProjectFolder made = ProjectFolder.create(dir.resolve("team"), "Team", StandardSchema.create());
		made.addDocument("a", "Harbour vote", "The harbour board voted on Thursday.");
		made.addDocument("b", "Wheat prices", "Wheat prices rose in Winnipeg.");
		made.addDocument("c", "Tram line", "The council backed the tram line.");
		Document a = made.project().getDocuments().get(0);
		AnnotationSet done = SetNames.findOrCreate(a, me);
		done.setState(WorkState.DONE);
		made.save(done);
		Assignments assignments = new Assignments();
		assignments.assign("a", me);
		assignments.assign("c", me);
		assignments.assign("b", "someone-else");
		assignments.write(made.dir());

		assertNull(StartProject.open(), "no project named, none opened");
		System.setProperty(StartProject.PROPERTY, made.dir().toString());
		ProjectFolder folder = null;
		try {
			folder = StartProject.open();
			assertNotNull(folder);
			assertEquals(folder, OpenProjects.get().find(made.dir()), "open beside the others");
			StartProject.show(page, folder);
			UiTesting.flush();
			DocumentEditorInput input = (DocumentEditorInput) page.getActiveEditor().getEditorInput();
			assertEquals("c", input.document().getId(), "a is done and b is someone else's: c is next");
			ProjectNavigator navigator = (ProjectNavigator) page.findView(ProjectNavigator.ID);
			assertEquals(List.of(folder), ((IStructuredSelection) navigator.getSite().getSelectionProvider().getSelection())
					.toList(), "the project is selected in the navigator");
			UiTesting.screenshot(page.getWorkbenchWindow().getShell(), "start-project");

			page.activate(navigator); // the navigator has the keys, as after a start with the editor restored
			StartProject.show(page, folder); // again: an editor shows the project already
			UiTesting.flush();
			assertEquals(1, page.getEditorReferences().length, "no second editor");
			assertEquals(page.getActiveEditor(), page.getActivePart(), "the editor has the keys");
		} finally {
			System.clearProperty(StartProject.PROPERTY);
			page.closeAllEditors(false);
			if (folder != null) {
				OpenProjects.get().close(folder);
			}
		}
	}
}
