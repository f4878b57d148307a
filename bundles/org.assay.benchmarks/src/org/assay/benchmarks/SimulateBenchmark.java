/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.assay.engines.learn.BioTags;
import org.assay.engines.learn.Mention;
import org.assay.engines.learn.SequenceTagger;
import org.assay.engines.learn.TaggedDocument;
import org.assay.engines.learn.TaggerTrainer;
import org.assay.engines.learn.TrainingMonitor;
import org.assay.engines.learn.TrainingOptions;

/**
 * A simulated annotator: an oracle who knows CoNLL-2003's gold corrects every proposal on documents of
 * {@code eng.train}, and the edits it needs (see {@link OracleEdits}) are counted per 1,000 words as the
 * documents go by, for four strategies:
 * <ol>
 * <li><b>rules</b>: the default entity engine proposes on every document, in corpus order;</li>
 * <li><b>learned</b>: the rules propose until the first model exists; after every {@code --every} documents
 * the learned engine's quick model ({@link TrainingOptions#quick()}: built on the entity rules' output, as the
 * workbench's learning loop trains it) is trained on all documents corrected so far, warm-started from the
 * previous model as the loop does ({@link TrainingOptions#quickWarm()}), and proposes on the next ones, in
 * corpus order (the last retraining is run again warm, from scratch, and from scratch without the rules'
 * features, to compare);</li>
 * <li><b>learned, uncertain first</b>: the same, but the next documents are the ones of a pool the current
 * model is least sure of (the lowest mean confidence of its proposals, the CRF's marginal probability of
 * each span; as the navigator's "unsure first" orders them); documents with no proposal count as unsure
 * as the pool's least sure one;</li>
 * <li><b>learned, as the workbench's loop</b>: what the learning loop does since session 18: the rules propose on
 * the first {@value #TAKE_OVER} documents (the loop's {@code LearningLoop.TAKE_OVER}; {@code --take-over N} tries
 * another number), then the model retrained
 * after every document, warm-started, proposes on the next one in corpus order, in the rules' place.</li>
 * </ol>
 * and, since session 21, the first and the last again with the open proposals on the same words following each
 * decision ({@link FollowingOracle}; the editor does so by default): <b>rules, same words followed</b> and <b>as the
 * loop, same words followed</b> (the same models as the loop's).
 * Every quick model takes its word classes from the project's text, as the workbench's loop clusters them from
 * every document of its project: here the whole training file and the held-out documents, unlabelled (the first
 * model's classes, kept by the models warm-started from it).
 * Each model is also scored on held-out documents (the first of {@code eng.testa}), which is fair between
 * the strategies where the annotated documents differ. The curves are drawn to a PNG.
 * <p>
 * Usage: {@code SimulateBenchmark TRAIN_FILE HELDOUT_FILE [--documents 200] [--pool 500] [--every 10]
 * [--heldout 100] [--take-over 10] [--no-project-classes] [--png FILE]}.
 */
public final class SimulateBenchmark {

	/** One strategy's record: per batch, the edits and words of the documents annotated, and held-out edits. */
	static final class Run {
		final String name;
		/** Whether the oracle's decisions are followed on the same words ({@link FollowingOracle}). */
		final boolean following;
		final List<int[]> batches = new ArrayList<>(); // {documents so far, words, edits, edits of rules on them}
		final List<double[]> heldout = new ArrayList<>(); // {documents so far, edits per 1,000 words}
		final List<Double> trainSeconds = new ArrayList<>();
		final List<Double> trainCpuSeconds = new ArrayList<>();
		OracleEdits.Count counts = OracleEdits.Count.ZERO;
		/** The last retraining three ways: warm, from scratch, without the rules; {wall s, CPU s, held-out rate}. */
		double[][] lastWays;

		Run(String name) {
			this(name, false);
		}

		Run(String name, boolean following) {
			this.name = name;
			this.following = following;
		}

