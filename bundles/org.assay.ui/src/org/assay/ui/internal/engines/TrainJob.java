/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.internal.engines;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

import org.assay.model.support.SetNames;
import org.assay.store.ProjectFolder;
import org.assay.store.ProjectLock;
import org.assay.store.StoreException;
import org.assay.uima.Engine;
import org.assay.uima.EngineException;
import org.assay.uima.Engines;
import org.assay.uima.GoldTexts;
import org.assay.uima.Training;
import org.assay.uima.spi.EngineTrainer;
import org.assay.uima.spi.GoldText;
import org.assay.ui.internal.Messages;
import org.assay.ui.internal.projects.WorkbenchLock;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;

/**
 * Trains the project's learned engine on its gold (entities and claims) in the background, with progress and
 * cancel, and saves the model in the project, where the learned engine finds it.
 */
public final class TrainJob extends Job {

	private static final int TICKS = 1000;
	private static final String LEARNED = "learned";

	private final Display display;
	private final ProjectFolder folder;
	private final Consumer<String> done;

	public TrainJob(Display display, ProjectFolder folder, Consumer<String> done) {
		super(Messages.train_job);
		this.display = display;
		this.folder = folder;
		this.done = done;
		setUser(true);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		monitor.beginTask(Messages.train_job, TICKS);
		Engine learned = Engines.find(LEARNED);
		List<GoldText> texts = GoldTexts.of(folder.project().getDocuments(), SetNames.GOLD);
		if (learned == null || texts.stream().allMatch(t -> t.spans().isEmpty())) {
			return Status.error(Messages.train_noGold);
		}
		try (ProjectLock lock = ProjectLock.acquire(folder.dir(), WorkbenchLock.command(getName()))) {
			Training.Result result = Training.train(learned, texts, List.of("entity", "claim"),
					EngineTrainer.Settings.FULL, folder.dir(), folder.dir().resolve(learned.modelFile()),
					new JobProgress(monitor, TICKS));
			String message = String.format(java.util.Locale.ROOT, Messages.train_done, String.join(", ", result.layers()),
					result.documents(), result.seconds(), result.model());
			display.asyncExec(() -> done.accept(message));
			return Status.OK_STATUS;
		} catch (CancellationException e) {
			return Status.CANCEL_STATUS;
		} catch (StoreException | EngineException e) {
			// the project's lock held by a command line, or too little memory: said in the job's message, not as an
			// error half-way
			String message = e.getMessage();
			display.asyncExec(() -> done.accept(message));
			return Status.OK_STATUS;
		} finally {
			monitor.done();
		}
	}
}
