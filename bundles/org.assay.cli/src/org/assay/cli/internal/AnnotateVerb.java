/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.cli.internal;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.assay.cli.CommandException;
import org.assay.cli.Options;
import org.assay.cli.ProjectArgument;
import org.assay.cli.UsageException;
import org.assay.cli.Verb;
import org.assay.model.Document;
import org.assay.model.support.Schemas;
import org.assay.model.support.SetNames;
import org.assay.store.ProjectFolder;
import org.assay.store.StoreException;
import org.assay.uima.Engine;
import org.assay.uima.EngineException;
import org.assay.uima.EngineRunner;
import org.assay.uima.EngineSets;
import org.assay.uima.Proposals;
import org.assay.uima.RunMonitor;
import org.assay.uima.Engines;
import org.assay.uima.spi.EngineContext;

/**
 * {@code assay annotate --project DIR [--engine ID]... [--model FILE] [--documents ID,...] [--into SET]
 * [--into-assigned] [--prefer ID[:LAYER,...]] [--threads N]}.
 */
public final class AnnotateVerb implements Verb {

	@Override
	public String name() {
		return "annotate";
	}

	@Override
	public String synopsis() {
		return "--project DIR [--engine ID]... [--model FILE] [--into SET]   run engines, keep their proposals";
	}

	@Override
	public String help() {
		return """
				Usage: assay annotate --project DIR [--engine ID]... [--model FILE] [--documents ID,...]
				                      [--into SET] [--into-assigned] [--prefer ID[:LAYER,...]]
				                      [--map A=B,...] [--threads N]

				Runs engines on the project's documents, on all cores, and keeps what each proposes in the set
				engine:ID of each document, every proposal with the engine's id, version and confidence. Running
				again replaces that set; what annotators decided in their own sets is never touched.

				  --engine ID      %s; repeat it to run several, one after
				                   the other (default: %s, and learned when
				                   the project has a model)
				  --model FILE     for the learned engine: a model written by train --out (default: the
				                   project's own, models/learned.model)
				  --documents IDS  only these documents (comma-separated ids; default: all)
				  --into SET       also offer the proposals to this set (an annotator's name, or gold) to confirm
				                   or correct: its undecided proposals of these engines are replaced, decided
				                   annotations stay, and nothing on an extent already decided is offered again,
				                   nor a decision redrawn at another extent
				  --into-assigned  also offer each document's proposals to the sets of the annotators it is
				                   assigned to (assay assign), as --into does for one set
				  --prefer ID[:LAYER,...]
				                   where the engines propose in the same layer, offer that engine's: it runs
				                   last, and in each document its proposals take the place of the other
				                   engines' undecided ones in the layers it proposes in, or in those named
				                   (not of one a link starts or ends at, such as a claim's claimant); for
				                   example learned:entity, once a model is trained, in the entity rules'
				                   place
				  --map A=B,...    rename the engines' labels onto the project's, for example PER=PERSON
				                   (an engine proposes the labels it has; one the schema lacks is left out
				                   and counted)
				  --threads N      documents processed at once (default: the number of cores)
				A run that lasts more than two seconds says how far it is on standard error, every two seconds.
				""".formatted(engineList(), defaultList());
	}

	@Override
	public Set<String> valuedOptions() {
		return Set.of(ProjectArgument.OPTION, "engine", "model", "documents", "into", "prefer", "map", "threads");
	}

	@Override
	public Set<String> flagOptions() {
		return Set.of("into-assigned");
	}

	@Override
	public Set<String> repeatableOptions() {
		return Set.of("engine");
	}

	@Override
	public int run(Options options, PrintStream out) throws CommandException {
		options.positional(0, "no positional arguments");
		Path model = options.value("model") == null ? null : Path.of(options.value("model"));
		if (model != null && !Files.isRegularFile(model)) {
			throw new CommandException(model + ": no such model file");
		}
		List<Engine> named = named(options.values("engine"));
		String into = options.value("into");
		if (into != null && (!SetNames.isValid(into) || into.startsWith(SetNames.ENGINE_PREFIX))) {
			throw new UsageException("--into takes an annotator's set name or gold, not '" + into + "'");
		}
		int threads = threads(options);
		ProjectFolder folder = ProjectArgument.open(options);
		List<Engine> engines = new ArrayList<>(named.isEmpty() ? Engines.defaults(folder.dir(), model) : named);
		if (engines.isEmpty()) {
			throw new CommandException("no engine to run by default; name one with --engine (" + engineList() + ")");
		}
		String prefer = options.value("prefer");
		Engine preferred = preferred(prefer == null ? null : prefer.split(":", 2)[0], engines,
				into != null || options.has("into-assigned"));
		Set<String> preferredLayers = preferredLayers(prefer, folder);
		if (preferred != null) { // last, so that it takes the others' place and not they its
			engines.remove(preferred);
			engines.add(preferred);
		}
		List<Document> documents = documents(folder, options.value("documents"));
		Offering offering = Offering.of(folder, into, options.has("into-assigned"), documents);
		Map<String, String> renames = ImportVerb.labelMap(options.value("map"));
		try {
			folder.unit(() -> { // every engine's proposals, or none (a kill, a full disk, a failing engine)
				for (Engine engine : engines) {
					annotate(folder, documents, engine.withRenames(renames), model, offering,
							engine == preferred ? preferredLayers : null, threads, out);
				}
				return null;
			});
		} catch (StoreException e) {
			throw new CommandException(e.getMessage(), e);
		}
		return 0;
	}

