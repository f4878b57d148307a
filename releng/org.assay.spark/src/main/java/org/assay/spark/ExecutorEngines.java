/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.spark;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.apache.spark.SparkFiles;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.resource.ResourceInitializationException;
import org.assay.model.LabelSchema;
import org.assay.model.support.StandardSchema;
import org.assay.uima.Engine;
import org.assay.uima.LabelMapping;
import org.assay.uima.Pipeline;
import org.assay.uima.spi.EngineContext;

/**
 * The engines of one executor JVM, made when its first task needs them and kept for the executor's life:
 * each engine's description once (the learned model and the segmenter's models are loaded once and shared,
 * {@code LearnedModel.load} caches them per file), and idle {@link Pipeline}s, one per task thread at a time
 * (UIMA engines are not thread-safe), handed from one partition to the next.
 */
final class ExecutorEngines {

	/** The schema proposals are mapped onto, as {@code assay new} creates it. */
	static final LabelSchema SCHEMA = StandardSchema.create();

	private static final Map<String, Prepared> PREPARED = new ConcurrentHashMap<>();
	private static final Map<String, ConcurrentLinkedQueue<Pipeline>> IDLE = new ConcurrentHashMap<>();

	private ExecutorEngines() {
	}

	/** An engine with what its pipelines are made from. */
	record Prepared(Engine engine, AnalysisEngineDescription description, LabelMapping mapping) {
	}

	static Prepared prepare(RunSpec spec, String id) throws ResourceInitializationException {
		try {
			return PREPARED.computeIfAbsent(spec.key(id), k -> {
				Engine engine = Engines.get(id).withRenames(spec.renames());
				try {
					AnalysisEngineDescription d = engine.factory().describe(new EngineContext(null, model(spec)));
					return new Prepared(engine, d, new LabelMapping(SCHEMA, engine.renames()));
				} catch (ResourceInitializationException e) {
					throw new IllegalStateException(e);
				}
			});
		} catch (IllegalStateException e) {
			if (e.getCause() instanceof ResourceInitializationException r) {
				throw r;
			}
			throw e;
		}
	}

	/** An idle pipeline of the engine, or a new one. */
	static Pipeline borrow(RunSpec spec, String id) throws ResourceInitializationException {
		Pipeline p = IDLE.computeIfAbsent(spec.key(id), k -> new ConcurrentLinkedQueue<>()).poll();
		if (p != null) {
			return p;
		}
		Prepared prepared = prepare(spec, id);
		return new Pipeline(prepared.description(), prepared.engine().factory().getClass().getClassLoader(),
				prepared.mapping());
	}

	/** Gives a pipeline back for the next partition on this executor. */
	static void giveBack(RunSpec spec, String id, Pipeline p) {
		IDLE.computeIfAbsent(spec.key(id), k -> new ConcurrentLinkedQueue<>()).add(p);
	}

	private static Path model(RunSpec spec) {
		if (spec.model() == null) {
			return null;
		}
		return Path.of(spec.shipped() ? SparkFiles.get(spec.model()) : spec.model());
	}
}
