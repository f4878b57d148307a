/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.assay.agreement.Disputes.Place;
import org.assay.model.Annotation;
import org.assay.model.AnnotationSet;
import org.assay.model.AnnotationStatus;
import org.assay.model.Document;
import org.assay.model.Label;
import org.assay.model.Link;
import org.assay.model.Span;
import org.assay.model.WorkState;
import org.assay.model.support.Schemas;
import org.assay.model.support.SetNames;
import org.assay.model.support.Spans;
import org.assay.store.ProjectFolder;
import org.assay.ui.internal.editor.Annotators;
import org.assay.ui.internal.team.CurationEditor;
import org.assay.ui.internal.team.CurationInput;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.SWT;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/** Curating three annotators' versions into a fresh target set from the keyboard, with real key events. */
@Order(18)
class CurationEditorTest {

	@Test
	void walkDisputedPlacesTakeAVersionRejectAllUndoMarkCuratedAndSave() throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		ProjectFolder sample = UiTesting.sample();
		Document d = sample.project().getDocuments().get(1);
		Label organization = Schemas.label(sample.project().getSchema(), "entity", "ORGANIZATION");
		List<Span> gold = SetNames.find(d, "gold").getAnnotations().stream()
				.filter(a -> a instanceof Span s && a.getLabel().getLayer().getName().equals("entity")).map(Span.class::cast)
				.toList();
		for (String name : List.of("cu1", "cu2", "cu3")) {
			AnnotationSet set = SetNames.findOrCreate(d, name);
			for (int i = 0; i < gold.size(); i++) {
				Span copy = EcoreUtil.copy(gold.get(i));
				if (name.equals("cu3") && i % 4 == 1) {
					copy.setLabel(organization); // cu3 disagrees on every fourth entity
				}
				if (name.equals("cu2") && i % 5 == 2) {
					continue; // cu2 missed some
				}
				set.getAnnotations().add(copy);
			}
		}
		CurationEditor editor = CurationEditor.open(page,
				new CurationInput(sample, d, List.of("cu1", "cu2", "cu3"), "curated"));
		page.getWorkbenchWindow().getShell().forceActive();
		editor.setFocus();
		UiTesting.flush();
		long disputed = editor.places().stream().filter(p -> !p.agreed()).count();
		long agreed = editor.places().stream().filter(Place::agreed).count();
		assertTrue(disputed >= 3, "disputed: " + disputed);
		assertTrue(agreed > disputed, "most places agree: " + agreed);
		Place first = editor.current();
		assertNotNull(first, "opens on the first disputed place");
		assertEquals(first.begin(), editor.textWidget().getSelection().x, "selected in the text");
		assertTrue(editor.versionsTable().getItemCount() >= 1);
		// disputed places underlined, agreed ones filled; the editor keeps the ranges, the widget none
		org.eclipse.swt.custom.StyleRange underlined = java.util.Arrays.stream(editor.styleRanges())
				.filter(r -> r.start == first.begin()).findFirst().orElseThrow();
		assertTrue(underlined.underline && underlined.background == null, underlined.toString());
		assertTrue(java.util.Arrays.stream(editor.styleRanges()).filter(r -> r.background != null).count() > disputed);
		assertEquals(0, editor.textWidget().getStyleRanges().length);
		UiTesting.screenshot(page.getWorkbenchWindow().getShell(), "curation-editor");

		UiTesting.type(0, '1'); // take the first version of the first place
		UiTesting.waitFor("the first decision", 10_000, () -> SetNames.find(d, "curated") != null);
		AnnotationSet target = SetNames.find(d, "curated");
		assertNotNull(target, "the target set is made on the first decision");
		assertEquals(1, target.getAnnotations().size());
		Annotation taken = target.getAnnotations().get(0);
		assertEquals(AnnotationStatus.ACCEPTED, taken.getStatus());
		assertEquals(Annotators.current(), taken.getProvenance().getDecidedBy());
		assertEquals(String.join(",", first.versions().get(0).sets()), taken.getProvenance().getSourceSet(),
				"which sets agreed on it");
		Place second = editor.current();
		assertFalse(second == first, "and on to the next disputed place");
		assertTrue(editor.places().indexOf(second) > editor.places().indexOf(first), "forward from the decided one");

