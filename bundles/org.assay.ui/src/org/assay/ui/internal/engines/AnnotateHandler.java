/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.internal.engines;

import java.util.List;
import java.util.Locale;

import org.assay.model.Document;
import org.assay.uima.Engine;
import org.assay.uima.Engines;
import org.assay.ui.internal.Messages;
import org.assay.ui.internal.editor.Annotators;
import org.assay.ui.internal.editor.DocumentEditor;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Engines &gt; Annotate...: runs a chosen engine on the active document or the selected project, in the
 * background; unsaved changes of those documents are saved first, since a run saves the sets it changes.
 */
public final class AnnotateHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		// the window's shell, not the active one: that may be a dialog closing, and the run's report comes later
		Shell shell = HandlerUtil.getActiveWorkbenchWindow(event).getShell();
		EngineTarget target = EngineTarget.of(HandlerUtil.getActivePart(event), HandlerUtil.getCurrentSelection(event));
		if (target == null) {
			MessageDialog.openInformation(shell, Messages.annotate_title, Messages.engines_noProject);
			return null;
		}
		List<Engine> engines = Engines.all();
		AnnotateDialog dialog = new AnnotateDialog(shell, engines, e -> e.isReady(target.folder().dir(), null),
				target.documents().size(), Annotators.current());
		if (dialog.open() != Window.OK) {
			return null;
		}
		List<Document> documents = target.scope(dialog.wholeProject());
		IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindow(event).getActivePage();
		if (!saveEditors(page, documents)) {
			return null;
		}
		AnnotateJob job = job(shell, page, target, documents, dialog.engines(),
				dialog.offerProposals() ? Annotators.current() : null);
		if (dialog.preferred() != null) {
			job.preferring(dialog.preferred().engine(), dialog.preferred().layers());
		}
		job.schedule();
		return null;
	}

	/** Runs the engines in the background and reports at the end; public for tests and other commands. */
	public static AnnotateJob start(Shell shell, IWorkbenchPage page, EngineTarget target, List<Document> documents,
			List<Engine> engines, String offerInto) {
		AnnotateJob job = job(shell, page, target, documents, engines, offerInto);
		job.schedule();
		return job;
	}

	/** The job that runs the engines and reports at the end, not scheduled yet (for more settings first). */
	private static AnnotateJob job(Shell shell, IWorkbenchPage page, EngineTarget target, List<Document> documents,
			List<Engine> engines, String offerInto) {
		AnnotateJob job = new AnnotateJob(shell.getDisplay(), target.folder(), documents, engines, offerInto, outcome -> {
			EngineTarget.refresh(page, target.folder(), outcome.changed());
			if (!shell.isDisposed()) {
				MessageDialog.openInformation(shell, Messages.annotate_title, report(outcome, offerInto));
			}
		});
		// a run over several documents offers to my set on my own documents when the project assigns me any;
		// the engine's sets of the others are there for their annotators to offer (Ctrl+Alt+O)
		if (offerInto != null && offerInto.equals(Annotators.current()) && documents.size() > 1) {
			job.offerOnlyOn(Annotators.mineOrAll(target.folder()));
		}
		return job;
	}

	/** One paragraph per engine that ran: its proposals, and what was offered to the annotator's set. */
	static String report(AnnotateJob.Outcome outcome, String offerInto) {
		StringBuilder text = new StringBuilder();
		for (AnnotateJob.Run run : outcome.runs()) {
			Engine engine = run.engine();
			text.append(String.format(Locale.ROOT, Messages.annotate_done, engine.name(), engine.version(),
					run.summary().documents(), run.summary().proposalsText(), engine.setName(),
					run.summary().millis() / 1000.0));
			if (run.offered() != null) {
				text.append('\n').append(NLS.bind(Messages.annotate_offered, new Object[] { offerInto,
						run.offered().added(), run.offered().replaced(), run.offered().alreadyThereText() }));
			}
			text.append("\n\n");
		}
		if (outcome.canceled()) {
			text.append(Messages.annotate_canceled);
		}
		if (outcome.error() != null) {
			text.append(NLS.bind(Messages.annotate_failed, outcome.error()));
		}
		return text.toString().strip();
	}

	private static boolean saveEditors(IWorkbenchPage page, List<Document> documents) {
		for (var ref : page.getEditorReferences()) {
			IEditorPart part = ref.getEditor(false);
			if (part instanceof DocumentEditor editor && part.isDirty() && documents.contains(editor.document())) {
				if (!MessageDialog.openConfirm(page.getWorkbenchWindow().getShell(), Messages.annotate_title,
						Messages.annotate_saveFirst)) {
					return false;
				}
				page.saveEditor(part, false);
			}
		}
		return true;
	}
}
