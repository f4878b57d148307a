/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.internal.projects;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.assay.model.AnnotationSet;
import org.assay.model.Document;
import org.assay.model.WorkState;
import org.assay.model.support.SetNames;
import org.assay.store.Assignments;
import org.assay.store.ProjectFolder;
import org.assay.store.StoreException;
import org.assay.ui.internal.Messages;
import org.assay.ui.internal.editor.DocumentEditor;
import org.assay.ui.internal.editor.Annotators;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;

/** The projects open in the workbench, their documents and annotation sets. Opens documents on double-click. */
public final class ProjectNavigator extends ViewPart implements OpenProjects.Listener {

	public static final String ID = "org.assay.ui.views.projects";

	private TreeViewer viewer;
	private final NavigatorContent content = new NavigatorContent();
	private final Map<ProjectFolder, ModelWatcher> watched = new HashMap<>();

	@Override
	public void createPartControl(Composite parent) {
		viewer = new TreeViewer(parent, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
		viewer.setContentProvider(content);
		viewer.setLabelProvider(new NavigatorLabels(content));
		viewer.setAutoExpandLevel(2);
		viewer.setInput(OpenProjects.get());
		viewer.addOpenListener(event -> open((IStructuredSelection) event.getSelection()));
		getSite().setSelectionProvider(viewer);
		OpenProjects.get().addListener(this);
		// back in the window, say after an assay assign in a terminal: the new assignments shown at once
		getSite().getShell().addListener(SWT.Activate, windowActivated);
		createContextMenu();
		watch();
		Action mine = new Action(Messages.navigator_onlyMine, org.eclipse.jface.action.IAction.AS_CHECK_BOX) {
			@Override
			public void run() {
				showOnlyMine(isChecked());
			}
		};
		getViewSite().getActionBars().getMenuManager().add(mine);
		Action unsure = new Action(Messages.navigator_unsureFirst, org.eclipse.jface.action.IAction.AS_CHECK_BOX) {
			@Override
			public void run() {
				showUnsureFirst(isChecked());
			}
		};
		getViewSite().getActionBars().getMenuManager().add(unsure);
	}

	private final org.eclipse.swt.widgets.Listener windowActivated = e -> {
		if (viewer != null && !viewer.getControl().isDisposed() && content.assignmentsChanged()) {
			viewer.refresh();
		}
	};

	/** Selects an open project, expanded and scrolled to. */
	public void show(ProjectFolder folder) {
		viewer.refresh();
		viewer.setExpandedState(folder, true);
		viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(folder), true);
	}

	/** Orders the documents not started yet by how unsure the engines were about them, least sure first. */
	public void showUnsureFirst(boolean on) {
		content.unsureFirst(on);
		viewer.refresh();
	}

	/** Shows only the documents assigned to the annotator (their documents come first either way). */
	public void showOnlyMine(boolean only) {
		content.onlyMine(only);
		content.reload();
		viewer.refresh();
	}

	/**
	 * Asks which sets to curate the document from (at first the sets of the annotators it is assigned to, when two
	 * or more of them have one; else every annotator's set) and opens its curation.
	 */
	private void curate(Document d) {
		String annotators = String.join(",", org.assay.ui.internal.team.CurationInput.startingSets(folderOf(d), d));
		InputDialog ask = new InputDialog(getSite().getShell(), Messages.navigator_curate, Messages.navigator_curateWhich,
				annotators, value -> java.util.Arrays.stream(value.split(",")).map(String::strip)
						.filter(n -> !n.isEmpty()).count() >= 2 ? null : Messages.agreement_chooseTwo);
		if (ask.open() != InputDialog.OK) {
			return;
		}
		List<String> sets = java.util.Arrays.stream(ask.getValue().split(",")).map(String::strip).filter(n -> !n.isEmpty())
				.toList();
		try {
			org.assay.ui.internal.team.CurationEditor.open(getSite().getPage(),
					new org.assay.ui.internal.team.CurationInput(folderOf(d), d, sets, SetNames.GOLD));
		} catch (org.eclipse.ui.PartInitException e) {
			MessageDialog.openError(getSite().getShell(), Messages.navigator_curate, e.getMessage());
		}
	}

	/** Assigns the documents to an annotator (saved in the project's assignments) and shows them so. */
	public void assign(ProjectFolder folder, List<Document> documents, String annotator) {
		try {
			Assignments a = Assignments.read(folder.dir());
			documents.forEach(d -> a.assign(d.getId(), annotator));
			a.write(folder.dir());
		} catch (StoreException e) {
			MessageDialog.openError(getSite().getShell(), Messages.navigator_assign, e.getMessage());
			return;
		}
		content.reload();
		viewer.refresh(folder);
	}

