/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.internal;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/** File, Edit, Window and Help menus with the workbench's standard actions and key bindings. */
final class AssayActionBarAdvisor extends ActionBarAdvisor {

	/** The File menu's group for Import... and Export... */
	static final String TRANSFER = "transfer";

	AssayActionBarAdvisor(IActionBarConfigurer configurer) {
		super(configurer);
	}

	@Override
	protected void makeActions(IWorkbenchWindow window) {
		for (ActionFactory f : new ActionFactory[] { ActionFactory.SAVE, ActionFactory.SAVE_ALL, ActionFactory.CLOSE,
				ActionFactory.CLOSE_ALL, ActionFactory.QUIT, ActionFactory.UNDO, ActionFactory.REDO,
				ActionFactory.PREFERENCES, ActionFactory.ABOUT, ActionFactory.SHOW_VIEW_MENU,
				ActionFactory.RESET_PERSPECTIVE }) {
			register(f.create(window));
		}
	}

	@Override
	protected void fillMenuBar(IMenuManager menuBar) {
		MenuManager file = new MenuManager(Messages.menuFile, IWorkbenchActionConstants.M_FILE);
		file.add(new GroupMarker(IWorkbenchActionConstants.NEW_EXT));
		file.add(new Separator());
		file.add(getAction(ActionFactory.CLOSE.getId()));
		file.add(getAction(ActionFactory.CLOSE_ALL.getId()));
		file.add(new Separator());
		file.add(getAction(ActionFactory.SAVE.getId()));
		file.add(getAction(ActionFactory.SAVE_ALL.getId()));
		file.add(new Separator());
		file.add(new GroupMarker(TRANSFER)); // Import and Export open Assay's wizards directly (plugin.xml)
		file.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		file.add(new Separator());
		file.add(getAction(ActionFactory.QUIT.getId()));

		MenuManager edit = new MenuManager(Messages.menuEdit, IWorkbenchActionConstants.M_EDIT);
		edit.add(getAction(ActionFactory.UNDO.getId()));
		edit.add(getAction(ActionFactory.REDO.getId()));
		edit.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));

		MenuManager window = new MenuManager(Messages.menuWindow, IWorkbenchActionConstants.M_WINDOW);
		window.add(getAction(ActionFactory.RESET_PERSPECTIVE.getId()));
		window.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		window.add(new Separator());
		window.add(getAction(ActionFactory.PREFERENCES.getId()));

		MenuManager help = new MenuManager(Messages.menuHelp, IWorkbenchActionConstants.M_HELP);
		help.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		help.add(getAction(ActionFactory.ABOUT.getId()));

		menuBar.add(file);
		menuBar.add(edit);
		menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		menuBar.add(window);
		menuBar.add(help);
	}
}
