/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.internal.engines;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.assay.uima.Engine;
import org.assay.ui.internal.Messages;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * Chooses the engines (every default engine that is ready checked at first; an engine that needs a model it
 * does not have is shown greyed, with what to do, and cannot be checked), what to run them on, whether to
 * offer their proposals to the annotator's set, and which engine's proposals to offer where engines propose alike.
 */
public final class AnnotateDialog extends TitleAreaDialog {

	private final List<Engine> engines;
	private final Predicate<Engine> ready;
	private final int selectedDocuments;
	private final String annotator;
	private Table table;
	private Button wholeProject;
	private Button offer;
	private Combo prefer;
	/** What each entry of {@link #prefer} stands for; the first, null, for no engine preferred. */
	private final List<Preference> preferences = new ArrayList<>();
	private List<Engine> chosen = List.of();
	private boolean project;
	private boolean offerProposals;
	private Preference preferred;

	/**
	 * The engine whose proposals take the others' place where engines propose alike, in the layers named (none
	 * named: in those it proposes in), as {@code assay annotate --prefer ID[:LAYER,...]} does.
	 */
	public record Preference(Engine engine, Set<String> layers) {
	}

	public AnnotateDialog(Shell shell, List<Engine> engines, Predicate<Engine> ready, int selectedDocuments,
			String annotator) {
		super(shell);
		this.engines = engines;
		this.ready = ready;
		this.selectedDocuments = selectedDocuments;
		this.annotator = annotator;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.annotate_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle(Messages.annotate_title);
		setMessage(Messages.annotate_message);
		Composite area = (Composite) super.createDialogArea(parent);
		Composite body = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().margins(10, 10).applyTo(body);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		table = new Table(body, SWT.BORDER | SWT.CHECK | SWT.FULL_SELECTION);
		table.setHeaderVisible(true);
		for (String title : new String[] { Messages.annotate_engine, Messages.annotate_version, Messages.annotate_does }) {
			new TableColumn(table, SWT.LEFT).setText(title);
		}
		Color grey = table.getDisplay().getSystemColor(SWT.COLOR_WIDGET_DISABLED_FOREGROUND);
		for (Engine e : engines) {
			TableItem item = new TableItem(table, SWT.NONE);
			boolean canRun = ready.test(e);
			item.setText(new String[] { e.name(), e.version(),
					canRun ? e.description() : NLS.bind(Messages.annotate_needsModel, e.modelFile()) });
			item.setData(e);
			item.setChecked(canRun && e.byDefault());
			if (!canRun) {
				item.setForeground(grey);
			}
		}
		for (TableColumn c : table.getColumns()) {
			c.pack();
		}
		table.getColumn(2).setWidth(Math.min(table.getColumn(2).getWidth(), 460));
		GridDataFactory.fillDefaults().grab(true, true).hint(680, 120).applyTo(table);
		table.addListener(SWT.Selection, e -> {
			if (e.detail == SWT.CHECK && e.item instanceof TableItem item && !ready.test((Engine) item.getData())) {
				item.setChecked(false); // needs a model it does not have
				setErrorMessage(NLS.bind(Messages.annotate_needsModel, ((Engine) item.getData()).modelFile()));
			}
		});
		table.addListener(SWT.DefaultSelection, e -> okPressed());
		if (table.getItemCount() > 0) {
			table.select(0);
		}

		Button selected = new Button(body, SWT.RADIO);
		selected.setText(NLS.bind(Messages.annotate_selected, selectedDocuments));
		selected.setEnabled(selectedDocuments > 0);
		selected.setSelection(selectedDocuments > 0);
		wholeProject = new Button(body, SWT.RADIO);
		wholeProject.setText(Messages.annotate_project);
		wholeProject.setSelection(selectedDocuments == 0);
		offer = new Button(body, SWT.CHECK);
		offer.setText(NLS.bind(Messages.annotate_offer, annotator));
		offer.setSelection(true);
		Composite preferRow = new Composite(body, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).extendedMargins(20, 0, 0, 0).applyTo(preferRow);
		new Label(preferRow, SWT.NONE).setText(Messages.annotate_prefer);
		prefer = new Combo(preferRow, SWT.READ_ONLY | SWT.DROP_DOWN);
		prefer.add(Messages.annotate_preferNone);
		preferences.add(null);
		for (Engine e : engines) {
			if (!ready.test(e)) {
				continue;
			}
			prefer.add(NLS.bind(Messages.annotate_preferEngine, e.name()));
			preferences.add(new Preference(e, Set.of()));
			Set<String> layers = new TreeSet<>();
			e.outputs().forEach(o -> layers.add(o.layer()));
			if (layers.size() > 1) {
				for (String layer : layers) {
					prefer.add(NLS.bind(Messages.annotate_preferLayer, e.name(), layer));
					preferences.add(new Preference(e, Set.of(layer)));
				}
			}
		}
		prefer.select(0);
		offer.addListener(SWT.Selection, e -> prefer.setEnabled(offer.getSelection()));
		return area;
	}

	/** Chooses the engine preferred where engines propose alike (null: none), in one layer or (null) all of its. */
	public void prefer(String engineId, String layer) {
		for (int i = 0; i < preferences.size(); i++) {
			Preference p = preferences.get(i);
			if (p == null ? engineId == null
					: p.engine().id().equals(engineId) && p.layers().equals(layer == null ? Set.of() : Set.of(layer))) {
				prefer.select(i);
				return;
			}
		}
		throw new IllegalArgumentException("no such choice: " + engineId + " " + layer);
	}

	/** Checks exactly the engines with these ids (those that are ready); for tests and keyboard users alike. */
	public void check(String... ids) {
		List<String> wanted = List.of(ids);
		for (TableItem item : table.getItems()) {
			Engine e = (Engine) item.getData();
			item.setChecked(wanted.contains(e.id()) && ready.test(e));
		}
	}

	@Override
	protected void okPressed() {
		List<Engine> checked = new ArrayList<>();
		for (TableItem item : table.getItems()) {
			if (item.getChecked()) {
				checked.add((Engine) item.getData());
			}
		}
		if (checked.isEmpty()) {
			setErrorMessage(Messages.annotate_chooseEngine);
			return;
		}
		Preference choice = offer.getSelection() ? preferences.get(Math.max(0, prefer.getSelectionIndex())) : null;
		if (choice != null && !checked.contains(choice.engine())) {
			setErrorMessage(NLS.bind(Messages.annotate_preferUnchecked, choice.engine().name()));
			return;
		}
		chosen = List.copyOf(checked);
		project = wholeProject.getSelection();
		offerProposals = offer.getSelection();
		preferred = choice;
		super.okPressed();
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, Messages.annotate_run, true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}

	/** The engines to run, in the order shown. */
	public List<Engine> engines() {
		return chosen;
	}

	public boolean wholeProject() {
		return project;
	}

	public boolean offerProposals() {
		return offerProposals;
	}

	/** The engine preferred where engines propose alike, or null. */
	public Preference preferred() {
		return preferred;
	}
}