	/** Follows the model of every open project, so that counts and states are right as they change. */
	private void watch() {
		List<ProjectFolder> open = OpenProjects.get().projects();
		watched.entrySet().removeIf(e -> {
			boolean closed = !open.contains(e.getKey());
			if (closed) {
				e.getKey().project().eAdapters().remove(e.getValue());
			}
			return closed;
		});
		for (ProjectFolder f : open) {
			watched.computeIfAbsent(f, k -> {
				ModelWatcher w = new ModelWatcher(viewer.getControl().getDisplay(), documents -> changed(k, documents));
				k.project().eAdapters().add(w);
				return w;
			});
		}
	}

	private void changed(ProjectFolder folder, java.util.Set<Document> documents) {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		for (Document d : documents) {
			viewer.refresh(d, true);
		}
		viewer.update(folder, null);
	}

	private void createContextMenu() {
		MenuManager menu = new MenuManager();
		menu.setRemoveAllWhenShown(true);
		menu.addMenuListener(m -> {
			IStructuredSelection selection = viewer.getStructuredSelection();
			if (selection.getFirstElement() instanceof AnnotationSet set && set.getState() != WorkState.DONE
					&& set.eContainer() instanceof Document d) {
				m.add(new Action(Messages.navigator_markDone) {
					@Override
					public void run() {
						markDone(set, d);
					}
				});
			}
			List<Document> documents = selection.toList().stream().filter(Document.class::isInstance)
					.map(Document.class::cast).toList();
			if (!documents.isEmpty()) {
				m.add(new Action(NLS.bind(Messages.navigator_assignTo, documents.size())) {
					@Override
					public void run() {
						InputDialog ask = new InputDialog(getSite().getShell(), Messages.navigator_assign,
								NLS.bind(Messages.navigator_assignWho, documents.size()), Annotators.current(),
								name -> SetNames.isValid(name) && SetNames.kindOf(name) == org.assay.model.SetKind.ANNOTATOR
										? null : Messages.navigator_assignBadName);
						if (ask.open() == InputDialog.OK) {
							assign(folderOf(documents.get(0)), documents, ask.getValue().strip());
						}
					}
				});
			}
			if (documents.size() == 1) {
				Document d = documents.get(0);
				m.add(new Action(Messages.navigator_curate) {
					@Override
					public void run() {
						curate(d);
					}
				});
			}
			if (selection.getFirstElement() instanceof ProjectFolder p) {
				m.add(new Action(Messages.navigator_closeProject) {
					@Override
					public void run() {
						OpenProjects.get().close(p);
					}
				});
			}
		});
		viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
		getSite().registerContextMenu(menu, viewer);
	}

	/** Marks an annotator's work on a document done, and saves the set's file. */
	public void markDone(AnnotationSet set, Document d) {
		WorkState before = set.getState();
		set.setState(WorkState.DONE);
		try {
			folderOf(d).save(set);
		} catch (StoreException e) {
			set.setState(before);
			MessageDialog.openError(getSite().getShell(), Messages.navigator_markDone, e.getMessage());
		}
	}

	private void open(IStructuredSelection selection) {
		for (Object o : selection) {
			if (o instanceof Document d) {
				DocumentEditor.open(getSite().getPage(), folderOf(d), d, null);
			} else if (o instanceof AnnotationSet s && s.eContainer() instanceof Document d) {
				DocumentEditor.open(getSite().getPage(), folderOf(d), d, s.getName());
			} else if (o instanceof ProjectFolder p) {
				viewer.setExpandedState(p, !viewer.getExpandedState(p));
			}
		}
	}

	private static ProjectFolder folderOf(Document d) {
		ProjectFolder folder = OpenProjects.get().folderOf(d);
		if (folder == null) {
			throw new IllegalStateException("document " + d.getId() + " is in no open project");
		}
		return folder;
	}

	/** The tree, for tests. */
	public TreeViewer viewer() {
		return viewer;
	}

	@Override
	public void projectsChanged() {
		if (viewer != null && !viewer.getControl().isDisposed()) {
			viewer.getControl().getDisplay().asyncExec(() -> {
				if (!viewer.getControl().isDisposed()) {
					watch();
					viewer.refresh();
				}
			});
		}
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		OpenProjects.get().removeListener(this);
		if (!getSite().getShell().isDisposed()) {
			getSite().getShell().removeListener(SWT.Activate, windowActivated);
		}
		watched.forEach((f, w) -> f.project().eAdapters().remove(w));
		watched.clear();
		super.dispose();
	}
}
