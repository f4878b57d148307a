/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.internal.engines;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.assay.model.Document;
import org.assay.store.ProjectFolder;
import org.assay.store.StoreException;
import org.assay.uima.Engine;
import org.assay.uima.EngineException;
import org.assay.uima.EngineRunner;
import org.assay.uima.EngineSets;
import org.assay.uima.Proposals;
import org.assay.uima.RunMonitor;
import org.assay.uima.spi.EngineContext;
import org.assay.ui.internal.Messages;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;

/**
 * Runs engines on documents in the background, one after the other, with one progress bar over all of them
 * and cancel. Documents are processed on all cores; each document's proposals are put into the model and
 * saved on the UI thread, so editors never see a half-changed set. Optionally offers them to an annotator's
 * set to confirm or correct.
 */
public final class AnnotateJob extends Job {

	/** What one engine's run did. */
	public record Run(Engine engine, EngineRunner.Summary summary, Proposals.Offer offered) {
	}

	/** What the job did, for the message at its end: the runs that finished, and an error that stopped it. */
	public record Outcome(List<Run> runs, List<Document> changed, String error) {

		public boolean canceled() {
			return runs.stream().anyMatch(r -> r.summary().canceled());
		}
	}

	private final Display display;
	private final ProjectFolder folder;
	private final List<Document> documents;
	private final List<Engine> engines;
	private final String offerInto;
	private final Consumer<Outcome> done;

	public AnnotateJob(Display display, ProjectFolder folder, List<Document> documents, List<Engine> engines,
			String offerInto, Consumer<Outcome> done) {
		super(NLS.bind(Messages.annotate_job, engines.stream().map(Engine::name).collect(Collectors.joining(", "))));
		this.display = display;
		this.folder = folder;
		this.documents = List.copyOf(documents);
		this.engines = List.copyOf(engines);
		this.offerInto = offerInto;
		this.done = done;
		setUser(true);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		monitor.beginTask(getName(), documents.size() * engines.size());
		List<Document> changed = new ArrayList<>();
		List<Run> runs = new ArrayList<>();
		try {
			for (Engine engine : engines) {
				Run run = run(engine, monitor, changed);
				runs.add(run);
				if (run.summary().canceled()) {
					break;
				}
			}
			Outcome outcome = new Outcome(runs, changed, null);
			display.asyncExec(() -> done.accept(outcome));
			return outcome.canceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
		} catch (EngineException e) {
			Outcome outcome = new Outcome(runs, changed, e.getMessage());
			display.asyncExec(() -> done.accept(outcome));
			return Status.error(e.getMessage(), e);
		} finally {
			monitor.done();
		}
	}

	private Run run(Engine engine, IProgressMonitor monitor, List<Document> changed) throws EngineException {
		Date started = new Date();
		Proposals.Offer[] offered = { Proposals.Offer.NONE };
		RunMonitor progress = new RunMonitor() {
			@Override
			public void begin(String engineName, int total) {
				monitor.subTask(NLS.bind(Messages.annotate_starting, engineName));
			}

			@Override
			public void done(String documentId) {
				monitor.subTask(engine.name() + ": " + documentId);
				monitor.worked(1);
			}

			@Override
			public boolean isCanceled() {
				return monitor.isCanceled();
			}
		};
		EngineRunner.Summary summary = new EngineRunner(engine, new EngineContext(folder.dir(), null),
				folder.project().getSchema(), Runtime.getRuntime().availableProcessors())
				.run(documents, progress, (d, found) -> {
					StoreException[] failed = new StoreException[1];
					display.syncExec(() -> {
						try {
							offered[0] = offered[0].plus(EngineSets.keep(folder, d, engine, null, started,
									found.annotations(), offerInto));
							if (!changed.contains(d)) {
								changed.add(d);
							}
						} catch (StoreException e) {
							failed[0] = e;
						}
					});
					if (failed[0] != null) {
						throw failed[0];
					}
				});
		return new Run(engine, summary, offerInto == null ? null : offered[0]);
	}
}
