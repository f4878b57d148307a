/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.assay.model.AnnotationSet;
import org.assay.model.Document;
import org.assay.model.WorkState;
import org.assay.model.support.SetNames;
import org.assay.model.support.StandardSchema;
import org.assay.sample.SampleProject;
import org.assay.store.ProjectFolder;
import org.assay.ui.internal.preferences.AssayPreferencePage;
import org.assay.ui.internal.projects.OpenProjects;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;

/** Waiting on the UI thread by spinning the event loop, and screenshots of what a test checked. */
final class UiTesting {

	private UiTesting() {
	}

	/** Spins the event loop until the condition holds, failing after the timeout. */
	static void waitFor(String what, long timeoutMillis, BooleanSupplier condition) {
		Display display = Display.getCurrent();
		long deadline = System.currentTimeMillis() + timeoutMillis;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > deadline) {
				fail("timed out waiting for " + what);
			}
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> {
				});
				display.sleep();
			}
		}
	}

	/** Processes every pending event. */
	static void flush() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// drain
		}
	}

	/** Watches for the next dialog with that title, keeps its labels' text, screenshots it, and closes it. */
	static void closeNextMessage(String title, String[] text) {
		Display display = Display.getCurrent();
		Runnable[] poll = new Runnable[1];
		poll[0] = () -> {
			for (Shell s : display.getShells()) {
				if (title.equals(s.getText()) && s.isVisible()) {
					StringBuilder sb = new StringBuilder();
					labels(s, sb);
					text[0] = sb.toString();
					try {
						screenshot(s, title.toLowerCase().replace(' ', '-'));
					} catch (Exception e) {
						throw new IllegalStateException(e);
					}
					s.close();
					return;
				}
			}
			display.timerExec(50, poll[0]);
		};
		display.timerExec(50, poll[0]);
	}

	/** Presses a button of the next dialog with that title, keeping its message. */
	static void pressWhenShown(String title, String button, String[] message) {
		Display display = Display.getCurrent();
		Runnable[] poll = new Runnable[1];
		poll[0] = () -> {
			for (org.eclipse.swt.widgets.Shell s : display.getShells()) {
				if (title.equals(s.getText()) && s.isVisible()) {
					collect(s, button, message);
					return;
				}
			}
			display.timerExec(50, poll[0]);
		};
		display.timerExec(50, poll[0]);
	}

	private static void collect(org.eclipse.swt.widgets.Composite c, String button, String[] message) {
		for (org.eclipse.swt.widgets.Control child : c.getChildren()) {
			if (child instanceof org.eclipse.swt.widgets.Label l) {
				message[0] = (message[0] == null ? "" : message[0]) + l.getText();
			} else if (child instanceof org.eclipse.swt.widgets.Button b && button.equals(b.getText())) {
				b.getDisplay().asyncExec(() -> b.notifyListeners(SWT.Selection, null));
			} else if (child instanceof org.eclipse.swt.widgets.Composite inner) {
				collect(inner, button, message);
			}
		}
	}

	/** The button with that text (mnemonic marks ignored) anywhere in the composite, or null. */
	static org.eclipse.swt.widgets.Button button(org.eclipse.swt.widgets.Composite c, String text) {
		for (org.eclipse.swt.widgets.Control child : c.getChildren()) {
			if (child instanceof org.eclipse.swt.widgets.Button b && b.getText().replace("&", "").equals(text.replace("&", ""))) {
				return b;
			}
			if (child instanceof org.eclipse.swt.widgets.Composite inner) {
				org.eclipse.swt.widgets.Button found = button(inner, text);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	/** Presses the button with that text, as a click does. */
	static void press(org.eclipse.swt.widgets.Composite c, String text) {
		org.eclipse.swt.widgets.Button b = button(c, text);
		if (b == null) {
			fail("no button " + text);
		}
		b.notifyListeners(SWT.Selection, null);
	}

	private static void labels(org.eclipse.swt.widgets.Composite c, StringBuilder sb) {
		for (org.eclipse.swt.widgets.Control child : c.getChildren()) {
			if (child instanceof org.eclipse.swt.widgets.Label l) {
				sb.append(l.getText()).append('\n');
			} else if (child instanceof org.eclipse.swt.widgets.Table t) {
				for (org.eclipse.swt.widgets.TableItem item : t.getItems()) {
					for (int i = 0; i < t.getColumnCount(); i++) {
						sb.append(item.getText(i)).append(i + 1 < t.getColumnCount() ? "  " : "\n");
					}
				}
			} else if (child instanceof org.eclipse.swt.widgets.Composite inner) {
				labels(inner, sb);
			}
		}
	}

	/** Saves a PNG of the shell as it is on screen (copied from the display), under target/screenshots. */
	static Path screenshot(Shell shell, String name) throws Exception {
		shell.forceActive();
		Display display = shell.getDisplay();
		shell.layout(true, true);
		shell.redraw(0, 0, shell.getSize().x, shell.getSize().y, true);
		long settle = System.currentTimeMillis() + 300; // let the X server deliver the repaint
		waitFor("the repaint", 2_000, () -> System.currentTimeMillis() > settle);
		shell.update();
		org.eclipse.swt.graphics.Rectangle bounds = shell.getBounds();
		Image image = new Image(display, bounds.width, bounds.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, bounds.x, bounds.y);
		} finally {
			gc.dispose();
		}
		Path dir = Path.of(System.getProperty("assay.screenshots", "target/screenshots"));
		Files.createDirectories(dir);
		Path file = dir.resolve(name + ".png");
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] { image.getImageData() };
		loader.save(file.toString(), SWT.IMAGE_PNG);
		image.dispose();
		return file;
	}

	/** The sample project, which the workbench under test opens on its first start. */
	static ProjectFolder sample() {
		return org.assay.ui.internal.projects.OpenProjects.get().projects().stream()
				.filter(p -> p.project().getName().equals("Sample")).findFirst().orElseThrow();
	}

	/** Presses a key, with modifiers held, as a user would: through the display, so bindings apply. */
	static void type(int keyCode, char character, int... modifiers) {
		Display display = Display.getCurrent();
		for (int m : modifiers) {
			post(display, SWT.KeyDown, m, (char) 0);
		}
		post(display, SWT.KeyDown, keyCode, character);
		post(display, SWT.KeyUp, keyCode, character);
		for (int i = modifiers.length - 1; i >= 0; i--) {
			post(display, SWT.KeyUp, modifiers[i], (char) 0);
		}
		long until = System.currentTimeMillis() + 60;
		waitFor("the key", 2_000, () -> System.currentTimeMillis() > until);
	}

	private static void post(Display display, int type, int keyCode, char character) {
		Event e = new Event();
		e.type = type;
		e.keyCode = keyCode;
		e.character = character;
		display.post(e);
	}

	/**
	 * Adds the span to the set as an offer of the entity rules would leave it there: proposed, from the engine
	 * {@code entities} and its set. Returns the span.
	 */
	static org.assay.model.Span offerOfTheRules(AnnotationSet set, org.assay.model.Span span) {
		span.setStatus(org.assay.model.AnnotationStatus.PROPOSED);
		org.assay.model.Provenance p = org.assay.model.AssayFactory.eINSTANCE.createProvenance();
		p.setOrigin(org.assay.model.Origin.ENGINE);
		p.setEngineId("entities");
		p.setSourceSet("engine:entities");
		span.setProvenance(p);
		set.getAnnotations().add(span);
		return span;
	}

	/** The texts the workbench window's status line shows. */
	static String statusLine(org.eclipse.ui.IWorkbenchWindow window) {
		StringBuilder sb = new StringBuilder();
		collectCLabels(window.getShell(), sb);
		return sb.toString();
	}

	private static void collectCLabels(org.eclipse.swt.widgets.Composite c, StringBuilder sb) {
		for (org.eclipse.swt.widgets.Control child : c.getChildren()) {
			if (child instanceof org.eclipse.swt.custom.CLabel l && l.getText() != null) {
				sb.append(l.getText()).append('\n');
			}
			if (child instanceof org.eclipse.swt.widgets.Composite inner) {
				collectCLabels(inner, sb);
			}
		}
	}

	/**
	 * A project of the sample's articles repeated, {@code documents} of them: the first {@code done} with the
	 * sample's gold marked done, the next with it in progress (for a Done to finish), the others with no set.
	 */
	static ProjectFolder repeatedSample(Path dir, int documents, int done) throws Exception {
		ProjectFolder sample = SampleProject.create(dir.resolve("sample"));
		ProjectFolder folder = ProjectFolder.create(dir.resolve("repeated"), "Repeated", StandardSchema.create());
		List<Document> articles = sample.project().getDocuments();
		for (int i = 0; i < documents; i++) {
			Document from = articles.get(i % articles.size());
			Document d = folder.addDocument(String.format("d%03d", i), from.getTitle(), from.getText());
			if (i <= done) {
				AnnotationSet gold = EcoreUtil.copy(SetNames.find(from, SetNames.GOLD));
				gold.setState(i < done ? WorkState.DONE : WorkState.IN_PROGRESS);
				d.getAnnotationSets().add(gold);
				folder.save(gold);
			}
		}
		return folder;
	}

	/** A test's body, which may throw. */
	interface Body {
		void run() throws Exception;
	}

	/**
	 * Runs the body with the project open in the workbench and the learning loop turned on (retrain when a document
	 * is done), both undone after it, whatever happens.
	 */
	static void withLearningLoop(ProjectFolder folder, Body body) throws Exception {
		OpenProjects.get().add(folder);
		var prefs = InstanceScope.INSTANCE.getNode(AssayPreferencePage.NODE);
		prefs.putBoolean(AssayPreferencePage.LEARN_ON_DONE, true);
		try {
			body.run();
		} finally {
			prefs.remove(AssayPreferencePage.LEARN_ON_DONE);
			OpenProjects.get().close(folder);
		}
	}
}
