/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.uima;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.resource.ResourceInitializationException;
import org.assay.model.Annotation;
import org.assay.model.Document;
import org.assay.model.LabelSchema;
import org.assay.model.Link;
import org.assay.uima.CasBridge.FromCas;
import org.assay.uima.spi.EngineContext;

/**
 * Runs an engine over documents on several threads, one engine instance per thread around shared models,
 * and hands each document's proposals to a {@link Sink} on the calling thread, so that the model and the
 * files are only ever changed from one thread.
 */
public final class EngineRunner {

	/** Receives each document's proposals, on the thread that called {@link EngineRunner#run}. */
	public interface Sink {
		void accept(Document document, FromCas proposals) throws Exception;
	}

	/**
	 * What a run did.
	 *
	 * @param documents  documents done
	 * @param proposals  spans and document labels proposed
	 * @param links      links proposed between them (a claim's claimant and cue)
	 * @param unmapped   engine labels the project's schema lacks, with counts
	 * @param millis     wall-clock time
	 * @param canceled   whether the run stopped early at the user's request
	 */
	public record Summary(int documents, int proposals, int links, Map<String, Integer> unmapped, long millis,
			boolean canceled) {

		/** "139 proposal(s)", and " and 100 link(s)" when there are links. */
		public String proposalsText() {
			return String.format(Locale.ROOT, "%d proposal(s)%s", proposals,
					links == 0 ? "" : String.format(Locale.ROOT, " and %d link(s)", links));
		}
	}

	private final Engine engine;
	private final EngineContext context;
	private final LabelSchema schema;
	private final int threads;

	public EngineRunner(Engine engine, EngineContext context, LabelSchema schema, int threads) {
		this.engine = engine;
		this.context = context;
		this.schema = schema;
		this.threads = Math.max(1, threads);
	}

	/** Runs on all documents; stops early, between documents, if the monitor is canceled. */
	public Summary run(List<Document> documents, RunMonitor monitor, Sink sink) throws EngineException {
		long start = System.nanoTime();
		java.util.Date started = new java.util.Date();
		AnalysisEngineDescription description;
		try {
			description = engine.factory().describe(context);
		} catch (ResourceInitializationException | RuntimeException e) {
			throw new EngineException("the engine '" + engine.id() + "' cannot start: " + message(e), e);
		}
		LabelMapping mapping = new LabelMapping(schema, engine.renames());
		ClassLoader loader = engine.factory().getClass().getClassLoader();
		monitor.begin(engine.name(), documents.size());
		int workers = Math.min(threads, Math.max(1, documents.size()));
		ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
			Thread t = new Thread(r, "assay-engine-" + engine.id());
			t.setDaemon(true);
			return t;
		});
		// Each worker takes the next document itself and queues what it found; the calling thread only keeps the
		// results. So a worker never waits for the calling thread to hand it work (which, on busy cores, left the
		// workers idle between documents). A worker queues its results in batches (see Batch), so that the calling
		// thread is woken a few dozen times a second rather than once per document; the queue holds a few batches
		// per worker, so memory stays bounded.
		AtomicInteger next = new AtomicInteger();
		AtomicBoolean stop = new AtomicBoolean();
		BlockingQueue<Object> results = new ArrayBlockingQueue<>(workers * 4);
		for (int w = 0; w < workers; w++) {
			pool.execute(() -> work(documents, description, loader, mapping, started, next, stop, results));
		}
		int finished = 0;
		int proposals = 0;
		int links = 0;
		int working = workers;
		Map<String, Integer> unmapped = new TreeMap<>();
		boolean canceled = false;
		try {
			while (working > 0) {
				Object taken = results.take();
				if (taken == DONE) {
					working--;
				} else if (taken instanceof Failure f) {
					throw new EngineException("the engine '" + engine.id() + "' failed: " + message(f.cause()), f.cause());
				} else {
					for (Result r : (Batch) taken) {
						if (canceled) {
							break; // after a cancel, what the workers still finish is dropped
						}
						finished++;
						sink.accept(r.document, r.proposals);
						for (Annotation a : r.proposals.annotations()) {
							if (a instanceof Link) {
								links++;
							} else {
								proposals++;
							}
						}
						r.proposals.unmapped().forEach((k, v) -> unmapped.merge(k, v, Integer::sum));
						monitor.done(r.document.getId());
						if (monitor.isCanceled()) {
							canceled = true;
							stop.set(true);
						}
					}
				}
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			canceled = true;
		} catch (EngineException e) {
			throw e;
		} catch (Exception e) {
			throw new EngineException("cannot keep the proposals of '" + engine.id() + "': " + message(e), e);
		} finally {
			stop.set(true);
			pool.shutdownNow(); // a worker blocked on a full queue is interrupted and closes its engine
		}
		return new Summary(finished, proposals, links, unmapped, (System.nanoTime() - start) / 1_000_000, canceled);
	}

	private static final Object DONE = new Object();

	private record Failure(Throwable cause) {
	}

	/** One worker: its own engine instance, documents taken in turn until none is left or the run stops. */
	private void work(List<Document> documents, AnalysisEngineDescription description, ClassLoader loader,
			LabelMapping mapping, java.util.Date started, AtomicInteger next, AtomicBoolean stop,
			BlockingQueue<Object> results) {
		Pipeline p = null;
		Batch batch = new Batch();
		try {
			try {
				p = new Pipeline(description, loader, mapping);
				for (int i; !stop.get() && (i = next.getAndIncrement()) < documents.size();) {
					Document d = documents.get(i);
					FromCas found = p.process(d);
					for (var a : found.annotations()) {
						EngineSets.stamp(a, engine, started);
					}
					batch.add(new Result(d, found));
					if (batch.full()) {
						results.put(batch);
						batch = new Batch();
					}
				}
				if (!batch.isEmpty()) {
					results.put(batch);
				}
			} catch (InterruptedException e) {
				return; // the run is over
			} catch (Throwable t) {
				stop.set(true);
				if (!batch.isEmpty()) {
					results.put(batch); // the documents done before the failure, as if queued one by one
				}
				results.put(new Failure(t));
			} finally {
				if (p != null) {
					p.close();
				}
			}
			results.put(DONE);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	/** The deepest message in the chain of causes: UIMA wraps the engine's own reason in generic ones. */
	private static String message(Throwable e) {
		String message = null;
		for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t.getMessage() != null) {
				message = t.getMessage();
			}
		}
		return message == null ? e.getClass().getSimpleName() : message;
	}

	private record Result(Document document, FromCas proposals) {
	}

	/**
	 * The results a worker queues at once: those of {@value #BATCH_MILLIS} ms of its work, at most
	 * {@value #BATCH_SIZE} documents. Handing them over one by one woke the calling thread for every document, and
	 * on two cores each wake-up took a core from a worker: a tenth of a two-thread run's time on documents of a
	 * millisecond ({@code benchmark pipeline}). A batch is handed over when a document finishes after its time is
	 * up, so the progress a user sees lags the work by at most {@value #BATCH_MILLIS} ms and one document's time,
	 * and a document that takes longer than that goes with the few finished just before it, if any.
	 */
	private static final class Batch extends ArrayList<Result> {
		private static final long serialVersionUID = 1L;
		static final int BATCH_SIZE = 64;
		static final long BATCH_MILLIS = 20;
		private final long started = System.nanoTime();

		boolean full() {
			return size() >= BATCH_SIZE || System.nanoTime() - started >= BATCH_MILLIS * 1_000_000;
		}
	}
}
