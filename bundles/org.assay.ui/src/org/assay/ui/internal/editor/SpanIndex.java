/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.internal.editor;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.assay.model.Annotation;
import org.assay.model.Fragment;
import org.assay.model.Span;
import org.assay.model.support.FragmentIndex;
import org.assay.model.support.Spans;

/**
 * Where the spans of an annotation list lie, so that the spans overlapping a stretch of the text are found without
 * looking at all of them (a {@link FragmentIndex} of their fragments). Made once;
 * a span added or reshaped later is {@link #moved told of} and looked at on its own until the next {@link #rebuild}.
 * What is asked for is checked against the spans as they are now, so a span removed or moved since is never wrong.
 */
public final class SpanIndex {

	/** Moved spans looked at one by one before the index is remade. */
	private static final int MOST_MOVED = 256;

	private final List<Annotation> annotations;
	private Map<Span, Integer> order;
	private Span[] spans;
	private FragmentIndex index;
	private List<Span> moved;

	public SpanIndex(List<Annotation> annotations) {
		this.annotations = annotations;
		rebuild();
	}

	/** The list this index is of. */
	List<Annotation> annotations() {
		return annotations;
	}

	/** A span that was added to the list or whose fragments changed. */
	public void moved(Span span) {
		moved.add(span);
		if (moved.size() > MOST_MOVED) {
			rebuild();
		}
	}

	/**
	 * The spans of the list, as it is now, that have a fragment overlapping [from, to), in the list's order (which
	 * decides between spans of the same extent, as a walk through the whole list would).
	 */
	public List<Span> overlapping(int from, int to) {
		List<Span> found = new ArrayList<>();
		Map<Span, Boolean> seen = new IdentityHashMap<>();
		index.overlapping(from, to, i -> take(spans[i], from, to, found, seen));
		for (Span s : moved) {
			take(s, from, to, found, seen);
		}
		found.sort((a, b) -> Integer.compare(position(a), position(b)));
		return found;
	}

	private void take(Span s, int from, int to, List<Span> found, Map<Span, Boolean> seen) {
		if (seen.putIfAbsent(s, Boolean.TRUE) == null && s.eContainer() != null && Spans.overlaps(s, from, to)
				&& position(s) >= 0) {
			found.add(s);
		}
	}

	/** The span's place in the list now, or -1 if it is no longer in it. */
	private int position(Span s) {
		Integer known = order.get(s);
		if (known != null && known < annotations.size() && annotations.get(known) == s) {
			return known;
		}
		return annotations.indexOf(s); // moved in the list since (an annotation before it added or removed)
	}

	void rebuild() {
		order = new IdentityHashMap<>();
		List<Span> listed = new ArrayList<>();
		FragmentIndex.Builder b = new FragmentIndex.Builder();
		for (int i = 0, n = annotations.size(); i < n; i++) {
			if (annotations.get(i) instanceof Span s) {
				order.put(s, i);
				List<Fragment> fs = s.getFragments();
				for (int j = 0, m = fs.size(); j < m; j++) {
					b.add(fs.get(j).getBegin(), fs.get(j).getEnd(), listed.size());
				}
				listed.add(s);
			}
		}
		spans = listed.toArray(new Span[0]);
		index = b.build();
		moved = new ArrayList<>();
	}
}
