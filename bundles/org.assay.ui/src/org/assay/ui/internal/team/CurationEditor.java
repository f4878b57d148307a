/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.internal.team;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.assay.agreement.CuratedLinks;
import org.assay.agreement.Disputes;
import org.assay.agreement.Merge;
import org.assay.agreement.MergeReport;
import org.assay.agreement.MergeStrategy;
import org.assay.agreement.Disputes.Place;
import org.assay.agreement.Disputes.Version;
import org.assay.model.Annotation;
import org.assay.model.AnnotationSet;
import org.assay.model.AnnotationStatus;
import org.assay.model.AssayFactory;
import org.assay.model.AssayPackage;
import org.assay.model.Origin;
import org.assay.model.Provenance;
import org.assay.model.Span;
import org.assay.model.WorkState;
import org.assay.model.edit.decisions.Decisions;
import org.assay.model.evaluation.Evaluation;
import org.assay.model.evaluation.Matching;
import org.assay.model.provider.AssayItemProviderAdapterFactory;
import org.assay.model.support.SetNames;
import org.assay.model.support.Spans;
import org.assay.store.StoreException;
import org.assay.ui.internal.Messages;
import org.assay.ui.internal.editor.Annotators;
import org.assay.ui.internal.editor.LabelColours;
import org.assay.ui.internal.editor.Reveal;
import org.assay.ui.internal.editor.StackAction;
import org.assay.ui.internal.editor.StyleIndex;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorPart;

/**
 * Curates one document from several sets into gold (or another set): the text once, every place where the sets
 * annotated marked (green where all agree, red underlined where they differ), and for the current disputed
 * place every set's version side by side. From the keyboard: Tab / Shift+Tab walk the disputed places that are
 * not decided yet, a number takes that version into the target set as accepted, X rejects every version (kept
 * as rejected, so the place counts as decided), Ctrl+Shift+D marks the document curated even when everything
 * was rejected, a label's key takes the selected version under that label; each is one undoable command,
 * Ctrl+S saves the target set.
 */
public final class CurationEditor extends EditorPart {

	public static final String ID = "org.assay.ui.editors.curation";

	private AdapterFactoryEditingDomain domain;
	private org.assay.ui.internal.editor.AutoSave autoSave;
	private StackAction undo;
	private StackAction redo;
	private StyledText text;
	private final StyleIndex styles = new StyleIndex();
	private Table versions;
	private Label status;
	private Combo strategy;
	private Combo as;
	private List<Place> places = List.of();
	private java.util.Set<Place> decided = java.util.Set.of();
	/** How often the command stack has changed, and at which of those changes {@link #decided} was worked out. */
	private int stackChanges;
	private int decidedAt = -1;
	private Place current;
	/** The document's tokens, for moving boundaries; made on first use. */
	private org.assay.text.Segmentation tokens;
	/** What the last Pre-merge did, shown before the status until the next one. */
	private String lastMerge;

