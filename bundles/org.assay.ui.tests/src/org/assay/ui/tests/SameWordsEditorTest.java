/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.assay.model.Annotation;
import org.assay.model.AnnotationSet;
import org.assay.model.AnnotationStatus;
import org.assay.model.Document;
import org.assay.model.Origin;
import org.assay.model.Span;
import org.assay.model.support.Schemas;
import org.assay.model.support.SetNames;
import org.assay.model.support.Spans;
import org.assay.store.ProjectFolder;
import org.assay.ui.internal.editor.DocumentEditor;
import org.assay.ui.internal.preferences.AssayPreferencePage;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.SWT;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * One sense per document, from the keyboard: relabelling one "Meridian Air Group" turns the other open proposal on
 * those words, a "Skyline" grown to "Skyline Connect" fits the other once the annotator leaves it (Tab), marking
 * "Skyline" proposes it where it had no proposal, Ctrl+Z takes back the decision and what
 * followed it together, and with the preference off nothing follows.
 */
@Order(26)
class SameWordsEditorTest {

	@Test
	void theOpenProposalsOnTheSameWordsFollowADecisionFromTheKeyboard() throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		ProjectFolder sample = UiTesting.sample();
		Document airline = sample.project().getDocuments().get(3);
		String text = airline.getText();
		AnnotationSet set = SetNames.findOrCreate(airline, "sam");
		org.assay.model.Label location = Schemas.label(sample.project().getSchema(), "entity", "LOCATION");
		org.assay.model.Label organization = Schemas.label(sample.project().getSchema(), "entity", "ORGANIZATION");
		int skylineHad = text.indexOf("Skyline had");
		for (Annotation a : SetNames.find(airline, "gold").getAnnotations()) {
			if (a instanceof Span s && a.getLabel().getLayer().getName().equals("entity") && Spans.begin(s) != skylineHad) {
				Span copy = UiTesting.offerOfTheRules(set, EcoreUtil.copy(s));
				if (Spans.coveredText(s, text).equals("Meridian Air Group")) {
					copy.setLabel(location); // the engine's mistake, twice
				}
				if (Spans.coveredText(s, text).equals("Skyline Connect")) {
					copy.getFragments().set(0, Spans.fragment(Spans.begin(s), Spans.begin(s) + "Skyline".length()));
				}
			}
		}
		List<Span> meridian = spans(set, text, "Meridian Air Group");
		assertEquals(2, meridian.size());
		try {
			DocumentEditor editor = DocumentEditor.open(window.getActivePage(), sample, airline, "sam");
			assertNotNull(editor);
			editor.setFocus();
			editor.setCurrent(meridian.get(0));
			UiTesting.type(0, 'o'); // ORGANIZATION's key
			assertEquals(AnnotationStatus.CORRECTED, meridian.get(0).getStatus());
			assertEquals(organization, meridian.get(1).getLabel(), "the other one followed");
			assertEquals(AnnotationStatus.PROPOSED, meridian.get(1).getStatus(), "and is the annotator's to confirm");
			assertEquals(location, meridian.get(1).getProvenance().getProposed().getLabel());
			String said = "'Meridian Air Group' elsewhere follows as ORGANIZATION: 1 changed, 0 new (Ctrl+Z undoes them"
					+ " with the decision)";
			assertTrue(UiTesting.statusLine(window).contains(said), UiTesting.statusLine(window));
			UiTesting.screenshot(window.getShell(), "same-words-followed");

			UiTesting.type(0, 'z', SWT.CTRL);
			assertEquals(List.of(location, location), meridian.stream().map(Span::getLabel).toList(), "one undo, both back");
			assertEquals(AnnotationStatus.PROPOSED, meridian.get(0).getStatus());
			editor.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.REDO.getId()).run();
			assertEquals(List.of(organization, organization), meridian.stream().map(Span::getLabel).toList());

