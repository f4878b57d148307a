/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.internal.team;

import java.util.List;

import org.assay.model.Document;
import org.assay.model.support.SetNames;
import org.assay.store.Assignments;
import org.assay.store.ProjectFolder;
import org.assay.store.Progress;
import org.assay.store.StoreException;
import org.assay.ui.internal.Messages;
import org.assay.ui.internal.engines.EngineTarget;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Curate Next Ready Document: opens the curation into gold of the project's next document ready for it (every
 * annotator it is assigned to done, gold not yet; {@link Progress#readyToCurate}), from its annotators' sets,
 * without asking: after the one the active curation editor shows, else the first. The project is the active
 * curation's or editor's, else the navigator's selection, else the first open one.
 */
public final class CurateNextHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindow(event).getActivePage();
		Shell shell = page.getWorkbenchWindow().getShell();
		IWorkbenchPart part = HandlerUtil.getActivePart(event);
		Document current = null;
		ProjectFolder folder;
		if (part instanceof CurationEditor editor && editor.getEditorInput() instanceof CurationInput input) {
			folder = input.folder();
			current = input.document();
		} else {
			EngineTarget target = EngineTarget.of(part, HandlerUtil.getCurrentSelection(event));
			folder = target == null ? null : target.folder();
		}
		if (folder == null) {
			MessageDialog.openInformation(shell, Messages.curateNext_title, Messages.engines_noProject);
			return null;
		}
		try {
			Document next = next(folder, current);
			if (next == null) {
				MessageDialog.openInformation(shell, Messages.curateNext_title,
						NLS.bind(Messages.curateNext_none, folder.project().getName()));
				return null;
			}
			CurationEditor.open(page, CurationInput.intoGold(folder, next));
		} catch (StoreException | PartInitException e) {
			MessageDialog.openError(shell, Messages.curateNext_title, e.getMessage());
		}
		return null;
	}

	/** The first document ready to curate after the current one in the project's order, wrapping; null if none. */
	static Document next(ProjectFolder folder, Document current) throws StoreException {
		java.util.Set<String> ready = new java.util.HashSet<>(
				Progress.readyToCurate(folder.project(), Assignments.read(folder.dir()), SetNames.GOLD));
		List<Document> documents = folder.project().getDocuments();
		int from = current == null ? -1 : documents.indexOf(current);
		for (int k = 1; k <= documents.size(); k++) {
			Document d = documents.get(Math.floorMod(from + k, documents.size()));
			if (d != current && ready.contains(d.getId())) {
				return d;
			}
		}
		return null;
	}
}
