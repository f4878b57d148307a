/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.internal.editor;

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
import org.assay.model.support.SetNames;
import org.assay.store.ProjectFolder;
import org.assay.store.StoreException;
import org.assay.text.Segmentation;
import org.assay.text.Segmenter;
import org.assay.ui.internal.Messages;
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
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
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

	private final Highlighter highlighter = new Highlighter();
	private final ChangedRegion changed = new ChangedRegion();
	private ClaimLinks claimLinks;
	private final AnnotationCursor cursor = new AnnotationCursor();
	private final AnnotationSelection selection = new AnnotationSelection();
	private AdapterFactoryEditingDomain domain;
	private StackAction undo;
	private StackAction redo;
	private Segmentation segmentation;
	private StyledText text;
	private Combo sets;
	private Legend legend;
	private Label status;
	private AnnotationSet shown;

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
		domain = new AdapterFactoryEditingDomain(new AssayItemProviderAdapterFactory(), new BasicCommandStack());
		domain.getCommandStack().addCommandStackListener(e -> site.getShell().getDisplay().asyncExec(this::stackChanged));
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

		text = new StyledText(parent, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.MULTI);
		text.setMargins(16, 12, 16, 12);
		text.setLineSpacing(4);
		text.setText(document().getText());
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
			first = SetNames.find(document(), SetNames.GOLD) != null ? SetNames.GOLD
					: all.isEmpty() ? null : all.get(0).getName();
		}
		if (first != null) {
			showSet(first);
		} else {
			status.setText(Messages.editor_noSets);
		}
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
		StyleRange[] ranges = highlighter.styles(set.getAnnotations(), text.getCharCount());
		text.setStyleRanges(ranges);
		changed.watch(set);
		legend.show(set);
		status.setText(StatusText.of(set));
		status.getParent().layout(true, true);
		firePropertyChange(PROP_SHOWN_SET);
	}

	private void stackChanged() {
		if (text == null || text.isDisposed()) {
			return;
		}
		undo.update();
		redo.update();
		if (shown != null) {
			restyleChanges();
			legend.show(shown);
			status.setText(StatusText.of(shown));
			reveal(cursor.current());
		}
		firePropertyChange(PROP_DIRTY);
	}

	/** Restyles the stretch of text that the commands since the last call touched, or all if unknown. */
	private void restyleChanges() {
		int length = text.getCharCount();
		if (changed.isEverything()) {
			text.setStyleRanges(highlighter.styles(shown.getAnnotations(), length));
		} else if (!changed.isEmpty()) {
			int from = Math.max(0, Math.min(changed.start(), length));
			int to = Math.max(from, Math.min(changed.end(), length));
			text.replaceStyleRanges(from, to - from, highlighter.styles(shown.getAnnotations(), length, from, to));
		}
		changed.clear();
	}

	@Override
	public void dispose() {
		changed.watch(null);
		super.dispose();
	}

	/** Selects the next (or previous) proposal in the text and scrolls to it. */
	public void moveToProposal(boolean forward) {
		if (shown != null) {
			setCurrent(cursor.move(shown, forward));
		}
	}

	private void reveal(Span span) {
		if (span != null && span.eContainer() == shown) {
			text.setSelection(Spans.begin(span), Spans.end(span));
			text.showSelection();
		}
	}

	/** Makes a span of the shown set the current annotation: selected in the text, scrolled to, and the selection. */
	public void setCurrent(Span span) {
		cursor.set(span);
		reveal(span);
		selection.set(span);
		if (claimLinks != null) {
			claimLinks.current(span);
			Span claim = claimLinks.claim();
			if (claim != null && shown != null) {
				String words = Spans.coveredText(claim, document().getText()).strip().replaceAll("\\s+", " ");
				words = words.length() > 40 ? words.substring(0, 40) + "\u2026" : words;
				status.setText(StatusText.of(shown) + "  \u2014  " + NLS.bind(Messages.editor_claimLinking, words));
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

	/** The annotation the keyboard works on, or null. */
	public Span currentAnnotation() {
		return cursor.current();
	}

	public void accept() {
		decide(a -> Decisions.accept(domain, a, Annotators.current(), new Date()));
	}

	public void reject() {
		decide(a -> Decisions.reject(domain, a, Annotators.current(), new Date()));
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
		if (label != null && applyLabel(label)) {
			e.doit = false;
		}
	}

	/**
	 * Applies a label as its key does (for the label palette): with text selected, marks a new span of it over
	 * the selection widened to whole tokens; otherwise relabels the current annotation if the label is of its
	 * layer. Returns whether it did either.
	 */
	public boolean applyLabel(org.assay.model.Label label) {
		Span current = cursor.current();
		if (shown == null || label == null || label.getLayer().getKind() != LayerKind.SPAN) {
			return false;
		}
		if (marking()) {
			Point selection = text.getSelection();
			int[] bounds = segmentation().snap(selection.x, selection.y);
			domain.getCommandStack().execute(
					Decisions.create(domain, shown, label, bounds[0], bounds[1], Annotators.current(), new Date()));
			setCurrent((Span) shown.getAnnotations().get(shown.getAnnotations().size() - 1));
			return true;
		}
		if (current != null && label.getLayer() == current.getLabel().getLayer() && label != current.getLabel()) {
			decide(a -> Decisions.relabel(domain, a, label, Annotators.current(), new Date()));
			return true;
		}
		return false;
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
		for (Layer l : layer == null ? schema().getLayers() : List.of(layer)) {
			if (l.getKind() != LayerKind.SPAN) {
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

	/** The document's tokens as the engines and exports see them, made on first use. */
	private Segmentation segmentation() {
		if (segmentation == null) {
			segmentation = Segmenter.get().segment(document().getText());
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
		if (shown != null && shown.getState() != WorkState.DONE) {
			domain.getCommandStack().execute(
					SetCommand.create(domain, shown, AssayPackage.Literals.ANNOTATION_SET__STATE, WorkState.DONE));
		}
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
	 * ({@code +1}) or the left ({@code -1}); a span never becomes empty.
	 */
	public void moveBoundary(boolean start, int direction) {
		Span current = cursor.current();
		if (current == null || current.eContainer() != shown) {
			return;
		}
		Segmentation t = segmentation();
		if (t.tokenCount() == 0) {
			return;
		}
		int begin = Spans.begin(current);
		int end = Spans.end(current);
		if (start) {
			int i = t.tokenAt(begin) + direction;
			if (i >= 0 && i < t.tokenCount() && t.tokenBegins()[i] < end) {
				begin = t.tokenBegins()[i];
			}
		} else {
			int i = t.tokenAt(end - 1) + direction;
			if (i >= 0 && i < t.tokenCount() && t.tokenEnds()[i] > begin) {
				end = t.tokenEnds()[i];
			}
		}
		if (begin != Spans.begin(current) || end != Spans.end(current)) {
			domain.getCommandStack().execute(Decisions.reshape(domain, current, begin, end, Annotators.current(), new Date()));
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
		if (best != null) {
			cursor.set(best);
			selection.set(best);
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

	/** The text widget, for tests. */
	public StyledText textWidget() {
		return text;
	}

	@Override
	public void setFocus() {
		text.setFocus();
	}

	@Override
	public boolean isDirty() {
		return ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded();
	}

	/** Saves the document's sets; the undo history stays, so that a save can be undone too. */
	@Override
	public void doSave(IProgressMonitor monitor) {
		ProjectFolder folder = input().folder();
		try {
			for (AnnotationSet set : document().getAnnotationSets()) {
				folder.save(set);
			}
			((BasicCommandStack) domain.getCommandStack()).saveIsDone();
			firePropertyChange(PROP_DIRTY);
		} catch (StoreException e) {
			ILog.of(DocumentEditor.class).log(Status.error(e.getMessage(), e));
			MessageDialog.openError(getSite().getShell(), getPartName(), e.getMessage());
			if (monitor != null) {
				monitor.setCanceled(true);
			}
		}
	}

	/**
	 * The document's sets were changed outside the editor (an engine run offered proposals, saved): lists the
	 * sets again and shows the current one anew. The undo history is dropped, since its commands may refer
	 * to annotations the run replaced.
	 */
	public void setsChanged() {
		if (text == null || text.isDisposed()) {
			return;
		}
		domain.getCommandStack().flush();
		String current = shown == null ? null : shown.getName();
		sets.removeAll();
		for (AnnotationSet s : document().getAnnotationSets()) {
			sets.add(s.getName());
		}
		String name = current != null && SetNames.find(document(), current) != null ? current
				: sets.getItemCount() > 0 ? sets.getItem(0) : null;
		if (name != null) {
			showSet(name);
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