		UiTesting.type(0, 'x'); // reject every version of the second
		UiTesting.waitFor("the rejection", 10_000, () -> target.getAnnotations().size() > 1);
		assertEquals(1 + second.versions().size(), target.getAnnotations().size());
		assertTrue(target.getAnnotations().subList(1, target.getAnnotations().size()).stream()
				.allMatch(a -> a.getStatus() == AnnotationStatus.REJECTED));
		UiTesting.type(0, 'z', SWT.CTRL); // undo the rejection
		// a loaded X server may deliver the keys after type's pause: wait for the effect, then check it
		UiTesting.waitFor("the undo", 10_000, () -> target.getAnnotations().size() <= 1);
		assertEquals(1, target.getAnnotations().size(), "one undo takes the rejection back");
		Place third = editor.current();
		UiTesting.type(0, 'l'); // LOCATION's key: take the first version as a place
		UiTesting.waitFor("the relabelled version", 10_000, () -> target.getAnnotations().size() > 1);
		Annotation relabelled = target.getAnnotations().get(1);
		assertEquals("LOCATION", relabelled.getLabel().getName());
		assertEquals(AnnotationStatus.CORRECTED, relabelled.getStatus());
		assertEquals(third.versions().get(0).span().getLabel(), relabelled.getProvenance().getProposed().getLabel(),
				"the version it came from is kept");
		assertTrue(editor.places().indexOf(editor.current()) > editor.places().indexOf(third),
				"on from the place just decided, not back to the second, open again since its undo");
		UiTesting.type(0, 'z', SWT.CTRL);
		UiTesting.waitFor("the second undo", 10_000, () -> target.getAnnotations().size() <= 1);
		assertEquals(1, target.getAnnotations().size());
		UiTesting.type(SWT.TAB, '\t');
		// the agreed places are not in the target yet: marking curated offers to take them first
		String[] question = new String[1];
		UiTesting.pressWhenShown("Mark curated", "&Take Them and Mark Curated", question);
		UiTesting.type(0, 'd', SWT.CTRL, SWT.SHIFT);
		UiTesting.waitFor("marked curated", 10_000, () -> target.getState() == WorkState.DONE);
		page.getWorkbenchWindow().getShell().forceActive(); // no window manager gives it back after the question
		UiTesting.flush();
		assertTrue(question[0] != null && question[0].contains(agreed + " place(s) where every set agrees are not in curated yet"),
				String.valueOf(question[0]));
		assertEquals(WorkState.DONE, target.getState(), "marked curated");
		assertTrue(target.getAnnotations().stream().filter(a -> a instanceof org.assay.model.Span
				&& a.getStatus() == AnnotationStatus.ACCEPTED).count() >= 1 + agreed, "the one taken and every agreed place, accepted");
		assertTrue(editor.isDirty());
		UiTesting.type(0, 's', SWT.CTRL);
		UiTesting.waitFor("the save", 5_000, () -> !editor.isDirty());
		assertEquals(WorkState.DONE, SetNames.find(ProjectFolder.open(sample.dir()).project().getDocuments().get(1), "curated")
				.getState(), "saved");
		UiTesting.screenshot(page.getWorkbenchWindow().getShell(), "curation-decided");