		/** Edits per 1,000 words over the first n documents, and the same for the rules on those documents. */
		double[] upTo(int n) {
			return between(0, n);
		}

		/**
		 * Edits per 1,000 words over the documents after the first {@code after} up to the {@code upTo}th (those an
		 * annotator meets once {@code after} are done), and the same for the rules on those documents.
		 */
		double[] between(int after, int upTo) {
			long words = 0;
			long edits = 0;
			long rules = 0;
			for (int[] b : batches) {
				if (b[0] > after && b[0] <= upTo) {
					words += b[1];
					edits += b[2];
					rules += b[3];
				}
			}
			return new double[] { 1000.0 * edits / words, 1000.0 * rules / words };
		}
	}

	/** The finished documents from which the workbench's loop proposes in the rules' place (its TAKE_OVER). */
	static final int TAKE_OVER = 10;

	/** The same for this run ({@code --take-over N}), to try the loop with another threshold. */
	private static int takeOver = TAKE_OVER;

	/**
	 * The project's text, unlabelled: every document of the training file and the held-out documents (in a project,
	 * documents nobody has annotated yet), from which the quick models cluster their word classes as the learning
	 * loop's do from its project's documents ({@code --no-project-classes}: none).
	 */
	private static List<TaggedDocument> projectText = List.of();

	/** A trainer as the learning loop's: word classes from the project's text, unless asked not to. */
	private static TaggerTrainer trainer(TrainingOptions options) {
		TaggerTrainer trainer = new TaggerTrainer(options);
		return projectText.isEmpty() ? trainer : trainer.withWordClassText(() -> projectText);
	}

