/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.assay.model.AnnotationSet;
import org.assay.model.AssayPackage;
import org.assay.model.Document;
import org.assay.model.support.Schemas;
import org.assay.model.support.SetNames;
import org.assay.model.support.Spans;
import org.assay.model.support.StandardSchema;
import org.assay.store.ProjectFolder;
import org.assay.ui.internal.editor.DocumentEditor;
import org.assay.ui.internal.projects.OpenProjects;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A set file the open editor shows is changed behind it by another writer (a command line, another Assay, a
 * {@code git pull}): the editor notices on save and on activation, and offers to reload; keeping one's own work
 * never writes over the other change.
 */
@Order(21)
class ChangedOnDiskTest {

	private static final String TEXT = "Ann Lee met Bo Kim in Oslo.";

	@Test
	void theEditorOffersToReloadAndNeverOverwritesTheOtherChange(@TempDir Path dir) throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		ProjectFolder folder = meeting(dir, "ana");
		Document d = folder.document("meeting");
		try {
			DocumentEditor editor = editorWithBoKimAdded(window, folder);
			assertTrue(editor.isDirty());

			// the other writer: a command line that opens the project, adds Oslo and saves
			otherWriterAdds(folder.dir(), 22, 26);
			String theirs = Files.readString(folder.setFile(d, "ana"));

			// a save asks; Keep Mine keeps my work in the editor and the other change in the file
			String[] message = new String[1];
			answerNextDialog("changed-on-disk", "Keep Mine", message);
			editor.doSave(null);
			assertTrue(message[0].contains("'ana' of meeting was changed on disk"), message[0]);
			assertEquals(theirs, Files.readString(folder.setFile(d, "ana")), "not overwritten");
			assertTrue(editor.isDirty(), "my change is still there, unsaved");
			assertEquals(List.of("Ann Lee", "Bo Kim"), covered(editor.shownSet()));

			// activation does not ask again about a change the user kept their work over
			editor.setFocus();
			UiTesting.flush();
			assertFalse(dialogShown(), "not asked twice");

			// a second save asks again; Reload shows the file's set, and the save goes on
			answerNextDialog(null, "Reload", new String[1]);
			editor.doSave(null);
			assertEquals(List.of("Ann Lee", "Oslo"), covered(editor.shownSet()), "the other writer's set");
			assertFalse(editor.isDirty());
			assertEquals(List.of("Ann Lee", "Oslo"), covered(new ProjectFolderView(folder.dir()).ana()));

			// the other writer again, while the editor sits there with nothing unsaved: activating it reloads the
			// set without asking, and the status line says so
			otherWriterAdds(folder.dir(), 12, 18);
			Runnable stop = answerNextDialog(null, "Keep Mine", message);
			message[0] = null;
			editor.setFocus();
			UiTesting.waitFor("the reload on activation", 10_000, () -> editor.shownSet().getAnnotations().size() == 3);
			UiTesting.flush();
			stop.run();
			assertNull(message[0], "nothing unsaved, nothing asked");
			assertEquals(List.of("Ann Lee", "Bo Kim", "Oslo"), covered(editor.shownSet()));
			assertFalse(editor.isDirty());
			assertTrue(UiTesting.statusLine(window).contains("Reloaded 'ana': changed on disk"), UiTesting.statusLine(window));
		} finally {
			window.getActivePage().closeAllEditors(false);
			OpenProjects.get().close(folder);
		}
	}

	/**
	 * A save writes the sets the editor changed: another annotator's set that it only shows, changed on disk by
	 * its owner meanwhile (an overlap document on a shared folder), neither blocks the save nor is written over.
	 */
	@Test
	void aSaveWritesTheSetsTheEditorChangedNotAnotherWritersSetItOnlyShows(@TempDir Path dir) throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		ProjectFolder folder = meeting(dir, "ana", "bob");
		Document d = folder.document("meeting");
		try {
			DocumentEditor editor = editorWithBoKimAdded(window, folder);
			bobSavesOslo(folder.dir()); // bob saves his own set meanwhile
			String theirs = Files.readString(folder.setFile(d, "bob"));

			String[] message = new String[1];
			Runnable stop = answerNextDialog(null, "Keep Mine", message); // answers a dialog, should one come
			editor.doSave(null);
			UiTesting.flush();
			stop.run();
			assertEquals(null, message[0], "nothing to ask: bob's set is not written");
			assertFalse(editor.isDirty());
			assertEquals(List.of("Ann Lee", "Bo Kim"), covered(new ProjectFolderView(folder.dir()).ana()));
			assertEquals(theirs, Files.readString(folder.setFile(d, "bob")), "bob's change stays his");
		} finally {
			window.getActivePage().closeAllEditors(false);
			OpenProjects.get().close(folder);
		}
	}

	/**
	 * Another set the editor only shows, changed on disk while my change to my set is unsaved: activating the
	 * editor reloads that set without asking, and my change stays unsaved and undoable, to be saved as usual.
	 */
	@Test
	void aQuietReloadOfAnotherSetKeepsMyUnsavedChange(@TempDir Path dir) throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		ProjectFolder folder = meeting(dir, "ana", "bob");
		Document d = folder.document("meeting");
		try {
			DocumentEditor editor = editorWithBoKimAdded(window, folder);
			bobSavesOslo(folder.dir()); // bob saves his own set meanwhile

			String[] message = new String[1];
			Runnable stop = answerNextDialog(null, "Keep Mine", message); // answers a dialog, should one come
			editor.setFocus();
			UiTesting.waitFor("bob's set read again", 10_000, () -> SetNames.find(d, "bob").getAnnotations().size() == 2);
			UiTesting.flush();
			stop.run();
			assertNull(message[0], "nothing of mine in bob's set: nothing to ask");
			assertTrue(editor.isDirty(), "my change is still unsaved, not taken for saved");
			assertTrue(editor.domain().getCommandStack().canUndo(), "and still undoable");
			editor.doSave(null);
			assertFalse(editor.isDirty());
			assertEquals(List.of("Ann Lee", "Bo Kim"), covered(new ProjectFolderView(folder.dir()).ana()), "saved");
		} finally {
			window.getActivePage().closeAllEditors(false);
			OpenProjects.get().close(folder);
		}
	}

	/**
	 * An engine run whose offer to my set meets that set changed on disk by another writer fails as a unit: no file
	 * is written, and the model (what the editors show and a later save would write) holds none of it either.
	 */
	@Test
	void anEngineRunThatMeetsMySetChangedOnDiskLeavesNothingInTheModel(@TempDir Path dir) throws Exception {
		ProjectFolder folder = ProjectFolder.create(dir.resolve("p"), "Disk", StandardSchema.create());
		Document d = folder.addDocument("meeting", "Meeting", TEXT);
		String me = org.assay.ui.internal.editor.Annotators.current();
		AnnotationSet mine = SetNames.findOrCreate(d, me);
		mine.getAnnotations().add(Spans.create(label(folder, "PERSON"), 0, 7));
		folder.save(mine);
		List<org.assay.model.Annotation> before = List.copyOf(mine.getAnnotations());
		ProjectFolder other = ProjectFolder.open(folder.dir()); // another writer saves my set behind the workbench
		AnnotationSet theirs = SetNames.find(other.document("meeting"), me);
		theirs.getAnnotations().add(Spans.create(label(other, "LOCATION"), 22, 26));
		other.save(theirs);

		org.assay.ui.internal.engines.AnnotateJob.Outcome[] outcome = new org.assay.ui.internal.engines.AnnotateJob.Outcome[1];
		List<org.assay.uima.Engine> engines = org.assay.uima.Engines.all().stream()
				.filter(e -> e.id().equals("entities")).toList();
		new org.assay.ui.internal.engines.AnnotateJob(Display.getCurrent(), folder, List.of(d), engines, me,
				o -> outcome[0] = o).schedule();
		UiTesting.waitFor("the run's end", 60_000, () -> outcome[0] != null);
		assertTrue(outcome[0].error() != null && outcome[0].error().contains("changed on disk"), outcome[0].error());
		assertTrue(outcome[0].error().startsWith("the proposals were not kept"), outcome[0].error());
		assertTrue(d.getAnnotationSets().stream().noneMatch(s -> s.getName().startsWith("engine:")),
				"no engine's set is left in the model");
		assertTrue(before.equals(SetNames.find(d, me).getAnnotations()),
				"my set holds what it held, no proposal offered: " + SetNames.find(d, me).getAnnotations().size());
		assertFalse(Files.exists(folder.dir().resolve("annotations/meeting/engine%3Aentities.json")));
		assertEquals(2, SetNames.find(ProjectFolder.open(folder.dir()).document("meeting"), me).getAnnotations()
				.size(), "the other writer's save stands");
	}

	/** Another program's save of the set "ana", with one more PERSON span. */
	/** A project with the meeting, each of these sets holding "Ann Lee" and saved, open in the workbench. */
	private static ProjectFolder meeting(Path dir, String... sets) throws Exception {
		ProjectFolder folder = ProjectFolder.create(dir.resolve("p"), "Disk", StandardSchema.create());
		Document d = folder.addDocument("meeting", "Meeting", TEXT);
		for (String name : sets) {
			AnnotationSet set = SetNames.findOrCreate(d, name);
			set.getAnnotations().add(Spans.create(label(folder, "PERSON"), 0, 7));
			folder.save(set);
		}
		OpenProjects.get().add(folder);
		return folder;
	}

	/** The meeting open in ana's set, with my change in the editor: Bo Kim. */
	private static DocumentEditor editorWithBoKimAdded(IWorkbenchWindow window, ProjectFolder folder) {
		DocumentEditor editor = DocumentEditor.open(window.getActivePage(), folder, folder.document("meeting"), "ana");
		UiTesting.flush();
		editor.domain().getCommandStack().execute(AddCommand.create(editor.domain(), editor.shownSet(),
				AssayPackage.Literals.ANNOTATION_SET__ANNOTATIONS, Spans.create(label(folder, "PERSON"), 12, 18)));
		return editor;
	}

	/** Bob's program saves his set, with Oslo added. */
	private static void bobSavesOslo(Path project) throws Exception {
		ProjectFolder other = ProjectFolder.open(project);
		AnnotationSet bobs = SetNames.find(other.document("meeting"), "bob");
		bobs.getAnnotations().add(Spans.create(label(other, "LOCATION"), 22, 26));
		other.save(bobs);
	}

	private static void otherWriterAdds(Path project, int begin, int end) throws Exception {
		ProjectFolder other = ProjectFolder.open(project);
		AnnotationSet ana = SetNames.find(other.document("meeting"), "ana");
		ana.getAnnotations().add(Spans.create(label(other, "PERSON"), begin, end));
		other.save(ana);
	}

	private record ProjectFolderView(Path dir) {
		AnnotationSet ana() throws Exception {
			return SetNames.find(ProjectFolder.open(dir).document("meeting"), "ana");
		}
	}

	private static org.assay.model.Label label(ProjectFolder folder, String name) {
		return Schemas.label(folder.project().getSchema(), "entity", name);
	}

	private static List<String> covered(AnnotationSet set) {
		return set.getAnnotations().stream().map(a -> Spans.coveredText((org.assay.model.Span) a, TEXT)).sorted()
				.toList();
	}

	private static boolean dialogShown() {
		for (Shell s : Display.getCurrent().getShells()) {
			if (s.isVisible() && "Changed on Disk".equals(s.getText())) {
				return true;
			}
		}
		return false;
	}

	/** Watches for the next "Changed on Disk" dialog: keeps its text, screenshots it if named, presses a button. */
	private static Runnable answerNextDialog(String screenshot, String button, String[] message) {
		Display display = Display.getCurrent();
		Runnable[] poll = new Runnable[1];
		poll[0] = () -> {
			for (Shell s : display.getShells()) {
				if (s.isVisible() && "Changed on Disk".equals(s.getText())) {
					StringBuilder sb = new StringBuilder();
					texts(s, sb);
					message[0] = sb.toString();
					try {
						if (screenshot != null) {
							UiTesting.screenshot(s, screenshot);
						}
					} catch (Exception e) {
						throw new IllegalStateException(e);
					}
					UiTesting.press(s, button);
					return;
				}
			}
			display.timerExec(50, poll[0]);
		};
		display.timerExec(50, poll[0]);
		return () -> display.timerExec(-1, poll[0]); // stops watching
	}

	private static void texts(org.eclipse.swt.widgets.Composite c, StringBuilder sb) {
		for (org.eclipse.swt.widgets.Control child : c.getChildren()) {
			if (child instanceof org.eclipse.swt.widgets.Label l) {
				sb.append(l.getText()).append('\n');
			} else if (child instanceof org.eclipse.swt.widgets.Composite inner) {
				texts(inner, sb);
			}
		}
	}
}
