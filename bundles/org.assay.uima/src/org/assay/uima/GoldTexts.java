/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.uima;

import java.util.ArrayList;
import java.util.List;

import org.assay.formats.ImportData;
import org.assay.formats.ImportedDocument;
import org.assay.model.Annotation;
import org.assay.model.AnnotationSet;
import org.assay.model.AnnotationStatus;
import org.assay.model.Document;
import org.assay.model.Fragment;
import org.assay.model.SetKind;
import org.assay.model.Span;
import org.assay.model.WorkState;
import org.assay.model.evaluation.Answers;
import org.assay.model.support.SetNames;
import org.assay.model.support.WorkStates;
import org.assay.uima.spi.GoldText;
import org.assay.uima.spi.TextSpan;

/**
 * What engines learn from: the accepted and corrected spans of one set (gold, or an annotator's) in every
 * document that has it. Proposals nobody decided and rejected annotations are not gold; a discontinuous
 * span gives one extent per fragment.
 */
public final class GoldTexts {

	private GoldTexts() {
	}

	/**
	 * What a learning loop learns from: each document whose work is done, from its gold when gold is marked
	 * done, else from the first annotator's set marked done; documents nobody finished are left out (what a
	 * half-done set lacks would be taught as "no entity here").
	 */
	public static List<GoldText> finished(List<Document> documents) {
		List<GoldText> texts = new ArrayList<>();
		for (Document d : documents) {
			AnnotationSet done = null;
			for (AnnotationSet set : d.getAnnotationSets()) {
				boolean people = SetNames.kindOf(set.getName()) != SetKind.ENGINE;
				if (people && set.getState() == WorkState.DONE
						&& (done == null || SetNames.GOLD.equals(set.getName()))) {
					done = set;
				}
			}
			if (done != null) {
				texts.add(text(d, done));
			}
		}
		return texts;
	}

	/**
	 * What a learning loop also learns from between finished documents: in each document nobody has finished,
	 * the text the furthest-gone set of a person (gold, an annotator's) has been through
	 * ({@link WorkStates#reach}), with the spans decided there; documents nobody has started, or where the first
	 * line still holds an open proposal, are left out.
	 */
	public static List<GoldText> decidedSoFar(List<Document> documents) {
		List<GoldText> texts = new ArrayList<>();
		for (Document d : documents) {
			AnnotationSet furthest = null;
			int reach = 0;
			boolean finished = false;
			for (AnnotationSet set : d.getAnnotationSets()) {
				if (SetNames.kindOf(set.getName()) == SetKind.ENGINE) {
					continue;
				}
				finished |= set.getState() == WorkState.DONE;
				int r = WorkStates.reach(set);
				if (r > reach) {
					furthest = set;
					reach = r;
				}
			}
			if (!finished && furthest != null) {
				GoldText whole = text(d, furthest);
				int end = reach;
				texts.add(new GoldText(whole.id(), whole.text().substring(0, end),
						whole.spans().stream().filter(s -> s.end() <= end).toList(),
						whole.tokens() == null ? null : whole.tokens().before(end)));
			}
		}
		return texts;
	}

	/**
	 * What engines learn from in a project: each document's accepted and corrected spans in the set. A document
	 * where an annotator's set (or gold) has not started, holding only what engines offered it, is left out, as
	 * {@link Answers#answering} leaves it out of every comparison: it would teach "no entity here" where nobody
	 * has looked.
	 */
	public static List<GoldText> of(List<Document> documents, String setName) {
		List<GoldText> texts = new ArrayList<>();
		for (Document d : documents) {
			AnnotationSet set = Answers.answering(d, setName, false);
			if (set == null) {
				continue;
			}
			texts.add(text(d, set));
		}
		return texts;
	}

	private static GoldText text(Document d, AnnotationSet set) {
		List<TextSpan> spans = new ArrayList<>();
		for (Annotation a : set.getAnnotations()) {
			if (a instanceof Span s && (a.getStatus() == AnnotationStatus.ACCEPTED
					|| a.getStatus() == AnnotationStatus.CORRECTED)) {
				for (Fragment f : s.getFragments()) {
					spans.add(new TextSpan(f.getBegin(), f.getEnd(), s.getLabel().getLayer().getName(),
							s.getLabel().getName()));
				}
			}
		}
		return withSpans(d, spans);
	}

	private static GoldText withSpans(Document d, List<TextSpan> spans) {
		return new GoldText(d.getId(), d.getText(), spans,
				d.getTokens() == null ? null : d.getTokens().segmentation(d.getText()));
	}

	/**
	 * Every document's text with no spans (and its own tokens when it has them): what a trainer learns from
	 * without labels, such as the learned engine's word classes. A document's text and tokens do not change once it
	 * is in the project, so this may be read off the UI thread.
	 */
	public static List<GoldText> textsOnly(List<Document> documents) {
		List<GoldText> texts = new ArrayList<>(documents.size());
		for (Document d : documents) {
			texts.add(withSpans(d, List.of()));
		}
		return texts;
	}

	/**
	 * What engines learn from in a corpus a format has read, with no project: each document's accepted and
	 * corrected spans (a span whose reader names no layer is in {@code defaultLayer}) and its own tokens when the
	 * format has them (CoNLL's). This is how engines read their corpora: through the formats.
	 */
	public static List<GoldText> of(ImportData data, String defaultLayer) {
		List<GoldText> texts = new ArrayList<>(data.documents().size());
		for (ImportedDocument d : data.documents()) {
			List<TextSpan> spans = new ArrayList<>(d.spans().size());
			for (ImportedDocument.Span s : d.spans()) {
				boolean decided = s.status() == null || s.status() == AnnotationStatus.ACCEPTED
						|| s.status() == AnnotationStatus.CORRECTED;
				if (decided) {
					for (int[] f : s.fragments()) {
						spans.add(new TextSpan(f[0], f[1], s.layer() == null ? defaultLayer : s.layer(), s.label()));
					}
				}
			}
			texts.add(new GoldText(d.id(), d.text(), spans, d.tokens() == null ? null : d.tokens().segmentation(d.text())));
		}
		return texts;
	}
}
