/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CancellationException;

import org.assay.cli.CommandException;
import org.assay.cli.Options;
import org.assay.cli.ProjectArgument;
import org.assay.cli.UsageException;
import org.assay.cli.Verb;
import org.assay.formats.Format;
import org.assay.formats.FormatException;
import org.assay.formats.Formats;
import org.assay.formats.ImportOptions;
import org.assay.formats.conll.Conll2003Format;
import org.assay.model.support.SetNames;
import org.assay.model.support.Schemas;
import org.assay.store.AtomicFiles;
import org.assay.store.IoReasons;
import org.assay.store.ProjectFolder;
import org.assay.uima.Engine;
import org.assay.uima.EngineException;
import org.assay.uima.Engines;
import org.assay.uima.GoldTexts;
import org.assay.uima.Training;
import org.assay.uima.spi.EngineTrainer;
import org.assay.uima.spi.GoldText;

/**
 * {@code assay train --project DIR [--engine ID] [--set NAME] [--layers L,...] [--conll FILE] [--out FILE]
 * [--iterations N]}: trains an engine that learns, through {@link Training} as the workbench does.
 */
public final class TrainVerb implements Verb {

	private static final String LEARNED = "learned";

	@Override
	public String name() {
		return "train";
	}

	@Override
	public String synopsis() {
		return "--project DIR [--set NAME] [--conll FILE] [--out FILE]   train the learned engine on gold";
	}

	@Override
	public String help() {
		return """
				Usage: assay train --project DIR [--engine ID] [--set NAME] [--layers L,...] [--conll FILE]
				                   [--out FILE] [--iterations N]

				Trains an engine that learns (by default the learned engine, a CRF sequence tagger per layer) on
				the accepted and corrected spans of a set, and saves the model in the project (for the learned
				engine models/learned.model), where 'assay annotate --engine learned' finds it.

				  --engine ID      the engine to train (default: learned); engines that learn: %s
				  --set NAME       the set to learn from (default: gold)
				  --layers L,...   the layers to learn (default: entity,claim; a layer without gold is skipped)
				  --conll FILE     learn entities from a CoNLL-2003 file (read as 'assay import' reads it)
				                   instead of the project's gold
				  --out FILE       also write the model to FILE, for 'annotate --engine learned --model FILE'
				                   on any project
				  --iterations N   at most N optimiser iterations (default: the engine's own)
				""".formatted(learners());
	}

	@Override
	public Set<String> valuedOptions() {
		return Set.of(ProjectArgument.OPTION, "engine", "set", "layers", "conll", "out", "iterations");
	}

	@Override
	public int run(Options options, PrintStream out) throws CommandException {
		options.positional(0, "no positional arguments");
		EngineTrainer.Settings settings = EngineTrainer.Settings.FULL;
		if (options.value("iterations") != null) {
			try {
				settings = settings.withMaxIterations(Integer.parseInt(options.value("iterations")));
			} catch (IllegalArgumentException e) {
				throw new UsageException("--iterations takes a whole number of at least 1");
			}
			if (settings.maxIterations() == 0) {
				throw new UsageException("--iterations takes a whole number of at least 1");
			}
		}
		String engineId = options.value("engine") == null ? LEARNED : options.value("engine");
		Engine engine = Engines.find(engineId);
		if (engine == null || engine.trainer() == null) {
			throw new UsageException((engine == null ? "no engine '" + engineId + "'" : "the engine '" + engineId
					+ "' does not learn") + "; engines that learn: " + learners());
		}
		ProjectFolder folder = ProjectArgument.open(options);
		List<GoldText> texts;
		List<String> layers;
		String from;
		if (options.value("conll") != null) {
			Path conll = Path.of(options.value("conll"));
			if (!Files.isRegularFile(conll)) {
				throw new CommandException(conll + ": no such file");
			}
			Format format = Formats.find(Conll2003Format.ID);
			try {
				texts = GoldTexts.of(format.importer().read(conll, ImportOptions.defaults()), "entity");
			} catch (FormatException e) {
				throw new CommandException(e.getMessage(), e);
			}
			layers = List.of("entity");
			from = conll.toString();
		} else {
			String set = options.value("set") == null ? SetNames.GOLD : options.value("set");
			layers = options.value("layers") == null ? List.of("entity", "claim")
					: Arrays.stream(options.value("layers").split(",")).map(String::strip).toList();
			for (String layer : layers) {
				if (Schemas.layer(folder.project().getSchema(), layer) == null) {
					throw new UsageException("the project has no layer '" + layer + "'");
				}
			}
			texts = GoldTexts.of(folder.project().getDocuments(), set);
			if (texts.stream().allMatch(t -> t.spans().isEmpty())) {
				throw new CommandException("no document has accepted annotations in the set '" + set + "'");
			}
			long unstarted = folder.project().getDocuments().stream().filter(d -> SetNames.find(d, set) != null)
					.count() - texts.size();
			from = "the set '" + set + "' of " + texts.size() + " document(s)"
					+ (unstarted > 0 ? " (" + unstarted + " not started in it left out)" : "");
		}
		Path target = folder.dir().resolve(engine.modelFile()); // an engine that learns names where its model goes
		Training.Result result;
		try {
			result = Training.train(engine, texts, layers, settings, folder.dir(), target, progress());
		} catch (EngineException e) {
			throw new CommandException(e.getMessage(), e);
		} catch (CancellationException e) {
			throw new CommandException("training was canceled", e);
		}
		if (options.value("out") != null) {
			Path copy = Path.of(options.value("out"));
			try {
				AtomicFiles.write(copy, o -> Files.copy(result.model(), o));
			} catch (IOException e) {
				throw new CommandException(copy + ": cannot write the model: " + IoReasons.of(e), e);
			}
		}
		out.printf(Locale.ROOT, "trained %s from %s in %.1f s; model %s (%,d bytes)%s%n",
				String.join(" and ", result.layers()), from, result.seconds(), result.model(), result.bytes(),
				options.value("out") == null ? "" : ", also " + options.value("out"));
		return 0;
	}

	/** The ids of the engines that learn. */
	private static String learners() {
		List<String> ids = Engines.all().stream().filter(e -> e.trainer() != null).map(Engine::id).toList();
		return ids.isEmpty() ? "none installed" : String.join(", ", ids);
	}

	private static EngineTrainer.Progress progress() {
		return new EngineTrainer.Progress() {
			private int shown = -1;

			@Override
			public void progress(String task, double fractionDone) {
				int tenth = (int) (fractionDone * 10);
				if (tenth != shown) {
					shown = tenth;
					System.err.printf(Locale.ROOT, "train: %3d%% %s%n", tenth * 10, task);
				}
			}
		};
	}
}
