/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.internal.engines;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.assay.engines.learn.TrainingCanceledException;
import org.assay.engines.learn.TrainingMonitor;
import org.assay.engines.learn.TrainingOptions;
import org.assay.engines.learn.LearnedModel;
import org.assay.engines.learn.LearnedTrainer;
import org.assay.model.support.SetNames;
import org.assay.store.ProjectFolder;
import org.assay.store.AtomicFiles;
import org.assay.uima.GoldTexts;
import org.assay.uima.spi.GoldText;
import org.assay.ui.internal.Messages;
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
		long start = System.nanoTime();
		List<GoldText> texts = GoldTexts.of(folder.project().getDocuments(), SetNames.GOLD);
		if (texts.stream().allMatch(t -> t.spans().isEmpty())) {
			return Status.error(Messages.train_noGold);
		}
		int[] reported = new int[1];
		TrainingMonitor progress = new TrainingMonitor() {
			@Override
			public void progress(String task, double fractionDone) {
				int ticks = (int) (fractionDone * TICKS);
				monitor.subTask(task);
				if (ticks > reported[0]) {
					monitor.worked(ticks - reported[0]);
					reported[0] = ticks;
				}
			}

			@Override
			public boolean isCanceled() {
				return monitor.isCanceled();
			}
		};
		try {
			LearnedModel model = new LearnedTrainer(TrainingOptions.defaults()).train(texts,
					List.of("entity", "claim"), progress);
			Path target = folder.dir().resolve(LearnedModel.PROJECT_FILE);
			Files.createDirectories(target.getParent());
			AtomicFiles.write(target, model::write);
			String message = String.format(java.util.Locale.ROOT, Messages.train_done,
					String.join(", ", model.taggers().keySet()), texts.size(), (System.nanoTime() - start) / 1e9, target);
			display.asyncExec(() -> done.accept(message));
			return Status.OK_STATUS;
		} catch (TrainingCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (IOException e) {
			return Status.error(e.getMessage(), e);
		} finally {
			monitor.done();
		}
	}
}
