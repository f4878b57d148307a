/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.assay.ui.internal.projects.ProjectNavigator;
import org.assay.ui.internal.views.AnnotationsView;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/** Every view a user may close comes back from the Window menu, the navigator and the Annotations view too. */
@Order(23)
class WindowMenuTest {

	@Test
	void closedViewsComeBackFromTheWindowMenu() throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		IWorkbenchPage page = window.getActivePage();
		for (String id : List.of(ProjectNavigator.ID, AnnotationsView.ID)) {
			page.hideView(page.findView(id));
			UiTesting.flush();
			assertNull(page.findView(id), id + " closed");
		}
		Menu menu = windowMenu(window);
		menu.notifyListeners(SWT.Show, new Event()); // as opening it does: the contributions fill it
		List<String> names = new ArrayList<>();
		for (MenuItem item : menu.getItems()) {
			names.add(item.getText().replace("&", ""));
		}
		assertTrue(names.containsAll(List.of("Projects", "Annotations", "Claims", "Label Palette", "Properties",
				"Progress", "Agreement", "Engine Report", "Guidelines")), names.toString());
		for (String name : List.of("Projects", "Annotations")) {
			item(menu, name).notifyListeners(SWT.Selection, new Event());
			UiTesting.flush();
		}
		menu.notifyListeners(SWT.Hide, new Event());
		assertNotNull(page.findView(ProjectNavigator.ID), "the navigator is back");
		assertNotNull(page.findView(AnnotationsView.ID), "the Annotations view is back");
		assertTrue(((ProjectNavigator) page.findView(ProjectNavigator.ID)).viewer().getTree().getItemCount() > 0,
				"with the open projects");
		UiTesting.screenshot(window.getShell(), "window-menu-views-back");
	}

	private static Menu windowMenu(IWorkbenchWindow window) {
		for (MenuItem item : window.getShell().getMenuBar().getItems()) {
			if (item.getText().replace("&", "").equals("Window")) {
				return item.getMenu();
			}
		}
		throw new AssertionError("no Window menu");
	}

	private static MenuItem item(Menu menu, String name) {
		for (MenuItem item : menu.getItems()) {
			if (item.getText().replace("&", "").equals(name)) {
				return item;
			}
		}
		throw new AssertionError("no " + name + " in the Window menu");
	}
}
