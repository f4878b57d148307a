/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.internal.editor;

import java.util.Date;
import java.util.function.Supplier;

import org.assay.model.AnnotationSet;
import org.assay.model.AnnotationStatus;
import org.assay.model.Document;
import org.assay.model.Label;
import org.assay.model.Span;
import org.assay.model.edit.decisions.Following;
import org.assay.model.support.Spans;
import org.assay.text.SameWords;
import org.assay.ui.internal.Messages;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.osgi.util.NLS;

/**
 * The document editor's decisions with the open proposals on the same words following them ({@link Following}, as
 * the preference says): one command with the decision, and the status line saying what followed until the next
 * change. A span resized by the keys (a token at a time, its steps not followed) is followed once the annotator
 * leaves it.
 */
final class SameWordsFollower {

	private final EditingDomain domain;
	private final Supplier<AnnotationSet> shown;
	private final Supplier<Boolean> readOnly;
	private final IStatusLineManager status;
	/** The span the keys last resized, followed when the annotator leaves it; or null. */
	private Span resized;
	/** Changes to the command stack so far, and the one at which the status line said what followed. */
	private int stackChanges;
	private int saidAt = -1;

	SameWordsFollower(EditingDomain domain, Supplier<AnnotationSet> shown, Supplier<Boolean> readOnly,
			IStatusLineManager status) {
		this.domain = domain;
		this.shown = shown;
		this.readOnly = readOnly;
		this.status = status;
	}

	/**
	 * A decision that words are a mention of a label (accepted, relabelled or marked), with what follows it.
	 *
	 * @param span the span decided on, or null for one being marked
	 */
	Command labelled(Command decision, Span span, Label label, int begin, int end) {
		if (!on() || !decision.canExecute()) {
			return decision;
		}
		return withFollowers(decision, Following.labelled(domain, shown.get(), span, label, begin, end, Annotators.current(),
				new Date()), begin, end, label.getName(), false);
	}

	/** A rejection, with the open proposals of its label on the same words rejected with it. */
	Command rejected(Command decision, Span span) {
		if (!on() || !decision.canExecute()) {
			return decision;
		}
		return withFollowers(decision, Following.rejected(domain, span, Annotators.current(), new Date()),
				Spans.begin(span), Spans.end(span), span.getLabel().getName(), true);
	}

	/** The keys resized the span: it is followed once the annotator leaves it. */
	void resized(Span span) {
		resized = span;
	}

	/** The annotator made another span current (or none): a span resized before is followed now. */
	void left(Span next) {
		if (resized == null || resized == next) {
			return;
		}
		Span span = resized;
		resized = null;
		if (span.eContainer() != shown.get() || !on() || span.getStatus() == AnnotationStatus.PROPOSED
				|| span.getStatus() == AnnotationStatus.REJECTED) {
			return;
		}
		int begin = Spans.begin(span);
		int end = Spans.end(span);
		Command follow = withFollowers(null, Following.labelled(domain, shown.get(), span, span.getLabel(), begin, end,
				Annotators.current(), new Date()), begin, end, span.getLabel().getName(), false);
		if (follow != null) {
			domain.getCommandStack().execute(follow);
		}
	}

	/** The command stack changed: after the change that followed, the status line's word on it goes. */
	void stackChanged() {
		if (++stackChanges > saidAt && saidAt >= 0) {
			status.setMessage(null);
			saidAt = -1;
		}
	}

	private boolean on() {
		return Annotators.followSameWords() && shown.get() != null && !readOnly.get();
	}

	/**
	 * The decision with what follows it, one command; with no decision (a resize followed once the annotator has
	 * left the span), what follows alone.
	 */
	private Command withFollowers(Command decision, Following.Result follows, int begin, int end, String labelName,
			boolean rejecting) {
		if (follows == null) {
			return decision;
		}
		String text = ((Document) shown.get().eContainer()).getText();
		String words = text.substring(begin, end).strip().replaceAll("\\s+", " ");
		String name = decision != null ? decision.getLabel() : NLS.bind(Messages.editor_followResize, words);
		CompoundCommand both = new CompoundCommand(name, decision == null ? null : decision.getDescription()) {
			@Override
			public void execute() {
				super.execute();
				String said = rejecting
						? NLS.bind(Messages.editor_followedReject, new Object[] { words, follows.rejected(), labelName })
						: NLS.bind(Messages.editor_followed,
								new Object[] { words, labelName, follows.changed(), follows.made() });
				int all = follows.changed() + follows.made() + follows.rejected();
				status.setMessage(all >= SameWords.MOST ? NLS.bind(Messages.editor_followedMost, said, all) : said);
				saidAt = stackChanges + 1; // kept as Enter moves on, gone with the next change
			}
		};
		both.append(follows.command());
		if (decision != null) {
			both.append(decision); // last: what the decision touched and made stays what the compound reports
		}
		return both;
	}
}