	/** Opens (or brings up) the curation of a document. */
	public static CurationEditor open(IWorkbenchPage page, CurationInput input) throws PartInitException {
		return (CurationEditor) page.openEditor(input, ID);
	}

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof CurationInput)) {
			throw new PartInitException("not a curation: " + input);
		}
		setSite(site);
		setInput(input);
		setPartName(input.getName());
		setTitleToolTip(input.getToolTipText());
		domain = new AdapterFactoryEditingDomain(new AssayItemProviderAdapterFactory(), new BasicCommandStack());
		undo = new StackAction(domain.getCommandStack(), true);
		redo = new StackAction(domain.getCommandStack(), false);
		autoSave = new org.assay.ui.internal.editor.AutoSave(site.getShell().getDisplay(), this::isDirty,
				this::saveByItself);
		domain.getCommandStack().addCommandStackListener(e -> {
			// Undo and Redo at once, so that a Ctrl+Z pressed right after a decision is not refused by a stale state
			undo.update();
			redo.update();
			stackChanges++;
			site.getShell().getDisplay().asyncExec(this::changed);
			autoSave.changed();
		});
		site.getActionBars().setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
		site.getActionBars().setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
	}

	private CurationInput input() {
		return (CurationInput) getEditorInput();
	}

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().spacing(0, 4).applyTo(parent);
		Composite bar = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(5).margins(8, 2).applyTo(bar);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		new Label(bar, SWT.NONE).setText(Messages.curation_premerge);
		strategy = new Combo(bar, SWT.READ_ONLY);
		strategy.setItems("unanimous", "agreeing", "min:2");
		strategy.select(0);
		strategy.setToolTipText(Messages.curation_strategyTip);
		as = new Combo(bar, SWT.READ_ONLY);
		as.setItems(Messages.curation_asProposals, Messages.curation_asAccepted);
		as.select(0);
		Button premerge = new Button(bar, SWT.PUSH);
		premerge.setText(Messages.curation_premergeRun);
		premerge.addListener(SWT.Selection, e -> preMerge(strategy.getText(), as.getSelectionIndex() == 1));
		status = new Label(bar, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(status);
		text = new StyledText(parent, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
		text.setMargins(16, 12, 16, 12);
		text.setLineSpacing(4);
		text.setText(input().document().getText());
		// the ranges are kept here and handed out line by line, as the document editor does: a StyledText that holds
		// them copies them all from the caret on at some caret moves
		text.addLineStyleListener(e -> e.styles = styles.overlapping(e.lineOffset, e.lineText.length()));
		GridDataFactory.fillDefaults().grab(true, true).hint(200, 100).applyTo(text);
		versions = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION);
		versions.setHeaderVisible(true);
		versions.setLinesVisible(true);
		for (String title : new String[] { Messages.curation_key, Messages.curation_sets, Messages.curation_label,
				Messages.curation_links, Messages.curation_text, Messages.curation_inTarget }) {
			new TableColumn(versions, SWT.LEFT).setText(title);
		}
		GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 130).applyTo(versions);
		for (var w : List.of(text, versions)) {
			w.addListener(SWT.KeyDown, this::key);
			w.addListener(SWT.Traverse, e -> { // Tab walks the places, not the focus
				if (e.detail == SWT.TRAVERSE_TAB_NEXT || e.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
					e.doit = false;
				}
			});
		}
		versions.addListener(SWT.DefaultSelection, e -> take(versions.getSelectionIndex()));
		text.addListener(SWT.MouseUp, this::click);
		for (int arrow : new int[] { SWT.ARROW_LEFT, SWT.ARROW_RIGHT }) { // the boundary keys, not the caret's word moves
			text.setKeyBinding(SWT.MOD1 | arrow, SWT.NULL);
			text.setKeyBinding(SWT.MOD1 | SWT.MOD2 | arrow, SWT.NULL);
		}
		places = Disputes.of(input().document(), input().folder().project().getSchema(), input().sets(), false);
		findDecided();
		style();
		next(true);
	}

	/**
	 * Keys: Tab and Shift+Tab walk the undecided places, Alt+Down and Alt+Up every disputed one, a digit takes that
	 * version, x rejects them all, Ctrl+Shift+D marks curated;
	 * Ctrl+Right / Ctrl+Left move the end of the span taken here by a token, Ctrl+Shift+Left / Ctrl+Shift+Right its
	 * start, as in the document editor.
	 */
	private void key(Event e) {
		int mods = e.stateMask & SWT.MODIFIER_MASK;
		if (e.keyCode == SWT.TAB) {
			next((e.stateMask & SWT.SHIFT) == 0);
		} else if ((e.keyCode == SWT.ARROW_DOWN || e.keyCode == SWT.ARROW_UP) && mods == SWT.MOD3) {
			step(e.keyCode == SWT.ARROW_DOWN);
		} else if ((e.keyCode == SWT.ARROW_LEFT || e.keyCode == SWT.ARROW_RIGHT)
				&& (mods == SWT.MOD1 || mods == (SWT.MOD1 | SWT.SHIFT))) {
			boolean start = mods != SWT.MOD1;
			int direction = e.keyCode == SWT.ARROW_RIGHT ? 1 : -1;
			moveBoundary(start, direction);
		} else if ((e.stateMask & SWT.MODIFIER_MASK) == (SWT.MOD1 | SWT.SHIFT)
				&& (e.keyCode == 'd' || e.keyCode == 'D' || e.character == 0x04)) {
			markCurated();
		} else if ((e.stateMask & SWT.MODIFIER_MASK) != 0) {
			return;
		} else if (e.character >= '1' && e.character <= '9') {
			take(e.character - '1');
		} else if (e.character == 'x' || e.character == 'X') {
			rejectAll();
		} else if (!takeRelabelled(String.valueOf(e.character))) {
			return;
		}
		e.doit = false;
	}

	/**
	 * Moves to the next (or previous) disputed place, decided or not, wrapping round: to go over what was
	 * taken, where Tab only reaches what is left.
	 */
	public Place step(boolean forward) {
		int n = places.size();
		int at = current == null ? (forward ? -1 : n) : places.indexOf(current);
		for (int k = 1; k <= n; k++) {
			Place p = places.get(Math.floorMod(at + (forward ? k : -k), n));
			if (!p.agreed()) {
				show(p);
				return current;
			}
		}
		return current;
	}

	/**
	 * Moves to the next (or previous) disputed place that the target set has not decided yet, from the current one
	 * (decided or not: after a decision the walk goes on from there), wrapping round.
	 */
	public Place next(boolean forward) {
		int n = places.size();
		int at = current == null ? (forward ? -1 : n) : places.indexOf(current);
		for (int step = 1; step <= n; step++) {
			Place p = places.get(Math.floorMod(at + (forward ? step : -step), n));
			if (!p.agreed() && !decided(p)) {
				show(p);
				return current;
			}
		}
		show(null);
		return null;
	}

	/**
	 * A click on a disputed place, decided or not, makes it the current one: to see its versions again, move the
	 * boundaries of what was taken there, or take another version.
	 */
	private void click(Event e) {
		if (text.getSelectionCount() > 0) {
			return; // the end of a selection, not a click
		}
		int offset = text.getOffsetAtPoint(new org.eclipse.swt.graphics.Point(e.x, e.y));
		if (offset < 0) {
			return;
		}
		for (Place p : places) {
			if (p.begin() > offset) {
				break;
			}
			if (!p.agreed() && offset < p.end()) {
				show(p);
				return;
			}
		}
	}

	/** Takes version {@code index} (0-based) of the current place into the target set, accepted. */
	public void take(int index) {
		if (current == null || index < 0 || index >= current.versions().size()) {
			return;
		}
		Version v = current.versions().get(index);
		Span held = CuratedLinks.held(v, target());
		if (held == null) {
			execute(NLS.bind(Messages.curation_take, index + 1), withLinks(v, curated(v, AnnotationStatus.ACCEPTED)));
		} else { // the span is there (Pre-merge took it without the links the sets dispute): accepted, its links added
			CompoundCommand c = new CompoundCommand(NLS.bind(Messages.curation_take, index + 1));
			if (held.getStatus() == AnnotationStatus.PROPOSED) {
				c.append(Decisions.accept(domain, held, Annotators.current(), new Date()));
			}
			List<Annotation> links = withLinks(v, held);
			links.remove(held);
			if (!links.isEmpty()) {
				c.append(AddCommand.create(domain, target(), AssayPackage.Literals.ANNOTATION_SET__ANNOTATIONS, links));
			}
			if (!c.isEmpty()) {
				domain.getCommandStack().execute(c);
				findDecided();
			}
		}
		next(true);
	}

	/**
	 * Moves a boundary of the span taken at the current place by one token: its start ({@code start}) or its end, to
	 * the right ({@code +1}) or the left ({@code -1}). Where the target set holds nothing at the place yet, the
	 * version selected in the table (the first when none is) is taken with that boundary moved, as a correction
	 * that keeps the version it came from, with its links. The walk stays on the place, so that the boundary can be
	 * moved again; Tab goes on.
	 */
	public void moveBoundary(boolean start, int direction) {
		if (current == null) {
			return;
		}
		if (tokens == null) {
			tokens = org.assay.ui.internal.editor.TokenSteps.of(input().document());
		}
		Span held = DecidedPlaces.heldAt(target(), current);
		if (held != null) {
			int[] moved = org.assay.ui.internal.editor.TokenSteps.moved(tokens, Spans.begin(held), Spans.end(held),
					start, direction);
			if (moved[0] != Spans.begin(held) || moved[1] != Spans.end(held)) {
				domain.getCommandStack().execute(Decisions.reshape(domain, held, moved[0], moved[1],
						Annotators.current(), new Date()));
				findDecided();
			}
			return;
		}
		Version v = selectedVersion();
		int[] moved = org.assay.ui.internal.editor.TokenSteps.moved(tokens, Spans.begin(v.span()), Spans.end(v.span()),
				start, direction);
		if (moved[0] == Spans.begin(v.span()) && moved[1] == Spans.end(v.span())) {
			return;
		}
		Span span = corrected(v);
		span.getFragments().clear();
		span.getFragments().add(Spans.fragment(moved[0], moved[1]));
		execute(NLS.bind(Messages.curation_takeResized, current.versions().indexOf(v) + 1), withLinks(v, span));
	}

	/**
	 * A label's key takes the version selected in the table (the first when none is) under that label of its
	 * layer, as a correction that keeps the version it came from. Returns whether the key named a label.
	 */
	public boolean takeRelabelled(String key) {
		if (current == null || key.isBlank()) {
			return false;
		}
		org.assay.model.Label label = null;
		for (org.assay.model.Layer layer : input().folder().project().getSchema().getLayers()) {
			if (layer.getName().equals(current.layer())) {
				for (org.assay.model.Label l : layer.getLabels()) {
					if (key.equals(l.getKey())) {
						label = l;
					}
				}
			}
		}
		if (label == null) {
			return false;
		}
		Version v = selectedVersion();
		Span span = corrected(v);
		span.setLabel(label);
		execute(NLS.bind(Messages.curation_takeAs, label.getName()), withLinks(v, span));
		next(true);
		return true;
	}

	/**
	 * Rejects every version of the current place: kept as rejected in the target set (one span for versions that
	 * differ only in their links; the target's own span rejected when Pre-merge took it without the links the sets
	 * dispute), so the place is decided.
	 */
	public void rejectAll() {
		if (current == null) {
			return;
		}
		Span unlinked = CuratedLinks.unlinked(current, target());
		if (unlinked != null) { // one span, versions differing in links, Pre-merge took it: rejected there
			domain.getCommandStack().execute(Decisions.reject(domain, unlinked, Annotators.current(), new Date()));
			findDecided();
			next(true);
			return;
		}
		List<Annotation> rejected = new ArrayList<>();
		java.util.Set<String> extents = new java.util.HashSet<>(); // versions that differ only in links: one span
		for (Version v : current.versions()) {
			if (extents.add(Matching.extent(v.span()))) {
				rejected.add(curated(v, AnnotationStatus.REJECTED));
			}
		}
		execute(Messages.curation_rejectAll, rejected);
		next(true);
	}

	/**
	 * Pre-merges what the sets agree on by a strategy ({@code unanimous}, {@code agreeing}, {@code min:K}) into the
	 * target set, as proposals or accepted, never over what it already holds there: one undoable command.
	 * Returns how many annotations it added.
	 */
	public int preMerge(String strategyName, boolean accepted) {
		CurationInput in = input();
		AnnotationSet before = target();
		List<Annotation> had = before == null ? List.of() : List.copyOf(before.getAnnotations());
		MergeReport report = Merge.merge(List.of(in.document()), in.folder().project().getSchema(), in.sets(),
				in.into(), MergeStrategy.parse(strategyName, in.sets().size()),
				accepted ? AnnotationStatus.ACCEPTED : AnnotationStatus.PROPOSED, false, Annotators.current(),
				new Date());
		int disputedLinks = report.labels().stream().filter(l -> l.layer().equals(Evaluation.LINKS))
				.mapToInt(MergeReport.LabelCount::disputed).sum();
		lastMerge = NLS.bind(
				disputedLinks == 0 ? Messages.curation_premergeReport : Messages.curation_premergeLinksLeft,
				new Object[] { strategyName, report.merged(), disputedLinks });
		AnnotationSet after = target();
		if (after == null) {
			return 0;
		}
		List<Annotation> added = new ArrayList<>(after.getAnnotations());
		added.removeAll(had);
		// the merge changed the model directly: take its additions back and make them one undoable command
		after.getAnnotations().removeAll(added);
		if (before == null) {
			in.document().getAnnotationSets().remove(after);
		}
		if (!added.isEmpty()) {
			execute(NLS.bind(Messages.curation_premerged, strategyName), added);
		}
		next(true);
		return added.size();
	}

	/**
	 * Marks the document curated (the target set done), even when every version was rejected. Places where every
	 * set agrees reach the target only by Pre-merge: when some have not, it asks first whether to take them as
	 * accepted (the default), to mark it curated without them, or to go back.
	 */
	public void markCurated() {
		findDecided();
		long agreedLeft = places.stream().filter(p -> p.agreed() && !decided(p)).count();
		if (agreedLeft > 0 && (target() == null || target().getState() != WorkState.DONE)) {
			int choice = new MessageDialog(getSite().getShell(), Messages.curation_markCurated,
					null, NLS.bind(Messages.curation_agreedLeft, agreedLeft, input().into()),
					MessageDialog.QUESTION, 0, Messages.curation_takeAgreed,
					Messages.curation_withoutAgreed, IDialogConstants.CANCEL_LABEL).open();
			text.setFocus(); // the keys back to the walk
			if (choice == 0) {
				preMerge("unanimous", true);
			} else if (choice != 1) {
				return;
			}
		}
		CompoundCommand c = new CompoundCommand(Messages.curation_markCurated);
		AnnotationSet target = target(c);
		c.append(SetCommand.create(domain, target, AssayPackage.Literals.ANNOTATION_SET__STATE, WorkState.DONE));
		domain.getCommandStack().execute(c);
	}

	private void execute(String label, List<Annotation> annotations) {
		CompoundCommand c = new CompoundCommand(label);
		AnnotationSet target = target(c);
		c.append(AddCommand.create(domain, target, AssayPackage.Literals.ANNOTATION_SET__ANNOTATIONS, annotations));
		domain.getCommandStack().execute(c);
		findDecided(); // now, for the walk on to the next place (the stack's listener redraws later)
	}

	/**
	 * A taken span with what comes with it ({@link CuratedLinks}: its claimant and cue linked, brought along where the
	 * target set lacks them, and a claim's link to it where the target set has the claim), each recording where it
	 * came from.
	 */
	private List<Annotation> withLinks(Version v, Span taken) {
		List<Annotation> all = new ArrayList<>();
		all.add(taken);
		for (Annotation a : CuratedLinks.of(input().document(), v, taken, target())) {
			a.setProvenance(provenance(v));
			all.add(a);
		}
		return all;
	}

	/** A version as the curator decided it, with where it came from. */
	private Span curated(Version v, AnnotationStatus status) {
		Span copy = EcoreUtil.copy(v.span());
		copy.setId(null);
		copy.setStatus(status);
		copy.setProvenance(provenance(v));
		return copy;
	}

	/** The version selected in the table, the first when none is. */
	private Version selectedVersion() {
		return current.versions().get(Math.max(0, versions.getSelectionIndex()));
	}

	/** A version as the curator corrected it: the version itself kept as what was proposed. */
	private Span corrected(Version v) {
		Span span = curated(v, AnnotationStatus.CORRECTED);
		span.getProvenance().setProposed(Decisions.snapshot(v.span()));
		return span;
	}

	/** Who curated, when, and which sets had the version (their annotation's id). */
	private static Provenance provenance(Version v) {
		Provenance p = AssayFactory.eINSTANCE.createProvenance();
		p.setOrigin(Origin.ANNOTATOR);
		p.setAuthor("curation");
		Date now = new Date();
		p.setCreated(now);
		p.setDecidedBy(Annotators.current());
		p.setDecided(now);
		p.setSourceSet(String.join(",", v.sets()));
		p.setSourceId(v.span().getId());
		return p;
	}

	/** The target set; one made when missing, its adding appended to the command so that undo takes it back. */
	private AnnotationSet target(CompoundCommand c) {
		AnnotationSet target = target();
		if (target == null) {
			target = AssayFactory.eINSTANCE.createAnnotationSet();
			target.setName(input().into());
			target.setKind(SetNames.kindOf(input().into()));
			c.append(AddCommand.create(domain, input().document(), AssayPackage.Literals.DOCUMENT__ANNOTATION_SETS, target));
		}
		return target;
	}

	private AnnotationSet target() {
		return SetNames.find(input().document(), input().into());
	}

	/**
	 * Whether the target set has anything, proposed, accepted or rejected, on the place, and, where the versions
	 * draw one span alike but link it differently, that span linked in each role they use.
	 */
	private boolean decided(Place p) {
		return decided.contains(p);
	}

	/** Works out the places the target set has decided ({@link DecidedPlaces}). */
	private void findDecided() {
		decidedAt = stackChanges;
		decided = DecidedPlaces.of(places, target());
	}

	private void show(Place place) {
		current = place;
		versions.removeAll();
		long disputed = places.stream().filter(p -> !p.agreed()).count();
		long open = places.stream().filter(p -> !p.agreed() && !decided(p)).count();
		String counts = NLS.bind(Messages.curation_status, new Object[] { String.join(", ", input().sets()),
				input().into(), disputed, open, places.size() - disputed });
		String line = lastMerge == null ? counts : lastMerge + " " + counts;
		if (!line.equals(status.getText())) {
			status.setText(line);
			status.requestLayout(); // a wrapped line as long again (a Pre-merge report before it) needs more rows
		}
		if (place == null) {
			return;
		}
		String body = input().document().getText();
		AnnotationSet target = target();
		Span resized = DecidedPlaces.heldAt(target, place); // what was taken here, as its boundaries now are
		for (int i = 0; i < place.versions().size(); i++) {
			Version v = place.versions().get(i);
			TableItem item = new TableItem(versions, SWT.NONE);
			item.setText(VersionRows.cells(i, v, place, body, target, resized));
			item.setBackground(2, LabelColours.tint(v.span().getLabel(), LabelColours.DECIDED_TINT));
		}
		VersionRows.fit(versions);
		if (resized != null && place.versions().stream()
				.noneMatch(v -> Matching.extent(v.span()).equals(Matching.extent(resized)))) {
			Reveal.select(text, Spans.begin(resized), Spans.end(resized));
		} else {
			Reveal.select(text, place.begin(), place.end());
		}
	}

	/** Agreed places fill green, disputed ones are underlined red, decided ones grey. */
	private void style() {
		List<StyleRange> ranges = new ArrayList<>();
		for (Place p : places) {
			StyleRange r = new StyleRange();
			r.start = p.begin();
			r.length = p.end() - p.begin();
			if (p.agreed()) {
				r.background = new org.eclipse.swt.graphics.Color(200, 240, 200);
			} else if (decided(p)) {
				r.background = new org.eclipse.swt.graphics.Color(225, 225, 225);
			} else {
				r.underline = true;
				r.underlineStyle = SWT.UNDERLINE_SQUIGGLE;
				r.underlineColor = text.getDisplay().getSystemColor(SWT.COLOR_RED);
			}
			ranges.add(r);
		}
		ranges.sort((a, b) -> Integer.compare(a.start, b.start));
		List<StyleRange> flat = new ArrayList<>();
		int end = 0;
		for (StyleRange r : ranges) { // places of different layers may overlap: the first wins
			if (r.start >= end) {
				flat.add(r);
				end = r.start + r.length;
			}
		}
		styles.set(flat.toArray(StyleRange[]::new));
		text.redraw();
	}

	private void changed() {
		if (text == null || text.isDisposed()) {
			return;
		}
		undo.update();
		redo.update();
		if (decidedAt != stackChanges) { // an undo or redo; a decision worked them out already, for the walk
			findDecided();
		}
		style();
		if (current == null) {
			next(true); // an undo that opens a place again after the last was decided: the walk resumes there
		} else {
			show(current);
		}
		firePropertyChange(PROP_DIRTY);
	}

	/** The style ranges of the text, for tests. */
	public StyleRange[] styleRanges() {
		return styles.all();
	}

	/** The places of the document, for tests. */
	public List<Place> places() {
		return places;
	}

	/** The status line's text, for tests. */
	public String statusText() {
		return status.getText();
	}

	public Place current() {
		return current;
	}

	public StyledText textWidget() {
		return text;
	}

	public Table versionsTable() {
		return versions;
	}

	public AdapterFactoryEditingDomain domain() {
		return domain;
	}

	@Override
	public void dispose() {
		autoSave.stop();
		super.dispose();
	}

	/**
	 * Saves after a pause in the work ({@link org.assay.ui.internal.editor.AutoSave}), asking nothing: a refused
	 * save (another writer's change to the target on disk, a full disk) is noted in the status line, and the
	 * editor stays dirty for Ctrl+S.
	 */
	private void saveByItself() {
		try {
			saveTarget();
		} catch (StoreException e) {
			getEditorSite().getActionBars().getStatusLineManager()
					.setMessage(NLS.bind(Messages.editor_saveByItselfFailed, e.getMessage()));
		}
	}

	private void saveTarget() throws StoreException {
		AnnotationSet target = target();
		if (target != null) {
			input().folder().save(target);
		}
		((BasicCommandStack) domain.getCommandStack()).saveIsDone();
		firePropertyChange(PROP_DIRTY);
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		try {
			saveTarget();
		} catch (StoreException e) {
			MessageDialog.openError(getSite().getShell(), getPartName(), e.getMessage());
			if (monitor != null) {
				monitor.setCanceled(true);
			}
		}
	}

	@Override
	public void doSaveAs() {
		// a curation saves into its target set only
	}

	@Override
	public boolean isDirty() {
		return ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded();
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	@Override
	public void setFocus() {
		text.setFocus();
	}
}
