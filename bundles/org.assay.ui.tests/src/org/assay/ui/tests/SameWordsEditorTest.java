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
import org.assay.model.AssayFactory;
import org.assay.model.Document;
import org.assay.model.Origin;
import org.assay.model.Provenance;
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
				Span copy = EcoreUtil.copy(s);
				copy.setStatus(AnnotationStatus.PROPOSED);
				Provenance p = AssayFactory.eINSTANCE.createProvenance();
				p.setOrigin(Origin.ENGINE);
				p.setEngineId("entities");
				copy.setProvenance(p);
				if (Spans.coveredText(s, text).equals("Meridian Air Group")) {
					copy.setLabel(location); // the engine's mistake, twice
				}
				if (Spans.coveredText(s, text).equals("Skyline Connect")) {
					copy.getFragments().set(0, Spans.fragment(Spans.begin(s), Spans.begin(s) + "Skyline".length()));
				}
				set.getAnnotations().add(copy);
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

	private static List<Span> spans(AnnotationSet set, String text, String words) {
		return set.getAnnotations().stream().filter(a -> a instanceof Span s && Spans.coveredText(s, text).equals(words))
				.map(Span.class::cast).sorted(java.util.Comparator.comparingInt(Spans::begin)).toList();
	}
}