		// pre-merge the rest by a strategy: what two of three agree on goes in as proposals, one undo
		int before = target.getAnnotations().size();
		int added = editor.preMerge("min:2", false);
		assertTrue(added > 10, "most places have two agreeing versions: " + added);
		assertEquals(before + added, target.getAnnotations().size());
		assertTrue(target.getAnnotations().subList(before, target.getAnnotations().size()).stream()
				.allMatch(a -> a.getStatus() == AnnotationStatus.PROPOSED && a.getProvenance().getAuthor().equals("merge:min:2")));
		assertTrue(target.getAnnotations().stream().filter(a -> org.assay.model.evaluation.Matching.extent(a)
				.equals(org.assay.model.evaluation.Matching.extent(taken))).count() == 1, "what was curated stays alone");
		editor.domain().getCommandStack().undo();
		assertEquals(before, target.getAnnotations().size(), "one undo");
		assertTrue(Spans.begin((Span) taken) >= first.begin());
		page.closeAllEditors(false);
		d.getAnnotationSets().removeIf(s -> List.of("cu1", "cu2", "cu3", "curated").contains(s.getName()));
		java.nio.file.Files.deleteIfExists(sample.setFile(d, "curated"));
	}

	/**
	 * Two annotators disagree on where a name ends: from the keyboard the curator takes the shorter version with its
	 * end a token further (a correction that keeps the version it came from), the walk staying on the place, then
	 * moves its start; each move is one undo.
	 */
	@Test
	void boundaryKeysTakeAVersionResizedAndMoveItsBoundaries() throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		ProjectFolder sample = UiTesting.sample();
		Document d = sample.project().getDocuments().get(3);
		String body = d.getText();
		List<Span> names = SetNames.find(d, "gold").getAnnotations().stream()
				.filter(a -> a instanceof Span s && a.getLabel().getLayer().getName().equals("entity")
						&& s.getFragments().size() == 1)
				.map(Span.class::cast).toList();
		Span twoWords = names.stream().filter(s -> Spans.coveredText(s, body).matches("[A-Z][a-z]+ [A-Z][a-z]+")).findFirst()
				.orElseThrow();
		int begin = Spans.begin(twoWords);
		int end = Spans.end(twoWords);
		int firstEnd = body.indexOf(' ', begin);
		for (String name : List.of("cb1", "cb2")) {
			AnnotationSet set = SetNames.findOrCreate(d, name);
			for (Span s : names) {
				Span copy = EcoreUtil.copy(s);
				if (name.equals("cb2") && s == twoWords) {
					copy.getFragments().get(0).setEnd(firstEnd); // cb2 stopped after the first word
				}
				set.getAnnotations().add(copy);
			}
		}
		CurationEditor editor = CurationEditor.open(page, new CurationInput(sample, d, List.of("cb1", "cb2"), "resized"));
		page.getWorkbenchWindow().getShell().forceActive();
		editor.setFocus();
		UiTesting.flush();
		Place place = editor.current();
		assertEquals(begin, place.begin(), "the one disputed place");
		int shorter = place.versions().get(0).sets().equals(List.of("cb2")) ? 0 : 1;
		assertEquals(List.of("cb2"), place.versions().get(shorter).sets());
		editor.versionsTable().setSelection(shorter);

		UiTesting.type(SWT.ARROW_RIGHT, (char) 0, SWT.CTRL); // cb2's version taken, its end a word further
		UiTesting.waitFor("the resized take", 10_000, () -> SetNames.find(d, "resized") != null);
		AnnotationSet target = SetNames.find(d, "resized");
		assertEquals(1, target.getAnnotations().size());
		Span taken = (Span) target.getAnnotations().get(0);
		assertEquals(List.of(begin, end), List.of(Spans.begin(taken), Spans.end(taken)));
		assertEquals(AnnotationStatus.CORRECTED, taken.getStatus());
		assertEquals(firstEnd, taken.getProvenance().getProposed().getFragments().get(0).getEnd(),
				"the version it came from is kept");
		assertEquals("cb2", taken.getProvenance().getSourceSet());
		assertTrue(editor.current() == place, "the walk stays on the place");

		UiTesting.type(SWT.ARROW_RIGHT, (char) 0, SWT.CTRL, SWT.SHIFT); // its start a word on
		UiTesting.waitFor("the start moved", 10_000, () -> Spans.begin(taken) > begin);
		assertEquals(List.of(firstEnd + 1, end), List.of(Spans.begin(taken), Spans.end(taken)));
		assertEquals(1, target.getAnnotations().size(), "the same span, reshaped");
		UiTesting.flush();
		String second = body.substring(firstEnd + 1, end);
		assertEquals("corrected: " + second, editor.versionsTable().getItem(shorter).getText(5),
				"the row it came from shows what was taken");
		assertEquals(second, editor.textWidget().getSelectionText(), "and the text selects it");
		assertEquals(SWT.NULL, editor.textWidget().getKeyBinding(SWT.MOD1 | SWT.ARROW_RIGHT),
				"the text does not move its caret by a word on the same key");
		UiTesting.screenshot(page.getWorkbenchWindow().getShell(), "curation-resized");
		UiTesting.type(0, 'z', SWT.CTRL);
		UiTesting.waitFor("the undo", 10_000, () -> Spans.begin(taken) == begin);
		UiTesting.type(0, 'z', SWT.CTRL);
		UiTesting.waitFor("the second undo", 10_000, () -> SetNames.find(d, "resized") == null);
		UiTesting.flush(); // the editor redraws the place after the undo, then the row is chosen
		editor.versionsTable().setSelection(1 - shorter);
		UiTesting.type(SWT.ARROW_LEFT, (char) 0, SWT.CTRL); // cb1's version taken, its end a word back
		UiTesting.waitFor("the shrunk take", 10_000, () -> SetNames.find(d, "resized") != null
				&& !SetNames.find(d, "resized").getAnnotations().isEmpty()); // undone, the set was made again
		Span shrunk = (Span) SetNames.find(d, "resized").getAnnotations().get(0);
		assertEquals(List.of(begin, firstEnd), List.of(Spans.begin(shrunk), Spans.end(shrunk)));
		assertEquals("cb1", shrunk.getProvenance().getSourceSet());
		UiTesting.type(SWT.TAB, '\t'); // on: nothing is left open
		UiTesting.waitFor("the walk's end", 10_000, () -> editor.current() == null);
		// a click on the place brings it back, and its boundary moves again
		org.eclipse.swt.custom.StyledText text = editor.textWidget();
		org.eclipse.swt.graphics.Point at = text.getLocationAtOffset(begin + 1);
		org.eclipse.swt.widgets.Event up = new org.eclipse.swt.widgets.Event();
		up.x = at.x + 1;
		up.y = at.y + text.getLineHeight(begin + 1) / 2;
		up.button = 1;
		text.setSelection(begin + 1);
		text.notifyListeners(SWT.MouseUp, up);
		UiTesting.flush();
		assertTrue(editor.current() == place, "the clicked place is current again");
		UiTesting.type(SWT.ARROW_RIGHT, (char) 0, SWT.CTRL);
		UiTesting.waitFor("the end moved again", 10_000, () -> Spans.end(shrunk) == end);
		assertEquals(1, SetNames.find(d, "resized").getAnnotations().size(), "the same span");
		// Alt+Down reaches the decided place again from the walk's end, as Tab no longer does
		UiTesting.type(SWT.TAB, '\t');
		UiTesting.waitFor("the walk's end again", 10_000, () -> editor.current() == null);
		UiTesting.type(SWT.ARROW_DOWN, (char) 0, SWT.ALT);
		UiTesting.waitFor("the decided place by Alt+Down", 10_000, () -> editor.current() == place);
		UiTesting.type(SWT.ARROW_UP, (char) 0, SWT.ALT);
		UiTesting.flush();
		assertTrue(editor.current() == place, "the one disputed place, wrapping round");
		page.closeAllEditors(false);
		d.getAnnotationSets().removeIf(s -> List.of("cb1", "cb2", "resized").contains(s.getName()));
	}

	/**
	 * Two annotators draw every claim alike, but one gives a claim another claimant: the walk stops there, each
	 * version shows its links, and taking one brings the claim with its cue and its claimant, linked, in one undo.
	 */
	@Test
	void aClaimGivenAnotherClaimantIsDisputedAndTakenWithItsLinks() throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		ProjectFolder sample = UiTesting.sample();
		Document d = sample.project().getDocuments().stream()
				.filter(x -> claimant(SetNames.find(x, "gold")) != null).findFirst().orElseThrow();
		for (String name : List.of("cl1", "cl2")) {
			SetNames.findOrCreate(d, name).getAnnotations().addAll(EcoreUtil.copyAll(SetNames.find(d, "gold").getAnnotations()));
		}
		Link changed = claimant(SetNames.find(d, "cl2"));
		Span other = SetNames.find(d, "cl2").getAnnotations().stream()
				.filter(a -> a instanceof Span s && a.getLabel().getName().equals("PERSON") && a != changed.getTarget())
				.map(Span.class::cast).findFirst().orElseThrow();
		changed.setTarget(other); // cl2 names another person as the claimant
		CurationEditor editor = CurationEditor.open(page, new CurationInput(sample, d, List.of("cl1", "cl2"), "curated-links"));
		page.getWorkbenchWindow().getShell().forceActive();
		editor.setFocus();
		UiTesting.flush();
		assertEquals(1, editor.places().stream().filter(p -> !p.agreed()).count(), "only the claim is disputed");
		Place claim = editor.current();
		assertEquals(Spans.begin((Span) changed.getSource()), claim.begin());
		// the place holds the claim in two versions (and any cue or source inside its extent, agreed)
		List<Integer> rows = new java.util.ArrayList<>();
		for (int i = 0; i < claim.versions().size(); i++) {
			if (claim.versions().get(i).span().getLabel().getName().equals("CLAIM")) {
				rows.add(i);
			}
		}
		assertEquals(2, rows.size(), "one claim, two ways of linking it");
		assertEquals(List.of("cl2"), claim.versions().get(rows.get(1)).sets());
		String body = d.getText();
		String otherWords = Spans.coveredText(other, body).replaceAll("\\s+", " ");
		String cl1Links = editor.versionsTable().getItem(rows.get(0)).getText(3);
		String cl2Links = editor.versionsTable().getItem(rows.get(1)).getText(3);
		assertTrue(cl2Links.contains("claimant: " + otherWords) && cl2Links.contains("cue: "), cl2Links);
		assertTrue(cl1Links.contains("claimant: ") && !cl1Links.contains("claimant: " + otherWords), cl1Links);
		UiTesting.screenshot(page.getWorkbenchWindow().getShell(), "curation-links");

		UiTesting.type(0, (char) ('1' + rows.get(1))); // cl2's version
		UiTesting.waitFor("the claim taken", 10_000, () -> SetNames.find(d, "curated-links") != null);
		AnnotationSet target = SetNames.find(d, "curated-links");
		Link claimant = claimant(target);
		assertNotNull(claimant, "the claim came with its claimant");
		assertEquals(org.assay.model.evaluation.Matching.extent(other),
				org.assay.model.evaluation.Matching.extent(claimant.getTarget()), "cl2's claimant, brought along");
		assertTrue(target.getAnnotations().contains(claimant.getTarget()));
		assertTrue(target.getAnnotations().stream().anyMatch(a -> a instanceof Link l && l.getRole().equals("cue")
				&& l.getSource() == claimant.getSource()), "and its cue");
		assertTrue(target.getAnnotations().stream().allMatch(a -> a.getProvenance().getSourceSet().equals("cl2")));
		assertEquals(null, editor.current(), "nothing left to walk");
		UiTesting.type(0, 'z', SWT.CTRL);
		UiTesting.waitFor("the undo", 10_000, () -> target.getAnnotations().isEmpty());
		assertTrue(target.getAnnotations().isEmpty(), "one undo takes the claim, its ends and links back");
		// the editor follows the undo in the event loop, after the command: waited for, not raced
		UiTesting.waitFor("the walk back at the place the undo opened again", 10_000, () -> editor.current() == claim);
		UiTesting.type(0, 'x'); // reject: one rejected claim for the two versions, and the cue inside its extent
		UiTesting.waitFor("the rejection", 10_000, () -> SetNames.find(d, "curated-links") != null);
		AnnotationSet rejected = SetNames.find(d, "curated-links");
		assertEquals(List.of("CLAIM", "CUE"), rejected.getAnnotations().stream().map(a -> a.getLabel().getName()).sorted()
				.toList(), "no claim rejected twice, no links");
		assertTrue(rejected.getAnnotations().stream().allMatch(a -> a.getStatus() == AnnotationStatus.REJECTED));
		UiTesting.type(0, 'z', SWT.CTRL);
		UiTesting.waitFor("the second undo", 10_000, () -> rejected.getAnnotations().isEmpty());

		// a Pre-merge takes the claim both drew, without the claimant they dispute (two rival links), and says so
		editor.preMerge("unanimous", false);
		AnnotationSet merged = SetNames.find(d, "curated-links"); // the undo took the first target set away
		assertTrue(merged.getAnnotations().stream().anyMatch(a -> a instanceof Span s
				&& org.assay.model.evaluation.Matching.extent(s).equals(org.assay.model.evaluation.Matching.extent(
						changed.getSource()))), "the claim merged");
		assertNull(claimantOf(merged, changed.getSource()), "without its claimant");
		assertTrue(editor.statusText().contains("2 link(s) the sets disagree on left out"), editor.statusText());
		UiTesting.flush();
		UiTesting.screenshot(page.getWorkbenchWindow().getShell(), "curation-premerge-links");
		assertEquals(claim, editor.current(), "the claim taken without its claimant is walked");
		UiTesting.type(0, (char) ('1' + rows.get(1))); // cl2's claimant for the merged claim
		UiTesting.waitFor("the claimant", 10_000, () -> claimantOf(merged, changed.getSource()) != null);
		assertEquals(org.assay.model.evaluation.Matching.extent(other),
				org.assay.model.evaluation.Matching.extent(claimantOf(merged, changed.getSource()).getTarget()));
		assertEquals(1, merged.getAnnotations().stream().filter(a -> a instanceof Span s
				&& org.assay.model.evaluation.Matching.extent(s).equals(org.assay.model.evaluation.Matching.extent(
						changed.getSource()))).count(), "no second claim, the merged one linked");
		assertEquals(AnnotationStatus.ACCEPTED, claimantOf(merged, changed.getSource()).getSource().getStatus(),
				"the proposed claim accepted");
		assertEquals(null, editor.current(), "decided now");
		UiTesting.type(0, 'z', SWT.CTRL);
		UiTesting.waitFor("the undo of the link", 10_000, () -> claimantOf(merged, changed.getSource()) == null);
		UiTesting.waitFor("the walk back at the claim", 10_000, () -> editor.current() == claim);
		UiTesting.type(0, 'x'); // reject: the merged claim itself, no copy
		UiTesting.waitFor("the claim rejected", 10_000, () -> merged.getAnnotations().stream().anyMatch(a -> a instanceof Span s
				&& a.getStatus() == AnnotationStatus.REJECTED && a.getLabel().getName().equals("CLAIM")));
		assertEquals(1, merged.getAnnotations().stream().filter(a -> a instanceof Span s
				&& org.assay.model.evaluation.Matching.extent(s).equals(org.assay.model.evaluation.Matching.extent(
						changed.getSource()))).count());
		assertEquals(null, editor.current());
		page.closeAllEditors(false);
		d.getAnnotationSets().removeIf(s -> List.of("cl1", "cl2", "curated-links").contains(s.getName()));
	}

	/** The link naming the claimant of a claim at the extent of {@code claim}, in a set, or null. */
	private static Link claimantOf(AnnotationSet set, org.assay.model.Annotation claim) {
		return set.getAnnotations().stream().filter(a -> a instanceof Link l && "claimant".equals(l.getRole())
				&& org.assay.model.evaluation.Matching.extent(l.getSource())
						.equals(org.assay.model.evaluation.Matching.extent(claim)))
				.map(Link.class::cast).findFirst().orElse(null);
	}

	/** A set's first claimant link, or null. */
	private static Link claimant(AnnotationSet set) {
		return set == null ? null : set.getAnnotations().stream()
				.filter(a -> a instanceof Link l && "claimant".equals(l.getRole()) && l.getTarget() instanceof Span t
						&& t.getLabel().getName().equals("PERSON"))
				.map(Link.class::cast).findFirst().orElse(null);
	}
}