	private SimulateBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length < 2) {
			System.err.println("usage: SimulateBenchmark TRAIN_FILE HELDOUT_FILE [--documents N] [--pool N]"
					+ " [--every N] [--heldout N] [--take-over N] [--no-project-classes] [--png FILE]");
			System.exit(2);
		}
		int documents = 200;
		int pool = 500;
		int every = 10;
		int heldoutCount = 100;
		boolean projectClasses = true;
		Path png = null;
		for (int i = 2; i < args.length; i++) {
			switch (args[i]) {
			case "--documents" -> documents = Integer.parseInt(args[++i]);
			case "--pool" -> pool = Integer.parseInt(args[++i]);
			case "--every" -> every = Integer.parseInt(args[++i]);
			case "--heldout" -> heldoutCount = Integer.parseInt(args[++i]);
			case "--png" -> png = Path.of(args[++i]);
			case "--take-over" -> takeOver = Integer.parseInt(args[++i]);
			case "--no-project-classes" -> projectClasses = false;
			default -> throw new IllegalArgumentException("unknown option " + args[i]);
			}
		}
		List<TaggedDocument> train = ConllCorpus.tagged(Path.of(args[0]));
		List<TaggedDocument> all = ConllCorpus.tagged(Path.of(args[1]));
		List<TaggedDocument> heldout = all.subList(0, Math.min(heldoutCount, all.size()));
		if (projectClasses) { // the held-out documents are in the project too, as documents nobody has annotated
			projectText = java.util.stream.Stream.concat(train.stream(), heldout.stream())
					.map(d -> TaggedDocument.of(d.sentences())).toList();
		}
		pool = Math.min(pool, train.size());
		documents = Math.min(documents, pool);
		List<TaggedDocument> candidates = train.subList(0, pool);
		TrainingOptions options = TrainingOptions.quick();
		System.out.printf(Locale.ROOT, "simulated annotator: %d documents of %s (uncertain first picks from the first"
				+ " %d), retraining every %d, quick model %s, warm-started with %d iterations, word classes from %s;"
				+ " held out: the first %d documents of %s%n", documents, args[0], pool, every, options,
				TrainingOptions.quickWarm().maxIterations(), projectText.isEmpty() ? "none"
						: "the project's text (the " + projectText.size() + " documents of both files, unlabelled)",
				heldout.size(), args[1]);

		RuleProposals rules = new RuleProposals();
		List<List<Mention>> ruleProposals = new ArrayList<>();
		long t0 = System.nanoTime();
		for (TaggedDocument d : candidates) {
			ruleProposals.add(rules.propose(d));
		}
		System.out.printf(Locale.ROOT, "rules proposed on %d documents in %.1f s%n", pool, (System.nanoTime() - t0) / 1e9);
		double rulesHeldout = heldoutRate(heldout, rules::propose, false);

		Run ruleRun = new Run("rules only");
		Run learnedRun = new Run("learned, retrained every " + every);
		Run uncertainRun = new Run("learned, uncertain first");
		Run loopRun = new Run("as the workbench's loop");
		Run rulesFollowed = new Run("rules, same words followed", true);
		Run loopFollowed = new Run("as the loop, same words followed", true);
		simulate(ruleRun, candidates, ruleProposals, documents, every, null, false, heldout);
		simulate(rulesFollowed, candidates, ruleProposals, documents, every, null, false, heldout);
		double rulesFollowedHeldout = heldoutRate(heldout, rules::propose, true);
		for (int n = every; n <= documents; n += every) {
			ruleRun.heldout.add(new double[] { n, rulesHeldout });
			rulesFollowed.heldout.add(new double[] { n, rulesFollowedHeldout });
		}
		simulate(learnedRun, candidates, ruleProposals, documents, every, options, false, heldout);
		simulate(uncertainRun, candidates, ruleProposals, documents, every, options, true, heldout);
		simulateLoop(loopRun, loopFollowed, candidates, ruleProposals, documents, every, options, heldout);

		List<Run> runs = List.of(ruleRun, learnedRun, uncertainRun, loopRun, rulesFollowed, loopFollowed);
		System.out.println();
		System.out.println("edits per 1,000 words of each batch (the documents annotated in it)");
		System.out.printf(Locale.ROOT, "%9s %12s %12s %12s %12s %12s %12s   %s%n", "documents", "rules", "learned",
				"uncertain", "loop", "rules+same", "loop+same",
				"held-out: rules / learned / uncertain / loop / rules+same / loop+same");
		for (int b = 0; b < ruleRun.batches.size(); b++) {
			System.out.printf(Locale.ROOT, "%9d", ruleRun.batches.get(b)[0]);
			for (Run r : runs) {
				int[] x = r.batches.get(b);
				System.out.printf(Locale.ROOT, " %12.1f", 1000.0 * x[2] / x[1]);
			}
			StringBuilder held = new StringBuilder();
			for (Run r : runs) {
				held.append(held.length() == 0 ? "   " : " / ").append(String.format(Locale.ROOT, "%.1f", r.heldout.get(b)[1]));
			}
			System.out.println(held);
		}
		System.out.println();
		System.out.println("over the first N documents: edits per 1,000 words, and the saving against the rules on"
				+ " the same documents");
		for (int n : new int[] { 50, 100, 200 }) {
			if (n > documents) {
				continue;
			}
			StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %4d documents:", n));
			for (Run r : runs) {
				double[] x = r.upTo(n);
				line.append(String.format(Locale.ROOT, "  %s %.1f (saving %.0f%%)", r.name, x[0], 100 * (1 - x[0] / x[1])));
			}
			System.out.println(line);
			for (int b = 0; b < ruleRun.batches.size(); b++) {
				if (ruleRun.batches.get(b)[0] == n) {
					double rulesAt = ruleRun.heldout.get(b)[1];
					StringBuilder held = new StringBuilder(String.format(Locale.ROOT, "        held out after %d:", n));
					for (Run r : runs) {
						double x = r.heldout.get(b)[1];
						held.append(String.format(Locale.ROOT, "  %s %.1f (saving %.1f%%)", r.name, x, 100 * (1 - x / rulesAt)));
					}
					System.out.println(held);
				}
			}
		}
		System.out.println();
		System.out.println("the documents after the first N (those met once N are done): edits per 1,000 words, and the"
				+ " saving against the rules on the same documents");
		for (int[] range : new int[][] { { 50, documents }, { 100, documents }, { 90, 110 } }) {
			if (range[0] + 10 > documents || range[1] > documents) {
				continue;
			}
			StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %4d-%d:", range[0] + 1, range[1]));
			for (Run r : runs) {
				double[] x = r.between(range[0], range[1]);
				line.append(String.format(Locale.ROOT, "  %s %.1f (saving %.0f%%)", r.name, x[0], 100 * (1 - x[0] / x[1])));
			}
			System.out.println(line);
		}
		for (Run r : runs) {
			OracleEdits.Count c = r.counts;
			System.out.printf(Locale.ROOT, "  %-28s accepted %d, rejected %d, relabelled %d, boundary edits %d, added %d%n",
					r.name, c.accepted(), c.rejected(), c.relabelled(), c.boundaries(), c.added());
			if (!r.trainSeconds.isEmpty()) {
				double max = r.trainSeconds.stream().mapToDouble(Double::doubleValue).max().orElse(0);
				double last = r.trainSeconds.get(r.trainSeconds.size() - 1);
				double sum = r.trainSeconds.stream().mapToDouble(Double::doubleValue).sum();
				double lastCpu = r.trainCpuSeconds.get(r.trainCpuSeconds.size() - 1);
				double cpuSum = r.trainCpuSeconds.stream().mapToDouble(Double::doubleValue).sum();
				System.out.printf(Locale.ROOT, "  %-28s %d retrainings: wall mean %.1f s, longest %.1f s, the last (on %d"
						+ " documents) %.1f s; CPU mean %.1f s, the last %.1f s%n", "", r.trainSeconds.size(),
						sum / r.trainSeconds.size(), max, documents, last, cpuSum / r.trainCpuSeconds.size(), lastCpu);
				if (r.lastWays != null) {
					String[] ways = { "warm-started (15 iterations)", "from scratch (40 iterations)",
							"from scratch, without the rules' features (the quick model before)" };
					for (int w = 0; w < ways.length; w++) {
						double[] x = r.lastWays[w];
						System.out.printf(Locale.ROOT, "  %-28s the last again, %s: wall %.1f s (%.2fx warm), CPU %.1f s;"
								+ " held out %.1f edits per 1,000 words%n", "", ways[w], x[0], x[0] / r.lastWays[0][0], x[1],
								x[2]);
					}
				}
			}
		}
		if (png != null) {
			EditCurves.draw(png, runs, documents);
			System.out.println("curves drawn to " + png);
		}
	}

	/** One strategy over the documents; options null means rules only. */
	private static void simulate(Run run, List<TaggedDocument> candidates, List<List<Mention>> ruleProposals,
			int documents, int every, TrainingOptions options, boolean uncertainFirst, List<TaggedDocument> heldout)
			throws Exception {
		boolean following = run.following;
		List<Integer> remaining = new ArrayList<>();
		for (int i = 0; i < candidates.size(); i++) {
			remaining.add(i);
		}
		List<TaggedDocument> corrected = new ArrayList<>();
		SequenceTagger model = null;
		int done = 0;
		while (done < documents) {
			List<Integer> batch = next(remaining, Math.min(every, documents - done), model, candidates, uncertainFirst);
			remaining.removeAll(batch);
			int[] tally = new int[3];
			for (int i : batch) {
				correct(run, candidates.get(i), model, ruleProposals.get(i), tally, following);
				corrected.add(candidates.get(i)); // the oracle's corrections are the gold
			}
			done += batch.size();
			run.batches.add(new int[] { done, tally[0], tally[1], tally[2] });
			if (options != null) {
				long t0 = System.nanoTime();
				long cpu0 = cpuNanos();
				SequenceTagger previous = model;
				// warm-started from the previous model, as the workbench's learning loop does
				model = trainer(previous == null ? options : TrainingOptions.quickWarm()).train(corrected,
						TrainingMonitor.NONE, previous);
				run.trainSeconds.add((System.nanoTime() - t0) / 1e9);
				run.trainCpuSeconds.add((cpuNanos() - cpu0) / 1e9);
				SequenceTagger current = model;
				run.heldout.add(new double[] { done,
						heldoutRate(heldout, d -> current.tag(TaggedDocument.of(d.sentences())), following) });
				System.err.printf(Locale.ROOT, "  %s: %d documents, trained in %.1f s (CPU %.1f s)%n", run.name, done,
						run.trainSeconds.get(run.trainSeconds.size() - 1),
						run.trainCpuSeconds.get(run.trainCpuSeconds.size() - 1));
				if (done >= documents && previous != null) {
					// the last retraining again, to compare on the same documents: warm-started as above, from
					// scratch with the quick options, and from scratch without the rules' features (the quick
					// model before it built on the rules); each twice, the shorter time kept (a shared machine)
					run.lastWays = new double[][] { retrain(corrected, TrainingOptions.quickWarm(), previous, heldout),
							retrain(corrected, options, null, heldout),
							retrain(corrected, options.withRuleFeatures(false), null, heldout) };
				}
			}
		}
	}

	/**
	 * The workbench's loop: the rules on the first {@link #TAKE_OVER} documents, then the model, retrained
	 * (warm-started) after every document, on the next, in corpus order. Batches of {@code every} documents are
	 * recorded as the other strategies record theirs, with each batch's last model scored on held-out text; the
	 * same documents and models counted again into {@code followed} with the decisions followed on the same words.
	 */
	private static void simulateLoop(Run run, Run followed, List<TaggedDocument> candidates,
			List<List<Mention>> ruleProposals, int documents, int every, TrainingOptions options,
			List<TaggedDocument> heldout) throws Exception {
		List<TaggedDocument> corrected = new ArrayList<>();
		SequenceTagger model = null;
		int[] tally = new int[3];
		int[] followedTally = new int[3];
		for (int i = 0; i < documents; i++) {
			correct(run, candidates.get(i), model, ruleProposals.get(i), tally, false);
			correct(followed, candidates.get(i), model, ruleProposals.get(i), followedTally, followed.following);
			corrected.add(candidates.get(i));
			if (corrected.size() >= takeOver) {
				long t0 = System.nanoTime();
				long cpu0 = cpuNanos();
				model = trainer(model == null ? options : TrainingOptions.quickWarm()).train(corrected,
						TrainingMonitor.NONE, model);
				run.trainSeconds.add((System.nanoTime() - t0) / 1e9);
				run.trainCpuSeconds.add((cpuNanos() - cpu0) / 1e9);
			}
			if ((i + 1) % every == 0 || i + 1 == documents) {
				run.batches.add(new int[] { i + 1, tally[0], tally[1], tally[2] });
				followed.batches.add(new int[] { i + 1, followedTally[0], followedTally[1], followedTally[2] });
				tally = new int[3];
				followedTally = new int[3];
				SequenceTagger current = model;
				java.util.function.Function<TaggedDocument, List<Mention>> proposer = current == null
						? new RuleProposals()::propose
						: d -> current.tag(TaggedDocument.of(d.sentences()));
				run.heldout.add(new double[] { i + 1, heldoutRate(heldout, proposer, false) });
				followed.heldout.add(new double[] { i + 1, heldoutRate(heldout, proposer, followed.following) });
				System.err.printf(Locale.ROOT, "  %s: %d documents, %d retrainings%n", run.name, i + 1,
						run.trainSeconds.size());
			}
		}
	}

	/**
	 * The oracle corrects one document, proposed by the model or, without one, by the rules: its edits, and the
	 * rules' on the same document (with nothing followed), added to the tally {words, edits, rules' edits} and to
	 * the run's counts; {@code following}: decisions followed on the same words ({@link FollowingOracle}).
	 */
	private static void correct(Run run, TaggedDocument doc, SequenceTagger model, List<Mention> rules, int[] tally,
			boolean following) {
		List<Mention> proposed = model == null ? rules : model.tag(TaggedDocument.of(doc.sentences()));
		List<Mention> gold = gold(doc);
		OracleEdits.Count c = following ? FollowingOracle.countDocument(doc, proposed, gold)
				: OracleEdits.countDocument(proposed, gold, doc.sentences().size());
		run.counts = run.counts.plus(c);
		tally[0] += doc.tokenCount();
		tally[1] += c.edits();
		tally[2] += OracleEdits.countDocument(rules, gold, doc.sentences().size()).edits();
	}

	/** Trains twice the same way; the shorter wall and CPU times, and the model's held-out edit rate. */
	private static double[] retrain(List<TaggedDocument> documents, TrainingOptions options, SequenceTagger previous,
			List<TaggedDocument> heldout) throws Exception {
		double wall = Double.MAX_VALUE;
		double cpu = Double.MAX_VALUE;
		SequenceTagger model = null;
		for (int k = 0; k < 2; k++) {
			long t0 = System.nanoTime();
			long cpu0 = cpuNanos();
			model = trainer(options).train(documents, TrainingMonitor.NONE, previous);
			wall = Math.min(wall, (System.nanoTime() - t0) / 1e9);
			cpu = Math.min(cpu, (cpuNanos() - cpu0) / 1e9);
		}
		SequenceTagger m = model;
		return new double[] { wall, cpu, heldoutRate(heldout, d -> m.tag(TaggedDocument.of(d.sentences())), false) };
	}

	/** CPU time of the whole process so far: on a shared machine the wall time of training says little. */
	private static long cpuNanos() {
		return ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L);
	}

	/** The next documents: in order, or the ones the model is least sure of. */
	private static List<Integer> next(List<Integer> remaining, int count, SequenceTagger model,
			List<TaggedDocument> candidates, boolean uncertainFirst) {
		if (!uncertainFirst || model == null) {
			return new ArrayList<>(remaining.subList(0, count));
		}
		List<double[]> scored = new ArrayList<>();
		for (int i : remaining) {
			List<Mention> found = model.tag(TaggedDocument.of(candidates.get(i).sentences()));
			double mean = found.stream().mapToDouble(Mention::confidence).average().orElse(Double.NaN);
			scored.add(new double[] { mean, i });
		}
		double least = scored.stream().mapToDouble(x -> x[0]).filter(x -> !Double.isNaN(x)).min().orElse(0);
		for (double[] x : scored) {
			if (Double.isNaN(x[0])) {
				x[0] = least;
			}
		}
		scored.sort(Comparator.comparingDouble((double[] x) -> x[0]).thenComparingDouble(x -> x[1]));
		List<Integer> batch = new ArrayList<>();
		for (int k = 0; k < count; k++) {
			batch.add((int) scored.get(k)[1]);
		}
		return batch;
	}

	/** Edits per 1,000 words that a proposer needs on the held-out documents, decisions followed or not. */
	private static double heldoutRate(List<TaggedDocument> heldout,
			java.util.function.Function<TaggedDocument, List<Mention>> proposer, boolean following) {
		long words = 0;
		long edits = 0;
		for (TaggedDocument d : heldout) {
			words += d.tokenCount();
			List<Mention> proposed = proposer.apply(d);
			edits += (following ? FollowingOracle.countDocument(d, proposed, gold(d))
					: OracleEdits.countDocument(proposed, gold(d), d.sentences().size())).edits();
		}
		return 1000.0 * edits / words;
	}

	private static List<Mention> gold(TaggedDocument doc) {
		List<Mention> gold = new ArrayList<>();
		for (int s = 0; s < doc.sentences().size(); s++) {
			gold.addAll(BioTags.spans(s, doc.labels().get(s)));
		}
		return gold;
	}
}