			// the first "Skyline" grown to "Skyline Connect" by Ctrl+Right: followed once the annotator leaves it
			List<Span> skyline = spans(set, text, "Skyline").stream().filter(s -> text.startsWith("Skyline Connect",
					Spans.begin(s))).toList();
			assertEquals(2, skyline.size());
			editor.setCurrent(skyline.get(0));
			UiTesting.type(SWT.ARROW_RIGHT, (char) 0, SWT.CTRL);
			assertEquals("Skyline Connect", Spans.coveredText(skyline.get(0), text));
			assertEquals("Skyline", Spans.coveredText(skyline.get(1), text), "not followed while resizing");
			UiTesting.type(SWT.TAB, '\t');
			assertEquals("Skyline Connect", Spans.coveredText(skyline.get(1), text), "followed on leaving it");
			assertEquals(AnnotationStatus.PROPOSED, skyline.get(1).getStatus());
			assertTrue(UiTesting.statusLine(window).contains("'Skyline Connect' elsewhere follows as ORGANIZATION: 1 changed,"
					+ " 0 new"), UiTesting.statusLine(window));
			UiTesting.type(0, 'z', SWT.CTRL);
			assertEquals("Skyline", Spans.coveredText(skyline.get(1), text), "its own undo");
			assertEquals("Skyline Connect", Spans.coveredText(skyline.get(0), text));
			editor.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.REDO.getId()).run();

			// "Skyline" marked where it has a proposal (in "Skyline council"): "Skyline had" gets one, the two
			// "Skyline Connect" keep theirs
			int councilAt = text.indexOf("Skyline council");
			editor.textWidget().setSelection(councilAt, councilAt + "Skyline".length());
			int before = set.getAnnotations().size();
			UiTesting.type(0, 'o');
			assertEquals(before + 1, set.getAnnotations().size());
			Span made = spans(set, text, "Skyline").stream().filter(s -> Spans.begin(s) == skylineHad).findFirst()
					.orElseThrow();
			assertEquals(List.of(AnnotationStatus.PROPOSED, Origin.ANNOTATOR, organization),
					List.of(made.getStatus(), made.getProvenance().getOrigin(), made.getLabel()));
			assertEquals(2, spans(set, text, "Skyline Connect").size());

			// the same by Enter on that proposal: accepted, followed, and the status line still says so once Enter has
			// moved on to the next proposal
			UiTesting.type(0, 'z', SWT.CTRL);
			assertEquals(before, set.getAnnotations().size());
			Span council = spans(set, text, "Skyline").stream().filter(s -> Spans.begin(s) == councilAt).findFirst()
					.orElseThrow();
			editor.setCurrent(council);
			UiTesting.type(SWT.CR, '\r');
			assertEquals(AnnotationStatus.ACCEPTED, council.getStatus());
			assertTrue(editor.currentAnnotation() != council, "Enter moved on");
			assertEquals(before + 1, set.getAnnotations().size());
			assertTrue(UiTesting.statusLine(window).contains("'Skyline' elsewhere follows as ORGANIZATION: 0 changed, 1 new"),
					UiTesting.statusLine(window));
			UiTesting.screenshot(window.getShell(), "same-words-followed-by-enter");
			UiTesting.type(SWT.TAB, '\t');
			editor.setCurrent(meridian.get(0));
			UiTesting.type(0, 'o'); // the label it has: a key that changes nothing, which says so
			assertTrue(!UiTesting.statusLine(window).contains("elsewhere follows"), "the next change or key clears it");

			// with the preference off, a decision is only itself
			InstanceScope.INSTANCE.getNode(AssayPreferencePage.NODE).putBoolean(AssayPreferencePage.FOLLOW_SAME_WORDS, false);
			editor.setCurrent(meridian.get(1));
			UiTesting.type(0, 'l'); // LOCATION's key
			assertEquals(List.of(organization, location), meridian.stream().map(Span::getLabel).toList());
			window.getActivePage().closeAllEditors(false);
		} finally {
			InstanceScope.INSTANCE.getNode(AssayPreferencePage.NODE).remove(AssayPreferencePage.FOLLOW_SAME_WORDS);
			airline.getAnnotationSets().remove(set);
			java.nio.file.Files.deleteIfExists(sample.setFile(airline, "sam"));
		}
	}

	/**
	 * A decision followed all over a long document: the followed proposals show their new label wherever the
	 * annotator scrolls, above the part shown, just below it (where the text keeps its lines laid out) and far
	 * below it.
	 */
	@Test
	void aDecisionFollowedOutOfSightShowsWhereverTheAnnotatorScrolls(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
			throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		ProjectFolder folder = ProjectFolder.create(dir.resolve("long"), "Long",
				org.assay.model.support.StandardSchema.create());
		StringBuilder b = new StringBuilder();
		for (int i = 0; i < 60; i++) { // a pair of names every 12 lines, 720 lines
			b.append("Skyline Connect and Meridian Air Group flew again.\n");
			b.append("Nothing here but weather.\n".repeat(11));
		}
		Document d = folder.addDocument("long", "Long", b.toString());
		String text = d.getText();
		AnnotationSet set = SetNames.findOrCreate(d, "sam");
		org.assay.model.Label location = Schemas.label(folder.project().getSchema(), "entity", "LOCATION");
		org.assay.model.Label organization = Schemas.label(folder.project().getSchema(), "entity", "ORGANIZATION");
		for (int at = text.indexOf("Skyline"); at >= 0; at = text.indexOf("Skyline", at + 1)) {
			UiTesting.offerOfTheRules(set, Spans.create(organization, at, at + "Skyline Connect".length()));
			int m = text.indexOf("Meridian", at);
			UiTesting.offerOfTheRules(set, Spans.create(location, m, m + "Meridian Air Group".length()));
		}
		List<Span> meridian = spans(set, text, "Meridian Air Group");
		org.assay.ui.internal.projects.OpenProjects.get().add(folder);
		try {
			DocumentEditor editor = DocumentEditor.open(window.getActivePage(), folder, d, "sam");
			editor.setFocus();
			org.eclipse.swt.custom.StyledText widget = editor.textWidget();
			editor.setCurrent(meridian.get(30));
			UiTesting.flush();
			int top = widget.getTopIndex();
			assertTrue(top > 300, "the decision is far down: " + top);
			assertTrue(!shownAlike(widget, meridian.get(31)), "a place does not look like the organisation beside it");
			UiTesting.type(0, 'o'); // ORGANIZATION's key
			assertEquals(60, meridian.stream().filter(m -> m.getLabel() == organization).count(), "all followed");
			for (int line : new int[] { top + 60, top + 300, widget.getLineCount() - 1, 0, top - 30 }) {
				widget.setTopIndex(line);
				UiTesting.flush();
				Span there = meridian.get(Math.min(59, widget.getTopIndex() / 12 + 1));
				assertTrue(shownAlike(widget, there), "followed and shown so, scrolled to line " + line);
			}
			window.getActivePage().closeAllEditors(false);
		} finally {
			org.assay.ui.internal.projects.OpenProjects.get().close(folder);
		}
	}

	/**
	 * Whether the name shows with the same colour as the "Skyline Connect" before it on its line (an open proposal
	 * of an organisation): the commonest colour of the pixels of each, read off the screen.
	 */
	private static boolean shownAlike(org.eclipse.swt.custom.StyledText widget, Span name) {
		String text = widget.getText();
		int begin = Spans.begin(name);
		int skyline = text.lastIndexOf("Skyline", begin);
		return commonest(widget, begin, Spans.end(name)) == commonest(widget, skyline, skyline + "Skyline Connect".length());
	}

	private static int commonest(org.eclipse.swt.custom.StyledText widget, int begin, int end) {
		widget.update();
		org.eclipse.swt.graphics.Rectangle r = widget.getTextBounds(begin, end - 1);
		org.eclipse.swt.graphics.Point origin = widget.toDisplay(r.x, r.y);
		org.eclipse.swt.graphics.Image image = new org.eclipse.swt.graphics.Image(widget.getDisplay(), r.width, r.height);
		org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(widget.getDisplay());
		try {
			gc.copyArea(image, origin.x, origin.y);
			org.eclipse.swt.graphics.ImageData data = image.getImageData();
			java.util.Map<Integer, Integer> counts = new java.util.HashMap<>();
			for (int y = 0; y < data.height; y++) {
				for (int x = 0; x < data.width; x++) {
					counts.merge(data.getPixel(x, y), 1, Integer::sum);
				}
			}
			return counts.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).orElseThrow().getKey();
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	private static List<Span> spans(AnnotationSet set, String text, String words) {
		return set.getAnnotations().stream().filter(a -> a instanceof Span s && Spans.coveredText(s, text).equals(words))
				.map(Span.class::cast).sorted(java.util.Comparator.comparingInt(Spans::begin)).toList();
	}
}
