/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.internal.editor;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.assay.model.AnnotationSet;
import org.assay.model.AnnotationStatus;
import org.assay.model.AssayPackage;
import org.assay.model.WorkState;
import org.assay.model.Document;
import org.assay.model.LabelSchema;
import org.assay.model.Layer;
import org.assay.model.LayerKind;
import org.assay.model.Span;
import org.assay.model.edit.decisions.Decisions;
import org.assay.model.provider.AssayItemProviderAdapterFactory;
import org.assay.model.support.Spans;
import org.assay.model.support.StandardSchema;
import org.assay.model.support.SetNames;
import org.assay.store.ProjectFolder;
import org.assay.store.StoreException;
import org.assay.text.Segmentation;
import org.assay.ui.internal.Messages;
import org.assay.ui.internal.engines.EngineOffer;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.osgi.util.NLS;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ST;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.part.EditorPart;

/**
 * Shows a document's text with the annotations of one of its sets highlighted in their labels' colours; a
 * combo switches between the sets, a legend counts the labels, hovering a span tells its label, status and
 * provenance.
 */
public final class DocumentEditor extends EditorPart {

	public static final String ID = "org.assay.ui.editors.document";

	/** Property fired when the editor shows another set (or the same set anew). */
	public static final int PROP_SHOWN_SET = 0x1001;

	/** The id of the text's context menu, for menu contributions. */
	public static final String CONTEXT_MENU = "org.assay.ui.editors.document.context";

	/** The context of the editor's key bindings. */
	public static final String CONTEXT = "org.assay.ui.contexts.documentEditor";

	private final StyleIndex styles = new StyleIndex();
	private final Highlighter highlighter = new Highlighter();
	private final ChangedRegion changed = new ChangedRegion(this::spanMoved);
	/** The shown set's spans by where they lie, made on the first restyle of a stretch. */
	private SpanIndex spanIndex;
	private ClaimLinks claimLinks;
	private final AnnotationCursor cursor = new AnnotationCursor();
	private final AnnotationSelection selection = new AnnotationSelection();
	private AdapterFactoryEditingDomain domain;
	private StackAction undo;
	private StackAction redo;
	private Segmentation segmentation;
	private Label banner;
	private AutoSave autoSave;
	/** Whether the status line's message says why a label key did nothing (cleared when another is current). */
	private boolean keyHint;
	/** Decisions followed on the same words in the document. */
	private SameWordsFollower follower;
	private final TouchedSets touched = new TouchedSets();
	private boolean byUncertainty;
	private StyledText text;
	private Combo sets;
	private Legend legend;
	private Label status;
	private AnnotationSet shown;
	private SetTally tally; // of the shown set, or null when it changed since it was counted

