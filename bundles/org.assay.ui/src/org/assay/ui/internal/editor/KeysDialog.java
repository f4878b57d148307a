/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;

import org.assay.model.Label;
import org.assay.model.LabelSchema;
import org.assay.model.Layer;
import org.assay.model.LayerKind;
import org.assay.ui.internal.Messages;
import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.jface.bindings.TriggerSequence;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.keys.IBindingService;

/** The keys of the document editor as they are bound now, and each label's key. */
final class KeysDialog {

	static final String KEYS = "org.assay.ui.commands.showKeys";

	private static final String[] COMMANDS = { EditorCommandHandler.NEXT, EditorCommandHandler.PREVIOUS,
			EditorCommandHandler.ACCEPT, EditorCommandHandler.ACCEPT_ALL, EditorCommandHandler.REJECT,
			EditorCommandHandler.DELETE, EditorCommandHandler.GROW_END, EditorCommandHandler.SHRINK_END,
			EditorCommandHandler.GROW_START, EditorCommandHandler.SHRINK_START, EditorCommandHandler.LINK_CLAIMANT,
			EditorCommandHandler.LINK_CUE, EditorCommandHandler.LINK_REFERENT, EditorCommandHandler.NEXT_DOCUMENT,
			EditorCommandHandler.PREVIOUS_DOCUMENT,
			EditorCommandHandler.DONE, "org.eclipse.ui.edit.undo", "org.eclipse.ui.edit.redo", "org.eclipse.ui.file.save", KEYS };

	private static final String CATEGORY = "org.assay.ui.commands";

	private KeysDialog() {
	}

	/** The overview as rows { key, what it does }. */
	static List<String[]> rows(LabelSchema schema) {
		IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
		ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
		List<String[]> lines = new ArrayList<>();
		List<String> ids = new ArrayList<>(List.of(COMMANDS));
		for (Command c : commands.getDefinedCommands()) { // every other Assay command with a key (Find, Annotate, ...)
			try {
				if (!ids.contains(c.getId()) && CATEGORY.equals(c.getCategory().getId())
						&& bindings.getBestActiveBindingFor(c.getId()) != null) {
					ids.add(c.getId());
				}
			} catch (NotDefinedException e) {
				// a command without a category is none of Assay's
			}
		}
		for (String id : ids) {
			Command c = commands.getCommand(id);
			TriggerSequence key = bindings.getBestActiveBindingFor(id);
			String name;
			try {
				name = c.getName();
			} catch (NotDefinedException e) {
				name = id;
			}
			lines.add(new String[] { key == null ? Messages.keys_unbound : key.format(), name });
		}
		for (Layer layer : schema.getLayers()) { // span labels mark or relabel; document labels label the document
			for (Label label : layer.getLabels()) {
				if (label.getKey() != null) {
					lines.add(new String[] { label.getKey(), layer.getKind() == LayerKind.DOCUMENT
							? Messages.keys_documentLabel + " " + label.getName()
							: Messages.keys_label + " " + label.getName() + " (" + layer.getName() + ")" });
				}
			}
		}
		return lines;
	}

	static void open(Shell shell, LabelSchema schema) {
		List<String[]> rows = rows(schema);
		MessageDialog dialog = new MessageDialog(shell, Messages.keys_title, null, Messages.keys_rebind,
				MessageDialog.INFORMATION, 0, IDialogConstants.OK_LABEL) {
			@Override
			protected Control createCustomArea(Composite parent) {
				Table table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION);
				table.setHeaderVisible(true);
				for (String title : new String[] { Messages.keys_key, Messages.keys_action }) {
					new TableColumn(table, SWT.NONE).setText(title);
				}
				for (String[] row : rows) {
					new TableItem(table, SWT.NONE).setText(row);
				}
				for (TableColumn c : table.getColumns()) {
					c.pack();
				}
				GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 420).applyTo(table);
				return table;
			}
		};
		dialog.open();
	}
}
