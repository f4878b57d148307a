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

import org.assay.cli.CommandException;
import org.assay.cli.Options;
import org.assay.cli.ProjectArgument;
import org.assay.cli.UsageException;
import org.assay.cli.Verb;
import org.assay.engines.learn.TrainingCanceledException;
import org.assay.engines.learn.TrainingMonitor;
import org.assay.engines.learn.TrainingOptions;
import org.assay.engines.learn.conll.Conll2003Reader;
import org.assay.engines.learn.LearnedModel;
import org.assay.engines.learn.LearnedTrainer;
import org.assay.model.support.SetNames;
import org.assay.model.support.Schemas;
import org.assay.store.ProjectFolder;
import org.assay.store.SafePaths;
import org.assay.store.AtomicFiles;
import org.assay.store.IoReasons;
import org.assay.uima.GoldTexts;
import org.assay.uima.spi.GoldText;

/** {@code assay train --project DIR [--set NAME] [--layers L,...] [--conll FILE] [--out FILE] [--iterations N]}. */
public final class TrainVerb implements Verb {

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
				Usage: assay train --project DIR [--set NAME] [--layers L,...] [--conll FILE] [--out FILE]
				                   [--iterations N]

				Trains the learned engine (a CRF sequence tagger per layer) on the accepted and corrected spans
				of a set, and saves the model in the project (models/learned.model), where
				'assay annotate --engine learned' finds it.

				  --set NAME       the set to learn from (default: gold)
				  --layers L,...   the layers to learn (default: entity,claim; a layer without gold is skipped)
				  --conll FILE     learn entities from a CoNLL-2003 file instead of the project's gold
				  --out FILE       also write the model to FILE, for 'annotate --engine learned --model FILE'
				                   on any project
				  --iterations N   at most N optimiser iterations (default: %d)
				""".formatted(TrainingOptions.defaults().maxIterations());
	}

	@Override
	public Set<String> valuedOptions() {
		return Set.of(ProjectArgument.OPTION, "set", "layers", "conll", "out", "iterations");
	}

	@Override
	public int run(Options options, PrintStream out) throws CommandException {
		options.positional(0, "no positional arguments");
		TrainingOptions training = TrainingOptions.defaults();
		if (options.value("iterations") != null) {
			try {
				training = training.withMaxIterations(Integer.parseInt(options.value("iterations")));
			} catch (IllegalArgumentException e) {
				throw new UsageException("--iterations takes a whole number of at least 1");
			}
		}
		ProjectFolder folder = ProjectArgument.open(options);
		long start = System.nanoTime();
		LearnedModel model;
		String from;
		try {
			LearnedTrainer trainer = new LearnedTrainer(training);
			if (options.value("conll") != null) {
				Path conll = Path.of(options.value("conll"));
				if (!Files.isRegularFile(conll)) {
					throw new CommandException(conll + ": no such file");
				}
				model = trainer.trainEntities(Conll2003Reader.read(conll), progress());
				from = conll.toString();
			} else {
				String set = options.value("set") == null ? SetNames.GOLD : options.value("set");
				List<String> layers = options.value("layers") == null ? List.of("entity", "claim")
						: Arrays.stream(options.value("layers").split(",")).map(String::strip).toList();
				for (String layer : layers) {
					if (Schemas.layer(folder.project().getSchema(), layer) == null) {
						throw new UsageException("the project has no layer '" + layer + "'");
					}
				}
				List<GoldText> texts = GoldTexts.of(folder.project().getDocuments(), set);
				if (texts.stream().allMatch(t -> t.spans().isEmpty())) {
					throw new CommandException("no document has accepted annotations in the set '" + set + "'");
				}
				model = trainer.train(texts, layers, progress());
				from = "the set '" + set + "' of " + texts.size() + " document(s)";
			}
		} catch (IOException e) {
			throw new CommandException(e.getMessage(), e);
		} catch (TrainingCanceledException e) {
			throw new CommandException("training was canceled", e);
		}
		if (model.taggers().isEmpty()) {
			throw new CommandException("nothing to learn: no gold spans in the layers asked for");
		}
		Path target = folder.dir().resolve(LearnedModel.PROJECT_FILE);
		try {
			SafePaths.requireInside(folder.dir(), target); // models/ may not be a link out of the project
			Files.createDirectories(target.getParent());
			AtomicFiles.write(target, model::write);
			if (options.value("out") != null) {
				AtomicFiles.write(Path.of(options.value("out")), model::write);
			}
			out.printf(Locale.ROOT, "trained %s from %s in %.1f s; model %s (%,d bytes)%s%n",
					String.join(" and ", model.taggers().keySet()), from, (System.nanoTime() - start) / 1e9,
					target, Files.size(target), options.value("out") == null ? "" : ", also " + options.value("out"));
		} catch (IOException e) {
			throw new CommandException(target + ": cannot write the model: " + IoReasons.of(e), e);
		}
		return 0;
	}

	private static TrainingMonitor progress() {
		return new TrainingMonitor() {
			private int shown = -1;

			@Override
			public void progress(String task, double fractionDone) {
				int tenth = (int) (fractionDone * 10);
				if (tenth != shown) {
					shown = tenth;
					System.err.printf(Locale.ROOT, "train: %3d%% %s%n", tenth * 10, task);
				}
			}

			@Override
			public boolean isCanceled() {
				return false;
			}
		};
	}
}