	/** The engine --prefer names, one of those that run, or null without the option. */
	private static Engine preferred(String id, List<Engine> engines, boolean offers) throws UsageException {
		if (id == null) {
			return null;
		}
		if (!offers) {
			throw new UsageException("--prefer decides what is offered to annotators: give --into SET or --into-assigned");
		}
		for (Engine engine : engines) {
			if (engine.id().equals(id)) {
				return engine;
			}
		}
		throw new UsageException("--prefer " + id + ": that engine does not run here (engines run: "
				+ engines.stream().map(Engine::id).collect(Collectors.joining(", ")) + ")");
	}

	/** The layers --prefer names after its engine (empty: those it proposes in), or null without the option. */
	private static Set<String> preferredLayers(String prefer, ProjectFolder folder) throws UsageException {
		if (prefer == null) {
			return null;
		}
		Set<String> layers = new java.util.TreeSet<>();
		if (prefer.contains(":")) {
			for (String layer : prefer.substring(prefer.indexOf(':') + 1).split(",")) {
				if (Schemas.layer(folder.project().getSchema(), layer.strip()) == null) {
					throw new UsageException("--prefer " + prefer + ": the project's schema has no layer '"
							+ layer.strip() + "'");
				}
				layers.add(layer.strip());
			}
		}
		return layers;
	}

	/** The engines named with --engine, each once, in the order given. */
	private static List<Engine> named(List<String> ids) throws UsageException {
		List<Engine> engines = new ArrayList<>();
		for (String id : new java.util.LinkedHashSet<>(ids)) {
			Engine engine = Engines.find(id);
			if (engine == null) {
				throw new UsageException("no engine '" + id + "'; engines: " + engineList());
			}
			engines.add(engine);
		}
		return engines;
	}

	private static void annotate(ProjectFolder folder, List<Document> documents, Engine engine, Path model,
			Offering offering, Set<String> preferredLayers, int threads, PrintStream out) throws CommandException {
		if (!engine.isReady(folder.dir(), model)) {
			throw new CommandException("the " + engine.id() + " engine needs a model and the project has no "
					+ engine.modelFile() + ": run 'assay train' first, or give --model FILE");
		}
		Date started = new Date();
		Proposals.Offer[] offered = { Proposals.Offer.NONE };
		EngineRunner runner = new EngineRunner(engine, new EngineContext(folder.dir(), model),
				folder.project().getSchema(), threads);
		EngineRunner.Summary summary;
		try {
			summary = runner.run(documents, status(engine, documents.size()), (d, found) -> {
				offered[0] = offered[0].plus(EngineSets.keep(folder, d, engine, model == null ? null : model.toString(),
						started, found.annotations(), offering.targets(d),
						preferredLayers == null ? Set.of()
								: Proposals.layersTakenOver(preferredLayers, found.annotations())));
				EngineSets.release(d, engine); // saved: this command needs it no more
			});
		} catch (EngineException e) {
			throw new CommandException(e.getMessage(), e);
		}
		out.printf(Locale.ROOT, "%s %s: %d document(s), %s in %s, %.1f s on %d thread(s)%n",
				engine.id(), engine.version(), summary.documents(), summary.proposalsText(), engine.setName(),
				summary.millis() / 1000.0, threads);
		if (!summary.unmapped().isEmpty()) {
			out.println("not in the project's schema, left out: " + summary.unmapped().entrySet().stream()
					.map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "))
					+ " (--map FROM=TO renames them onto the schema's labels)");
		}
		if (offering.any()) {
			out.printf(Locale.ROOT, "offered to %s: %d new, %d undecided replaced, %s%n",
					offering.describe(), offered[0].added(), offered[0].replaced(), offered[0].alreadyThereText());
		}
	}

	/** A run that lasts says on standard error how far it is. */
	private static RunMonitor status(Engine engine, int documents) {
		StatusLine status = new StatusLine();
		AtomicInteger done = new AtomicInteger();
		return new RunMonitor() {
			@Override
			public void done(String documentId) {
				int n = done.incrementAndGet();
				status.show(() -> String.format(Locale.ROOT, "annotate: %s, %,d of %,d document(s)", engine.id(), n,
						documents));
			}
		};
	}

	private static int threads(Options options) throws UsageException {
		if (options.value("threads") == null) {
			return Runtime.getRuntime().availableProcessors();
		}
		try {
			int n = Integer.parseInt(options.value("threads"));
			if (n < 1) {
				throw new NumberFormatException();
			}
			return n;
		} catch (NumberFormatException e) {
			throw new UsageException("--threads takes a whole number of at least 1");
		}
	}

	static List<Document> documents(ProjectFolder folder, String ids) throws CommandException {
		if (ids == null) {
			return folder.project().getDocuments();
		}
		List<Document> documents = new ArrayList<>();
		for (String id : ids.split(",")) {
			Document d = folder.document(id.strip());
			if (d == null) {
				throw new CommandException("the project has no document '" + id.strip() + "'");
			}
			documents.add(d);
		}
		return documents;
	}

	private static String defaultList() {
		return Engines.all().stream().filter(e -> e.byDefault() && e.modelFile() == null).map(Engine::id)
				.collect(Collectors.joining(" and "));
	}

	static String engineList() {
		List<Engine> engines = Engines.all();
		return engines.isEmpty() ? "(none installed)"
				: engines.stream().map(Engine::id).collect(Collectors.joining(", "));
	}
}