	/** Opens (or brings to front) the editor of a document, showing the named set or the default one. */
	public static DocumentEditor open(IWorkbenchPage page, ProjectFolder folder, Document document, String set) {
		try {
			DocumentEditor editor = (DocumentEditor) page.openEditor(new DocumentEditorInput(folder, document, set), ID);
			if (set != null) {
				editor.showSet(set);
			}
			return editor;
		} catch (PartInitException e) {
			ILog.of(DocumentEditor.class).log(Status.error("cannot open " + document.getId(), e));
			return null;
		}
	}

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof DocumentEditorInput)) {
			throw new PartInitException("not an Assay document: " + input);
		}
		setSite(site);
		setInput(input);
		domain = new AdapterFactoryEditingDomain(new AssayItemProviderAdapterFactory(), new BasicCommandStack() {
			@Override
			public void execute(Command command) {
				if (isReadOnly()) {
					text.getDisplay().beep(); // an engine's set: shown, never changed by accident
					return;
				}
				boolean offer = EngineOffer.isOffer(command);
				boolean decision = !offer && command != null && command.canExecute();
				super.execute(offer ? command : Decisions.starting(domain, shown, command));
				if (decision && Annotators.learnOnDone()
						&& org.assay.ui.internal.engines.LearningLoop.decided(input().folder(), Annotators.retrainEvery())) {
					text.getDisplay().asyncExec(DocumentEditor.this::learnAfterDecisions);
				}
			}
		});
		domain.getCommandStack().addCommandStackListener(e -> {
			touched.note(domain.getCommandStack().getMostRecentCommand());
			follower.stackChanged(); // counted as it happens: a change still queued must not count after a later one
			tally = null; // counted again when next asked, once for the legend, the status line and the views
			undo.update(); // at once, so that a Ctrl+Z right after a decision is not refused by a stale state
			redo.update();
			site.getShell().getDisplay().asyncExec(this::stackChanged);
		});
		follower = new SameWordsFollower(domain, () -> shown, this::isReadOnly, site.getActionBars().getStatusLineManager());
		undo = new StackAction(domain.getCommandStack(), true);
		redo = new StackAction(domain.getCommandStack(), false);
		site.getActionBars().setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
		site.getActionBars().setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
		setPartName(input.getName());
		setTitleToolTip(input.getToolTipText());
	}

	private DocumentEditorInput input() {
		return (DocumentEditorInput) getEditorInput();
	}

	public Document document() {
		return input().document();
	}

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(parent);
		Composite bar = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).margins(8, 4).applyTo(bar);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		new Label(bar, SWT.NONE).setText(Messages.editor_set);
		sets = new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN);
		legend = new Legend(bar);
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(legend.control());

		banner = new Label(parent, SWT.WRAP);
		banner.setBackground(new org.eclipse.swt.graphics.Color(255, 246, 204)); // a note, not an error
		banner.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_BLACK));
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).exclude(true).applyTo(banner);
		banner.setVisible(false); // shown when a set needs a note

		text = new StyledText(parent, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.MULTI);
		text.setMargins(16, 12, 16, 12);
		text.setLineSpacing(4);
		text.setText(document().getText());
		text.addLineStyleListener(e -> e.styles = styles.overlapping(e.lineOffset, e.lineText.length()));
		// a size hint, so that layouts never ask the text for its preferred size: with wrapping on, that means
		// laying out every line of the document (seconds for a few megabytes)
		GridDataFactory.fillDefaults().grab(true, true).hint(200, 100).applyTo(text);
		new SpanHover(text, () -> shown);
		claimLinks = new ClaimLinks(text);
		MenuManager menu = new MenuManager();
		menu.add(new org.eclipse.jface.action.GroupMarker(org.eclipse.ui.IWorkbenchActionConstants.MB_ADDITIONS));
		text.setMenu(menu.createContextMenu(text));
		getSite().registerContextMenu(CONTEXT_MENU, menu, getSite().getSelectionProvider());
		text.addListener(SWT.KeyDown, this::labelKey);
		text.addListener(SWT.MouseUp, this::click);
		getSite().getService(IContextService.class).activateContext(CONTEXT);
		getSite().setSelectionProvider(selection);

		status = new Label(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).indent(8, 2).applyTo(status);

		List<AnnotationSet> all = document().getAnnotationSets();
		for (AnnotationSet s : all) {
			sets.add(s.getName());
		}
		sets.addListener(SWT.Selection, e -> showSet(sets.getText()));
		String first = input().initialSet();
		if (first == null) {
			first = Annotators.current(); // the annotator's own set, made when missing
			if (SetNames.find(document(), first) == null) {
				if (!SetNames.isValid(first) || SetNames.kindOf(first) != org.assay.model.SetKind.ANNOTATOR) {
					first = all.isEmpty() ? null : all.get(0).getName();
				} else {
					SetNames.findOrCreate(document(), first);
				}
			}
		}
		if (first != null) {
			showSet(first);
		} else {
			status.setText(Messages.editor_noSets);
			showBanner(null);
		}
	}

	/**
	 * The annotations to draw: all but the proposals whose engine was less sure than the threshold in the
	 * preferences (none hidden when it is 0).
	 */
	private List<org.assay.model.Annotation> visible(AnnotationSet set) {
		double min = Annotators.minConfidence();
		if (min <= 0) {
			return set.getAnnotations();
		}
		return set.getAnnotations().stream().filter(a -> !AnnotationCursor.belowThreshold(a, min)).toList();
	}

	/** Walks proposals from the least sure to the surest (true) or in text order (false, the default). */
	public void walkByUncertainty(boolean on) {
		byUncertainty = on;
		setCurrent(null);
		moveToProposal(true);
	}

	public boolean walksByUncertainty() {
		return byUncertainty;
	}

	/** Whether the shown set is an engine's, which the editor shows and never changes. */
	public boolean isReadOnly() {
		return shown != null && SetNames.kindOf(shown.getName()) == org.assay.model.SetKind.ENGINE;
	}

	/** The line above the text: why an engine's set cannot be edited, or how to start on an empty set. */
	private void showBanner(String message) {
		if (banner.getVisible() == (message != null) && banner.getText().equals(message == null ? "" : message)) {
			return; // as it is: no layout
		}
		banner.setText(message == null ? "" : message);
		((org.eclipse.swt.layout.GridData) banner.getLayoutData()).exclude = message == null;
		banner.setVisible(message != null);
		banner.getParent().layout(true, true);
	}

	private String bannerFor(AnnotationSet set) {
		if (isReadOnly()) {
			return NLS.bind(Messages.editor_engineSetBanner, set.getName(), Annotators.current());
		}
		List<AnnotationSet> pending = EngineOffer.pending(set);
		if (!pending.isEmpty()) {
			return NLS.bind(Messages.editor_offerBanner, set.getName(), EngineOffer.describe(pending));
		}
		if (set.getAnnotations().isEmpty()) {
			return NLS.bind(Messages.editor_emptySetBanner, set.getName());
		}
		return null;
	}

	/**
	 * Offers the proposals the engines already made for this document (its engine sets) to the shown set, as
	 * Engines > Annotate does after a run, without running them again; one step to undo. Then walks to the first
	 * proposal.
	 */
	public void offerEngineProposals() {
		List<AnnotationSet> engineSets = shown == null || isReadOnly() ? List.of() : EngineOffer.engineSets(document());
		if (engineSets.isEmpty()) {
			text.getDisplay().beep();
			getEditorSite().getActionBars().getStatusLineManager().setMessage(isReadOnly()
					? NLS.bind(Messages.editor_offerReadOnly, shown.getName())
					: Messages.editor_offerNothing);
			return;
		}
		Command offer = EngineOffer.command(shown, engineSets, Messages.editor_offer);
		domain.getCommandStack().execute(offer);
		getEditorSite().getActionBars().getStatusLineManager()
				.setMessage(NLS.bind(Messages.editor_offered, offer.getDescription(), EngineOffer.describe(engineSets)));
		setCurrent(null);
		moveToProposal(true);
	}

	/** The document labels the header shows, for tests. */
	public List<String> documentLabels() {
		return legend.documentLabels();
	}

	/** The line under the text (the shown set, its counts and state); for tests. */
	public String statusText() {
		return status.getText();
	}

	/** The banner's text, or empty when none is shown; for tests. */
	public String banner() {
		return banner.isVisible() ? banner.getText() : "";
	}

	/** Shows the annotations of the document's set of that name; does nothing if there is none. */
	public void showSet(String name) {
		AnnotationSet set = SetNames.find(document(), name);
		if (set == null || text == null) {
			return;
		}
		shown = set;
		setCurrent(null);
		if (sets.indexOf(name) < 0) {
			sets.add(name); // made after the editor opened (an engine run, a new annotator)
		}
		sets.setText(name);
		styles.set(highlighter.styles(visible(set), text.getCharCount()));
		text.redrawRange(0, text.getCharCount(), true);
		changed.watch(set);
		tally = null;
		legend.show(tally());
		status.setText(StatusText.of(set, tally(), Annotators.minConfidence()));
		status.getParent().layout(true, true);
		showBanner(bannerFor(set));
		firePropertyChange(PROP_SHOWN_SET);
	}

	private void stackChanged() {
		if (text == null || text.isDisposed()) {
			return;
		}
		if (autoSave == null) {
			autoSave = new AutoSave(text.getDisplay(), this::isDirty, this::saveByItself);
		}
		autoSave.changed();
		undo.update();
		redo.update();
		if (shown != null) {
			restyleChanges();
			legend.show(tally());
			status.setText(StatusText.of(shown, tally(), Annotators.minConfidence()));
			if (!isReadOnly()) {
				showBanner(bannerFor(shown)); // gone with the first annotation or the offer, back when they are undone
			}
			reveal(cursor.current());
		}
		firePropertyChange(PROP_DIRTY);
	}

	private void spanMoved(Span span) {
		if (spanIndex != null) {
			spanIndex.moved(span);
		}
	}

	/** Restyles the stretch of text that the commands since the last call touched, or all if unknown. */
	private void restyleChanges() {
		int length = text.getCharCount();
		if (changed.isEverything()) {
			styles.set(highlighter.styles(visible(shown), length));
			text.redrawRange(0, length, true);
		} else if (!changed.isEmpty()) {
			List<org.assay.model.Annotation> visible = visible(shown);
			boolean indexed = visible == shown.getAnnotations(); // no threshold hides proposals: the index is of it
			if (indexed && (spanIndex == null || spanIndex.annotations() != visible)) {
				spanIndex = new SpanIndex(visible);
			}
			// a decision followed far away touches stretches apart: each restyled, and redrawn only where the text
			// keeps its lines laid out (a redraw reaching above the top has the lines above measured again, and one
			// redraw over many stretches has the lines between laid out again; the text asks for the styles of the
			// others when it lays them out, and no style changes a line's height)
			int[] laidOut = laidOut(length);
			List<int[]> stretches = new ArrayList<>();
			List<StyleRange[]> fresh = new ArrayList<>();
			for (int[] region : changed.regions()) {
				int from = Math.max(0, Math.min(region[0], length));
				int to = Math.max(from, Math.min(region[1], length));
				stretches.add(new int[] { from, to });
				fresh.add(indexed ? highlighter.styles(spanIndex, length, from, to)
						: highlighter.styles(visible, length, from, to));
			}
			styles.replace(stretches, fresh);
			for (int[] r : stretches) {
				if (r[0] <= laidOut[1] && r[1] >= laidOut[0]) {
					int from = Math.max(r[0], laidOut[0]);
					text.redrawRange(from, Math.min(r[1], laidOut[1]) - from, true);
				}
			}
		}
		changed.clear();
	}

	/**
	 * The lines the text keeps laid out, with their styles, {begin, end}: StyledText keeps 300 from the line above
	 * the top one (its renderer's cache); a style changed there must be redrawn, elsewhere it is asked for anew.
	 */
	private int[] laidOut(int length) {
		int lines = text.getLineCount();
		int first = Math.max(0, text.getTopIndex() - 1);
		int last = Math.min(lines - 1, first + 300);
		return new int[] { text.getOffsetAtLine(first), last + 1 < lines ? text.getOffsetAtLine(last + 1) : length };
	}

	@Override
	public void dispose() {
		if (autoSave != null) {
			autoSave.stop();
		}
		changed.watch(null);
		super.dispose();
	}

	/** Selects the next (or previous) proposal in the text and scrolls to it. */
	public void moveToProposal(boolean forward) {
		if (shown != null) {
			setCurrent(byUncertainty ? cursor.moveByConfidence(shown, forward, Annotators.minConfidence())
					: cursor.move(shown, forward, Annotators.minConfidence()));
		}
	}

	private void reveal(Span span) {
		if (span != null && span.eContainer() == shown) {
			Reveal.select(text, Spans.begin(span), Spans.end(span));
		}
	}

	/**
	 * Selects a stretch of text and scrolls to it, making the shown set's span of exactly that extent the
	 * current annotation if there is one. An editor that has just opened is laid out later: it shows the
	 * stretch again once it has its size.
	 */
	public void showRange(int begin, int end) {
		Span exact = null;
		if (shown != null) {
			for (org.assay.model.Annotation a : shown.getAnnotations()) {
				if (a instanceof Span s && Spans.begin(s) == begin && Spans.end(s) == end) {
					exact = s;
				}
			}
		}
		if (exact != null) {
			setCurrent(exact);
		} else {
			Reveal.select(text, begin, end);
		}
		if (text.getClientArea().height == 0) {
			Listener[] once = new Listener[1];
			once[0] = e -> {
				if (text.getClientArea().height > 0) {
					text.removeListener(SWT.Resize, once[0]);
					Reveal.select(text, begin, end);
				}
			};
			text.addListener(SWT.Resize, once[0]);
		}
	}

	/** Makes a span of the shown set the current annotation: selected in the text, scrolled to, and the selection. */
	public void setCurrent(Span span) {
		if (keyHint) { // it spoke of the annotation that was current
			getEditorSite().getActionBars().getStatusLineManager().setMessage(null);
			keyHint = false;
		}
		follower.left(span);
		cursor.set(span);
		reveal(span);
		selection.set(span);
		if (claimLinks != null) {
			claimLinks.current(span);
			Span claim = claimLinks.claim();
			if (claim != null && shown != null) {
				String words = shortWords(claim);
				status.setText(StatusText.of(shown, tally(), Annotators.minConfidence()) + "  \u2014  " + NLS.bind(Messages.editor_claimLinking, words));
			}
		}
	}

	/** The claim being linked: the last claim content that was current, or null. */
	public Span claimBeingLinked() {
		return claimLinks == null ? null : claimLinks.claim();
	}

	/**
	 * Links the claim being linked to the current annotation in a role ({@code claimant} or {@code cue}),
	 * replacing the claim's earlier link of that role; undoable.
	 */
	public void linkCurrent(String role) {
		Span claim = claimBeingLinked();
		Span target = cursor.current();
		if (claim == null || target == null || target == claim || claim.eContainer() != shown
				|| target.eContainer() != shown) {
			getSite().getShell().getDisplay().beep();
			return;
		}
		domain.getCommandStack().execute(Decisions.link(domain, claim, target, role, Annotators.current(), new Date()));
		text.redraw();
	}

	/**
	 * Links the claimant of the claim being linked, when it is a span of the claim's own layer (a SOURCE: a pronoun
	 * or a description), to the current annotation as the mention it refers to ({@code refersTo}), replacing an
	 * earlier one; undoable. Beeps when there is no such claimant or the current annotation is in the claim's
	 * layer.
	 */
	public void linkReferent() {
		Span claim = claimBeingLinked();
		Span target = cursor.current();
		Span source = claim == null ? null : ClaimLinks.claimant(claim);
		if (source == null || target == null || source.eContainer() != shown || target.eContainer() != shown
				|| source.getLabel().getLayer() != claim.getLabel().getLayer()
				|| target.getLabel().getLayer() == claim.getLabel().getLayer()) {
			getSite().getShell().getDisplay().beep();
			return;
		}
		domain.getCommandStack().execute(Decisions.link(domain, source, target, StandardSchema.ROLE_REFERS_TO,
				Annotators.current(), new Date()));
		text.redraw();
	}

	/** The annotation the keyboard works on, or null. */
	public Span currentAnnotation() {
		return cursor.current();
	}

	/** Accepts the current annotation and, as the preferences say (on by default), moves to the next proposal. */
	public void accept() {
		Span current = cursor.current();
		decide(a -> follower.labelled(Decisions.accept(domain, a, Annotators.current(), new Date()), a, a.getLabel(),
				Spans.begin(a), Spans.end(a)));
		if (current != null && current.getStatus() == AnnotationStatus.ACCEPTED && Annotators.acceptMovesOn()) {
			moveToProposal(true);
		}
	}

	/**
	 * Rejects the current annotation; a claim whose source or cue is still undecided asks whether to reject them
	 * and its links with it (one command, one undo); a claim whose source and cue are decided takes only its
	 * undecided links with it, without asking.
	 */
	public void reject() {
		Span current = cursor.current();
		List<org.assay.model.Annotation> parts = current == null || current.eContainer() != shown || isReadOnly()
				? List.of() : Decisions.parts(current);
		long undecidedSpans = parts.stream().filter(a -> !(a instanceof org.assay.model.Link)).count();
		// with its source and cue decided already, only its undecided links go with it: nothing to ask
		if (!parts.isEmpty() && (undecidedSpans == 0 || MessageDialog.openQuestion(getSite().getShell(),
				Messages.editor_rejectClaim, NLS.bind(Messages.editor_rejectClaimQuestion, undecidedSpans)))) {
			decide(a -> Decisions.rejectWithParts(domain, a, Annotators.current(), new Date()));
			return;
		}
		decide(a -> follower.rejected(Decisions.reject(domain, a, Annotators.current(), new Date()), a));
	}

	/**
	 * A label's key: with text selected (other than the current annotation), marks a new span of that label
	 * over the selection widened to whole tokens; otherwise relabels the current annotation within its layer.
	 */
	private void labelKey(Event e) {
		if (shown == null || e.character == 0 || (e.stateMask & SWT.MODIFIER_MASK) != 0) {
			return;
		}
		String key = String.valueOf(e.character);
		Span current = cursor.current();
		org.assay.model.Label label = marking() || current == null ? labelWithKey(key, null)
				: labelWithKey(key, current.getLabel().getLayer());
		if (label == null && !marking()) {
			label = labelWithKey(key, schema().getLayers(), LayerKind.DOCUMENT);
		}
		if (label != null && applyLabel(label)) {
			e.doit = false;
			return;
		}
		String why = whyKeyDidNothing(key, current);
		if (why != null) {
			getEditorSite().getActionBars().getStatusLineManager().setMessage(why);
			keyHint = true;
		}
	}

	/** A span's words on one line, cut after 40 characters. */
	private String shortWords(Span span) {
		String words = Spans.coveredText(span, document().getText()).strip().replaceAll("\\s+", " ");
		return words.length() > 40 ? words.substring(0, 40) + "\u2026" : words;
	}

	/**
	 * Why a span label's key changed nothing, for the status line: nothing current and no words selected, the
	 * current annotation already of that label, or of another layer; null when the key is no span label's.
	 */
	private String whyKeyDidNothing(String key, Span current) {
		org.assay.model.Label label = labelWithKey(key, null);
		if (label == null || marking()) {
			return null;
		}
		if (current == null) {
			return NLS.bind(Messages.editor_keyNothingCurrent, key, label.getName());
		}
		String words = shortWords(current);
		if (label == current.getLabel()) {
			return NLS.bind(Messages.editor_keySameLabel, words, label.getName());
		}
		return NLS.bind(Messages.editor_keyOtherLayer, new Object[] { key, label.getName(), label.getLayer().getTitle(),
				words, current.getLabel().getName(), current.getLabel().getLayer().getTitle() });
	}

	/**
	 * Applies a label as its key does (for the label palette): with text selected, marks a new span of it over
	 * the selection widened to whole tokens, or, where the layer has a span of exactly those tokens, accepts or
	 * relabels that one and makes it current; otherwise relabels the current annotation if the label is of its
	 * layer. Returns whether it did any.
	 */
	public boolean applyLabel(org.assay.model.Label label) {
		Span current = cursor.current();
		if (shown == null || label == null) {
			return false;
		}
		if (label.getLayer().getKind() == LayerKind.DOCUMENT) {
			domain.getCommandStack().execute(Decisions.labelDocument(domain, shown, label, Annotators.current(), new Date()));
			return true;
		}
		if (label.getLayer().getKind() != LayerKind.SPAN) {
			return false;
		}
		if (marking()) {
			Point selection = text.getSelection();
			int[] bounds = segmentation().snap(selection.x, selection.y);
			Span there = spanAt(label.getLayer(), bounds[0], bounds[1]);
			if (there != null) { // those words already have a span in the layer: decided so, never a second one
				if (there.getLabel() != label) {
					domain.getCommandStack().execute(follower.labelled(Decisions.relabel(domain, there, label,
							Annotators.current(), new Date()), there, label, bounds[0], bounds[1]));
				} else if (there.getStatus() == AnnotationStatus.PROPOSED
						|| there.getStatus() == AnnotationStatus.REJECTED) {
					domain.getCommandStack().execute(follower.labelled(
							Decisions.accept(domain, there, Annotators.current(), new Date()), there, label, bounds[0],
							bounds[1]));
				}
				setCurrent(there);
				return true;
			}
			domain.getCommandStack().execute(follower.labelled(
					Decisions.create(domain, shown, label, bounds[0], bounds[1], Annotators.current(), new Date()), null,
					label, bounds[0], bounds[1]));
			setCurrent((Span) shown.getAnnotations().get(shown.getAnnotations().size() - 1));
			return true;
		}
		if (current != null && label.getLayer() == current.getLabel().getLayer() && label != current.getLabel()) {
			decide(a -> follower.labelled(Decisions.relabel(domain, a, label, Annotators.current(), new Date()), a,
					label, Spans.begin(a), Spans.end(a)));
			return true;
		}
		return false;
	}

	/** The shown set's span of the layer with exactly these bounds (one fragment), or null. */
	private Span spanAt(Layer layer, int begin, int end) {
		for (org.assay.model.Annotation a : shown.getAnnotations()) {
			if (a instanceof Span s && s.getLabel() != null && s.getLabel().getLayer() == layer
					&& s.getFragments().size() == 1 && Spans.begin(s) == begin && Spans.end(s) == end) {
				return s;
			}
		}
		return null;
	}

	/** Whether text other than the current annotation is selected, so that a label marks a new span. */
	private boolean marking() {
		Span current = cursor.current();
		Point selection = text.getSelection();
		return selection.y > selection.x && (current == null
				|| selection.x != Spans.begin(current) || selection.y != Spans.end(current));
	}

	/** The project's label schema. */
	public LabelSchema schema() {
		return input().folder().project().getSchema();
	}

	/** The label with that key, in the given layer or, if null, in any span layer of the schema. */
	private org.assay.model.Label labelWithKey(String key, Layer layer) {
		return labelWithKey(key, layer == null ? schema().getLayers() : List.of(layer), LayerKind.SPAN);
	}

	/** The label with that key among the layers of that kind. */
	private static org.assay.model.Label labelWithKey(String key, List<Layer> layers, LayerKind kind) {
		for (Layer l : layers) {
			if (l.getKind() != kind) {
				continue;
			}
			for (org.assay.model.Label label : l.getLabels()) {
				if (key.equals(label.getKey())) {
					return label;
				}
			}
		}
		return null;
	}

	/**
	 * The document's tokens as exports see them, made on first use: its own (as imported from CoNLL) if it has
	 * them, else the engines' segmenter's.
	 */
	private Segmentation segmentation() {
		if (segmentation == null) {
			segmentation = TokenSteps.of(document());
		}
		return segmentation;
	}

	/**
	 * Accepts every proposal that still has the current annotation's label in this document, after showing
	 * how many there are.
	 */
	public void acceptAllOfLabel() {
		Span current = cursor.current();
		if (current == null || current.eContainer() != shown) {
			return;
		}
		org.assay.model.Label label = current.getLabel();
		CompoundCommand all = new CompoundCommand(NLS.bind(Messages.editor_acceptAll, label.getName()));
		Date now = new Date();
		for (org.assay.model.Annotation a : shown.getAnnotations()) {
			if (a.getLabel() == label && a.getStatus() == AnnotationStatus.PROPOSED) {
				all.append(Decisions.accept(domain, a, Annotators.current(), now));
			}
		}
		int n = all.getCommandList().size();
		if (n > 0 && MessageDialog.openQuestion(getSite().getShell(), all.getLabel(),
				NLS.bind(Messages.editor_acceptAllQuestion, n, label.getName()))) {
			domain.getCommandStack().execute(all);
		}
	}

	/** Marks the annotator's work on this document done (undoable; saved with the document). */
	public void markDone() {
		int open = tally().proposed(); // spans and document labels, as the line under the text counts them
		if (open > 0 && !isReadOnly() && shown.getState() != WorkState.DONE && !MessageDialog.openQuestion(
				getSite().getShell(), Messages.editor_markDone, NLS.bind(Messages.editor_markDoneOpen, open))) {
			return;
		}
		if (shown != null && shown.getState() != WorkState.DONE) {
			domain.getCommandStack().execute(
					SetCommand.create(domain, shown, AssayPackage.Literals.ANNOTATION_SET__STATE, WorkState.DONE));
			if (shown.getState() == WorkState.DONE && Annotators.learnOnDone()) {
				doSave(null); // the loop reads what is on the model; saved so that the engine run cannot clash
				org.assay.ui.internal.engines.LearningLoop.documentDone(text.getDisplay(), input().folder(),
						Annotators.current(), turn -> loopDone(turn));
			}
		}
	}

	/**
	 * Starts the learning loop after the decisions the preferences ask for (unless a Done has started it since),
	 * with this document saved first, as a Done does.
	 */
	private void learnAfterDecisions() {
		if (text == null || text.isDisposed()) {
			return;
		}
		if (isDirty()) {
			doSave(null);
		}
		org.assay.ui.internal.engines.LearningLoop.afterDecisions(text.getDisplay(), input().folder(),
				Annotators.current(), Annotators.retrainEvery(), turn -> loopDone(turn));
	}

	/**
	 * Says in the status line which loop model proposes, and shows its proposals in the open editors of the
	 * documents it proposed on (none begun: an editor the annotator works in keeps its place and its history).
	 */
	private void loopDone(org.assay.ui.internal.engines.LearningLoop.Turn turn) {
		if (turn.version() > 0) { // else it waits for more finished documents, and proposed nothing
			org.assay.ui.internal.engines.EngineTarget.refreshAfterLoop(getSite().getPage(), input().folder(),
					turn.proposed());
		}
		getEditorSite().getActionBars().getStatusLineManager()
				.setMessage(org.assay.ui.internal.engines.LearningLoop.describe(turn));
	}

	/**
	 * Opens the project's next ({@code +1}) or previous ({@code -1}) document, of those assigned to the annotator
	 * when the project assigns them any, showing the set of the same name where it has one (the annotator's own set
	 * otherwise), in place of this editor, which saves first and closes (it stays open if the save does not go
	 * through); beeps at either end. Returns the editor, or null.
	 */
	public DocumentEditor openNeighbour(int direction) {
		List<Document> documents = input().folder().project().getDocuments();
		java.util.function.Predicate<String> mine = Annotators.mineOrAll(input().folder());
		int i = documents.indexOf(document()) + direction;
		while (i >= 0 && i < documents.size() && !mine.test(documents.get(i).getId())) {
			i += direction;
		}
		if (i < 0 || i >= documents.size()) {
			text.getDisplay().beep();
			return null;
		}
		Document next = documents.get(i);
		String set = shown != null && SetNames.find(next, shown.getName()) != null ? shown.getName() : null;
		if (isDirty()) {
			doSave(null); // as it would save itself a moment later
		}
		IWorkbenchPage page = getSite().getPage();
		DocumentEditor opened = open(page, input().folder(), next, set);
		if (opened != null && opened != this && !isDirty()) {
			page.closeEditor(this, false); // in place of this one: a day's walk leaves one tab, not dozens
		}
		return opened;
	}

	/** Deletes the current annotation, and the links to and from it. */
	public void delete() {
		Span current = cursor.current();
		if (current != null && current.eContainer() == shown) {
			domain.getCommandStack().execute(Decisions.delete(domain, current, Annotators.current(), new Date()));
			setCurrent(null);
		}
	}

	/**
	 * Moves a boundary of the current span by one token: the start ({@code start}) or the end, to the right
	 * ({@code +1}) or the left ({@code -1}); a span never becomes empty. With no current span where the caret is
	 * (none, or the caret moved away from it), the keys do what they do in any text: Ctrl+Left/Right move the caret
	 * by a word and Ctrl+Shift+Left/Right select by words, so that a new span can be selected from the keyboard.
	 */
	public void moveBoundary(boolean start, int direction) {
		Span current = cursor.current();
		int caret = text.getCaretOffset();
		if (current == null || current.eContainer() != shown || caret < Spans.begin(current)
				|| caret > Spans.end(current)) {
			text.invokeAction(start ? (direction > 0 ? ST.SELECT_WORD_NEXT : ST.SELECT_WORD_PREVIOUS)
					: (direction > 0 ? ST.WORD_NEXT : ST.WORD_PREVIOUS));
			return;
		}
		int[] moved = TokenSteps.moved(segmentation(), Spans.begin(current), Spans.end(current), start, direction);
		if (moved[0] != Spans.begin(current) || moved[1] != Spans.end(current)) {
			domain.getCommandStack().execute(Decisions.reshape(domain, current, moved[0], moved[1],
					Annotators.current(), new Date()));
			follower.resized(current); // followed on the same words once the annotator leaves it
		}
	}

	/** A click on a span makes it the current annotation (the innermost, where spans nest). */
	private void click(Event e) {
		int offset = text.getOffsetAtPoint(new Point(e.x, e.y));
		if (offset < 0 || shown == null) {
			return;
		}
		Span best = null;
		for (org.assay.model.Annotation a : shown.getAnnotations()) {
			if (a instanceof Span s && Spans.covers(s, offset)
					&& (best == null || Spans.end(s) - Spans.begin(s) < Spans.end(best) - Spans.begin(best))) {
				best = s;
			}
		}
		if (text.getSelectionCount() == 0) { // a click, not the end of a selection to mark
			setCurrent(best); // none on plain text: the caret is there, and the keys are the text's again
		}
	}

	private void decide(java.util.function.Function<Span, Command> decision) {
		Span current = cursor.current();
		if (current != null && current.eContainer() == shown) {
			domain.getCommandStack().execute(decision.apply(current));
		}
	}

	/** The editing domain, whose command stack holds the editor's undo history. */
	public AdapterFactoryEditingDomain domain() {
		return domain;
	}

	/** The set whose annotations are shown, or null. */
	public AnnotationSet shownSet() {
		return shown;
	}

	/** The shown set counted (labels, statuses, hidden proposals), once after each burst of changes. */
	public SetTally tally() {
		if (tally == null) {
			tally = SetTally.of(shown, Annotators.minConfidence());
		}
		return tally;
	}

	/** The text widget, for tests. */
	public StyledText textWidget() {
		return text;
	}

	/** The style ranges drawn, in text order (the widget, fed line by line, holds none); for tests. */
	public StyleRange[] styleRanges() {
		return styles.all();
	}

	/** The style ranges drawn within a stretch of the text, clipped to it; for tests. */
	public StyleRange[] styleRanges(int start, int length) {
		return styles.within(start, length);
	}

	/** The style range drawn at an offset, or null; for tests. */
	public StyleRange styleRangeAt(int offset) {
		return styles.at(offset);
	}

	@Override
	public void setFocus() {
		text.setFocus();
		text.getDisplay().asyncExec(() -> checkDisk(false)); // activated: the files may have changed meanwhile
	}

	/** Set names whose change on disk the user chose to keep their own work over, not asked about again. */
	private final java.util.Set<String> keptMine = new java.util.HashSet<>();
	private boolean asking;

	/**
	 * Sees whether any of the document's set files changed on disk since this editor's project read or wrote them
	 * (another Assay, a command line, a {@code git pull}). A changed set the editor holds no unsaved change to is
	 * reloaded without asking, and the status line says so; for one it does, the user chooses between reloading
	 * and keeping their work. On activation a set the user chose to keep is not asked about again; on a save it
	 * is. Returns whether the save may go on: only sets unchanged on disk are ever saved, so another writer's
	 * change is never overwritten.
	 */
	private boolean checkDisk(boolean saving) {
		if (asking || text == null || text.isDisposed()) {
			return true;
		}
		List<String> changed;
		try {
			changed = changedOnDisk(saving ? touched.toSave(document()) : document().getAnnotationSets());
			if (!saving) {
				changed.removeAll(keptMine);
			}
		} catch (StoreException e) {
			ILog.of(DocumentEditor.class).log(Status.error(e.getMessage(), e));
			return false;
		}
		if (changed.isEmpty()) {
			return true;
		}
		List<String> unsaved = new ArrayList<>();
		if (isDirty()) {
			touched.toSave(document()).forEach(set -> unsaved.add(set.getName()));
		}
		List<String> quiet = new ArrayList<>(changed);
		quiet.removeAll(unsaved);
		List<String> ask = new ArrayList<>(changed);
		ask.retainAll(unsaved);
		boolean reloadAsked = false;
		if (!ask.isEmpty()) {
			asking = true;
			try {
				reloadAsked = new MessageDialog(getSite().getShell(), Messages.editor_changedOnDiskTitle, null,
						NLS.bind(Messages.editor_changedOnDisk, String.join("', '", ask), document().getId()),
						MessageDialog.WARNING, 0, Messages.editor_reload, Messages.editor_keepMine).open() == 0;
			} finally {
				asking = false;
			}
			if (!reloadAsked) {
				keptMine.addAll(ask);
				if (saving) {
					getEditorSite().getActionBars().getStatusLineManager()
							.setMessage(NLS.bind(Messages.editor_notSaved, String.join("', '", ask)));
				}
			}
		}
		List<String> reload = new ArrayList<>(quiet);
		if (reloadAsked) {
			reload.addAll(ask);
		}
		// unsaved changes that stay in the editor (kept, or in sets nobody else changed) keep their undo history and
		// their dirty mark, so that they are saved later; only with nothing unsaved left does the history go
		boolean keepHistory = !reload.containsAll(unsaved);
		if (!reload(reload, keepHistory)) {
			return false;
		}
		if (!quiet.isEmpty()) {
			getEditorSite().getActionBars().getStatusLineManager()
					.setMessage(NLS.bind(Messages.editor_reloaded, String.join("', '", quiet)));
		}
		return saving && reloadAsked;
	}

	/**
	 * Reads these sets again from disk and shows them, keeping the undo history if asked (it holds unsaved changes
	 * to other sets); false, after telling the user, when one cannot be read.
	 */
	private boolean reload(List<String> names, boolean keepHistory) {
		if (names.isEmpty()) {
			return true;
		}
		try {
			for (String name : names) {
				input().folder().reloadSet(document(), name);
				keptMine.remove(name);
			}
		} catch (StoreException e) {
			ILog.of(DocumentEditor.class).log(Status.error(e.getMessage(), e));
			MessageDialog.openError(getSite().getShell(), getPartName(), e.getMessage());
			return false;
		} finally {
			setsChanged(keepHistory);
		}
		return true;
	}

	@Override
	public boolean isDirty() {
		return ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded();
	}

	/** Saves the document's sets; the undo history stays, so that a save can be undone too. */
	@Override
	public void doSave(IProgressMonitor monitor) {
		ProjectFolder folder = input().folder();
		if (!checkDisk(true)) { // kept their own work over another writer's change: not saved, still dirty
			if (monitor != null) {
				monitor.setCanceled(true);
			}
			return;
		}
		try {
			saveSets(folder);
		} catch (StoreException e) {
			ILog.of(DocumentEditor.class).log(Status.error(e.getMessage(), e));
			MessageDialog.openError(getSite().getShell(), getPartName(), e.getMessage());
			if (monitor != null) {
				monitor.setCanceled(true);
			}
		}
	}

	/** Saves the sets the editor changed (all of them when it cannot tell), never another writer's set it only shows. */
	private void saveSets(ProjectFolder folder) throws StoreException {
		for (AnnotationSet set : touched.toSave(document())) {
			folder.save(set);
		}
		touched.clear();
		((BasicCommandStack) domain.getCommandStack()).saveIsDone();
		firePropertyChange(PROP_DIRTY);
	}

	/** The names of those of the document's sets whose files another writer changed since this project read them. */
	private List<String> changedOnDisk(List<AnnotationSet> sets) throws StoreException {
		List<String> changed = new java.util.ArrayList<>();
		for (AnnotationSet set : sets) {
			if (input().folder().changedOnDisk(document(), set.getName())) {
				changed.add(set.getName());
			}
		}
		return changed;
	}

	/**
	 * Saves after a pause in the work ({@link AutoSave}) as Ctrl+S does, but asks nothing: when another writer
	 * changed a set on disk, or the save fails (a full disk), the status line says so and the editor stays dirty
	 * for Ctrl+S, which asks.
	 */
	void saveByItself() {
		if (text == null || text.isDisposed() || asking || !isDirty()) {
			return;
		}
		ProjectFolder folder = input().folder();
		var status = getEditorSite().getActionBars().getStatusLineManager();
		try {
			List<String> changedOnDisk = changedOnDisk(touched.toSave(document()));
			if (!changedOnDisk.isEmpty()) {
				status.setMessage(NLS.bind(Messages.editor_notSavedByItself, String.join("', '", changedOnDisk)));
				return;
			}
			saveSets(folder);
		} catch (StoreException e) {
			ILog.of(DocumentEditor.class).log(Status.warning(e.getMessage(), e));
			status.setMessage(NLS.bind(Messages.editor_saveByItselfFailed, e.getMessage()));
		}
	}

	/**
	 * The document's sets were changed outside the editor (an engine run offered proposals, saved): lists the
	 * sets again and shows the current one anew. The undo history is dropped, since its commands may refer
	 * to annotations the run replaced.
	 */
	public void setsChanged() {
		setsChanged(false);
	}

	/**
	 * An engine added proposals to the document's sets and removed none (the learning loop on a document its
	 * annotator has begun): the undo history stays, and so does the current annotation.
	 */
	public void offersAdded() {
		setsChanged(true);
	}

	/**
	 * As {@link #setsChanged()}, but keeping the undo history and the dirty mark when {@code keepHistory}. The
	 * current annotation stays current when it is still in the set shown.
	 */
	private void setsChanged(boolean keepHistory) {
		if (text == null || text.isDisposed()) {
			return;
		}
		if (!keepHistory) {
			domain.getCommandStack().flush();
			touched.clear();
		}
		Span was = cursor.current();
		String current = shown == null ? null : shown.getName();
		sets.removeAll();
		for (AnnotationSet s : document().getAnnotationSets()) {
			sets.add(s.getName());
		}
		String name = current != null && SetNames.find(document(), current) != null ? current
				: sets.getItemCount() > 0 ? sets.getItem(0) : null;
		if (name != null) {
			showSet(name);
			if (was != null && was.eContainer() == shown) {
				setCurrent(was);
			}
		}
		undo.update();
		redo.update();
		firePropertyChange(PROP_DIRTY);
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	@Override
	public void doSaveAs() {
		// not allowed
	}
}
