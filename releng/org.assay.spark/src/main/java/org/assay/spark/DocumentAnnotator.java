/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.spark;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Type;
import org.apache.uima.resource.ResourceInitializationException;
import org.assay.formats.ExportDocument;
import org.assay.formats.ExportReport;
import org.assay.formats.CodePoints;
import org.assay.formats.jsonl.JsonlFormat;
import org.assay.model.Annotation;
import org.assay.model.AssayFactory;
import org.assay.model.Document;
import org.assay.model.Fragment;
import org.assay.model.Span;
import org.assay.uima.CasBridge.FromCas;
import org.assay.uima.EngineSets;
import org.assay.uima.Pipeline;
import org.assay.uima.types.AssayTypes;

/**
 * Runs the engines of a run on one partition's documents, with pipelines borrowed from the executor
 * ({@link ExecutorEngines}) and given back at the end: Assay's own path from text to CAS to annotations
 * ({@link Pipeline}, {@code CasBridge}), its own provenance stamp ({@link EngineSets#stamp}) and its own JSONL
 * writer, so that the proposals are those of {@code assay annotate}. A document that fails becomes a failure
 * with its id and the reason; the others go on.
 */
final class DocumentAnnotator implements AutoCloseable {

	private final RunSpec spec;
	private final List<ExecutorEngines.Prepared> engines = new ArrayList<>();
	private final List<Pipeline> pipelines = new ArrayList<>();
	private final Date started;
	private final ExportReport report = new ExportReport();

	DocumentAnnotator(RunSpec spec) throws ResourceInitializationException {
		this.spec = spec;
		this.started = new Date(spec.started());
		for (String id : spec.engines()) {
			engines.add(ExecutorEngines.prepare(spec, id));
			pipelines.add(ExecutorEngines.borrow(spec, id));
		}
	}

	Annotated annotate(Input input) {
		if (input.problem() != null) {
			return Annotated.failed(input.id(), input.problem());
		}
		if (input.text() == null) {
			return Annotated.failed(input.id(), "no text");
		}
		Document document = AssayFactory.eINSTANCE.createDocument();
		document.setId(input.id());
		document.setTitle(input.title());
		document.setText(input.text());
		List<Annotation> all = new ArrayList<>();
		List<Proposal> proposals = new ArrayList<>();
		CodePoints offsets = new CodePoints(input.text());
		long tokens = 0;
		String engineId = null;
		try {
			for (int i = 0; i < engines.size(); i++) {
				var engine = engines.get(i).engine();
				engineId = engine.id();
				FromCas found = pipelines.get(i).process(document);
				if (i == 0) {
					tokens = tokens(pipelines.get(i).cas());
				}
				int n = 0;
				for (Annotation a : found.annotations()) {
					EngineSets.stamp(a, engine, started);
					a.setId(engine.id() + "-p" + ++n); // as EngineSets.replace numbers them, per engine
					if (spec.rows() && a instanceof Span s) {
						proposals.add(proposal(input, offsets, engine.id(), engine.version(), s));
					}
				}
				all.addAll(found.annotations());
			}
			engineId = null;
			String line = JsonlFormat.line(new ExportDocument(document, all, "proposals"), report);
			return new Annotated(input.id(), line, proposals, all.size(), tokens, null);
		} catch (Exception | StackOverflowError e) {
			return Annotated.failed(input.id(), (engineId == null ? "" : "the engine '" + engineId + "' failed: ")
					+ message(e));
		}
	}

	private static long tokens(CAS cas) {
		Type token = cas.getTypeSystem().getType(AssayTypes.TOKEN);
		return token == null ? 0 : cas.getAnnotationIndex(token).size();
	}

	private static Proposal proposal(Input input, CodePoints offsets, String engine, String version, Span s) {
		String text = input.text();
		List<Fragment> fragments = s.getFragments();
		int begin = fragments.get(0).getBegin();
		int end = fragments.get(fragments.size() - 1).getEnd();
		StringBuilder parts = new StringBuilder();
		for (Fragment f : fragments) {
			if (!parts.isEmpty()) {
				parts.append(' ');
			}
			parts.append(offsets.toCodePoint(f.getBegin())).append('-').append(offsets.toCodePoint(f.getEnd()));
		}
		var p = s.getProvenance();
		return new Proposal(input.id(), engine, version, s.getLabel().getLayer().getName(), s.getLabel().getName(),
				offsets.toCodePoint(begin), offsets.toCodePoint(end), parts.toString(), text.substring(begin, end),
				p != null && p.isSetConfidence() ? p.getConfidence() : null);
	}

	/** The deepest message in the chain of causes, as Assay's runner reports it. */
	static String message(Throwable e) {
		String message = null;
		for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t.getMessage() != null) {
				message = t.getMessage();
			}
		}
		return message == null ? e.getClass().getSimpleName() : message;
	}

	@Override
	public void close() {
		for (int i = 0; i < pipelines.size(); i++) {
			ExecutorEngines.giveBack(spec, spec.engines().get(i), pipelines.get(i));
		}
	}
}
