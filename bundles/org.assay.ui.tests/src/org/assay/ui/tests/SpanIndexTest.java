/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.assay.model.Annotation;
import org.assay.model.AnnotationSet;
import org.assay.model.AssayFactory;
import org.assay.model.Fragment;
import org.assay.model.Link;
import org.assay.model.Span;
import org.assay.model.support.Spans;
import org.assay.ui.internal.editor.SpanIndex;
import org.junit.jupiter.api.Test;

/**
 * The editor finds the spans near a changed stretch through an index instead of looking at all 100,000; it must find
 * exactly what a walk through the whole list finds, in the list's order, also after spans were added, reshaped and
 * removed since it was made.
 */
class SpanIndexTest {

	private static final int TEXT = 20_000;
	private final Random random = new Random(20261130);

	@Test
	void findsWhatAWalkThroughTheListFinds() {
		AnnotationSet set = set(2_000);
		SpanIndex index = new SpanIndex(set.getAnnotations());
		assertSameAsAWalk(set, index);
	}

	@Test
	void staysRightWhenSpansAreAddedReshapedAndRemoved() {
		AnnotationSet set = set(2_000);
		List<Annotation> list = set.getAnnotations();
		SpanIndex index = new SpanIndex(list);
		for (int i = 0; i < 60; i++) { // added anywhere in the list, as an undone delete puts a span back
			Span s = span();
			list.add(random.nextInt(list.size() + 1), s);
			index.moved(s);
		}
		for (int i = 0; i < 40; i++) { // given other fragments, as a reshape does
			if (list.get(random.nextInt(list.size())) instanceof Span s) {
				s.getFragments().clear();
				s.getFragments().add(fragment());
				index.moved(s);
			}
		}
		for (int i = 0; i < 50; i++) { // removed: the index is not told
			list.remove(random.nextInt(list.size()));
		}
		assertSameAsAWalk(set, index);
		for (int i = 0; i < 300; i++) { // more than it looks at one by one: it is made anew
			Span s = span();
			list.add(random.nextInt(list.size() + 1), s);
			index.moved(s);
		}
		assertSameAsAWalk(set, index);
	}

	@Test
	void aSpanOverTheWholeTextDoesNotHideTheOthers() {
		AnnotationSet set = set(500);
		set.getAnnotations().add(0, Spans.create(null, 0, TEXT));
		SpanIndex index = new SpanIndex(set.getAnnotations());
		assertSameAsAWalk(set, index);
		assertEquals(set.getAnnotations().get(0), index.overlapping(TEXT - 1, TEXT).get(0));
	}

	private void assertSameAsAWalk(AnnotationSet set, SpanIndex index) {
		for (int q = 0; q < 400; q++) {
			int from = random.nextInt(TEXT);
			int to = Math.min(TEXT, from + random.nextInt(q % 4 == 0 ? 2_000 : 40));
			List<Span> walk = new ArrayList<>();
			for (Annotation a : set.getAnnotations()) {
				if (a instanceof Span s && s.getFragments().stream().anyMatch(f -> f.getBegin() < to && f.getEnd() > from)) {
					walk.add(s);
				}
			}
			assertEquals(walk, index.overlapping(from, to), "[" + from + ", " + to + ")");
		}
	}

	private AnnotationSet set(int spans) {
		AnnotationSet set = AssayFactory.eINSTANCE.createAnnotationSet();
		set.setName("ana");
		for (int i = 0; i < spans; i++) {
			Span s = span();
			set.getAnnotations().add(s);
			if (i % 10 == 0 && i > 0) { // links are in the same list and have no place in the text
				Link l = AssayFactory.eINSTANCE.createLink();
				l.setSource(s);
				l.setTarget((Span) set.getAnnotations().get(0));
				set.getAnnotations().add(l);
			}
		}
		return set;
	}

	private Span span() {
		int begin = random.nextInt(TEXT - 50);
		Span s = Spans.create(null, begin, begin + 1 + random.nextInt(random.nextInt(10) == 0 ? 400 : 20));
		if (random.nextInt(8) == 0) { // discontinuous: a second fragment further on
			s.getFragments().add(fragment());
		}
		return s;
	}

	private Fragment fragment() {
		int begin = random.nextInt(TEXT - 50);
		return Spans.fragment(begin, begin + 1 + random.nextInt(30));
	}
}
