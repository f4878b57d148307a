/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.internal.engines;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.assay.model.Document;
import org.assay.store.ProjectFolder;
import org.assay.store.ProjectLock;
import org.assay.ui.internal.projects.WorkbenchLock;
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
 * and cancel, holding the project's lock as {@code assay annotate} does (a command line holding it is named).
 * Documents are processed on all cores; the proposals are put into the model and saved on the UI thread as one
 * unit when every engine is done. Optionally offers them to an annotator's set to confirm or correct.
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
	private List<Engine> engines;
	private final String offerInto;
	private Engine preferred;
	private Set<String> preferredLayers = Set.of();
	private java.util.function.Predicate<String> offerOn; // by id, the documents whose proposals are offered; null: all
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

	/** Offers the proposals on these documents only (by id: the annotator's own, {@link org.assay.ui.internal.editor.Annotators#mineOrAll}). */
	public AnnotateJob offerOnlyOn(java.util.function.Predicate<String> documentIds) {
		this.offerOn = documentIds;
		return this;
	}

	/**
	 * Offers this engine's proposals in the other engines' place where they propose alike, in these layers (none:
	 * in those it proposes in, document by document), as {@code assay annotate --prefer} does: it runs last.
	 */
	public AnnotateJob preferring(Engine engine, Set<String> layers) {
		List<Engine> order = new ArrayList<>(engines);
		if (order.remove(engine)) {
			order.add(engine);
			engines = List.copyOf(order);
			preferred = engine;
			preferredLayers = Set.copyOf(layers);
		}
		return this;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		monitor.beginTask(getName(), documents.size() * engines.size());
		List<Document> changed = new ArrayList<>();
		List<Run> runs = new ArrayList<>();
		List<Kept> kept = new ArrayList<>();
		try (ProjectLock lock = ProjectLock.acquire(folder.dir(), WorkbenchLock.command(getName()))) {
			for (Engine engine : engines) {
				Run run = run(engine, monitor, kept);
				runs.add(run);
				if (run.summary().canceled()) {
					break;
				}
			}
			List<Run> offered = keepAll(kept, runs, changed);
			Outcome outcome = new Outcome(offered, changed, null);
			display.asyncExec(() -> done.accept(outcome));
			return outcome.canceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
		} catch (EngineException e) {
			Outcome outcome = new Outcome(runs, changed, e.getMessage());
			display.asyncExec(() -> done.accept(outcome));
			return Status.error(e.getMessage(), e);
		} catch (StoreException e) { // the project is locked, or the unit could not be saved: the report says so
			org.eclipse.core.runtime.ILog.of(AnnotateJob.class).log(Status.warning(e.getMessage(), e));
			Outcome outcome = new Outcome(runs, changed,
					runs.isEmpty() ? e.getMessage() : NLS.bind(Messages.annotate_notKept, e.getMessage()));
			display.asyncExec(() -> done.accept(outcome));
			return Status.OK_STATUS;
		} finally {
			monitor.done();
		}
	}

	/** One document's proposals from one engine, kept when every engine is done. */
	private record Kept(Engine engine, Document document, Date started, List<org.assay.model.Annotation> proposals) {
	}

	/**
	 * Puts every engine's proposals into the model and saves them as one unit, as {@code assay annotate} does: all of
	 * them reach the project or none (a full disk, a changed file), on the UI thread, so that editors never see a
	 * half-changed set and no editor's save lands in the middle of the unit. When it fails, the documents are put
	 * back as they were in the model too.
	 */
	private List<Run> keepAll(List<Kept> kept, List<Run> runs, List<Document> changed) throws StoreException {
		Proposals.Offer[] offers = new Proposals.Offer[runs.size()];
		java.util.Arrays.fill(offers, Proposals.Offer.NONE);
		StoreException[] failed = new StoreException[1];
		display.syncExec(() -> {
			// what a failed unit did to the documents is taken back, so that the editors show what the files hold
			java.util.Set<Document> touched = new java.util.LinkedHashSet<>();
			kept.forEach(k -> touched.add(k.document()));
			try {
				folder.unit(touched, () -> {
					for (Kept k : kept) {
						int i = engines.indexOf(k.engine());
						String into = offerOn == null || offerOn.test(k.document().getId()) ? offerInto : null;
						Set<String> takeOver = !k.engine().equals(preferred) ? Set.of()
								: Proposals.layersTakenOver(preferredLayers, k.proposals());
						offers[i] = offers[i].plus(EngineSets.keep(folder, k.document(), k.engine(), null, k.started(),
								k.proposals(), into == null ? List.of() : List.of(into), takeOver));
						if (!changed.contains(k.document())) {
							changed.add(k.document());
						}
					}
					return null;
				});
			} catch (StoreException e) {
				failed[0] = e;
			}
		});
		if (failed[0] != null) {
			throw failed[0];
		}
		List<Run> offered = new ArrayList<>();
		for (int i = 0; i < runs.size(); i++) {
			offered.add(new Run(runs.get(i).engine(), runs.get(i).summary(), offerInto == null ? null : offers[i]));
		}
		return offered;
	}

	private Run run(Engine engine, IProgressMonitor monitor, List<Kept> kept) throws EngineException {
		Date started = new Date();
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
					synchronized (kept) {
						kept.add(new Kept(engine, d, started, List.copyOf(found.annotations())));
					}
				});
		return new Run(engine, summary, null);
	}
}
