/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.assay.benchmarks.PolnearCorpus.Article;
import org.assay.engines.claims.AttributionSpans;
import org.assay.engines.claims.Claim;
import org.assay.engines.claims.ClaimEvaluation;
import org.assay.engines.claims.ClaimFinder;
import org.assay.engines.claims.ProposedExtents;
import org.assay.engines.learn.TrainingOptions;
import org.assay.text.Segmentation;
import org.assay.text.Segmenter;
import org.assay.text.scoring.Counts;

/**
 * Scores the claim engines on PolNeAR. A claim matches a reference attribution when its content covers at
 * least half of the reference content and its cue overlaps the reference cue (one-to-one, greedy). Reports
 * attribution-level and content-only P/R/F1, the same for quoted and unquoted attributions, and speed.
 * With {@code --learned} it also trains the CRF claim tagger on the train split and scores it.
 * <p>
 * Usage: {@code ClaimBenchmark POLNEAR_DIR [--split dev] [--errors FILE] [--learned [--iterations N]
 * [--no-document-features] [--model FILE]]}. With {@code --errors}, the rules' false claims and missed
 * attributions are listed in FILE (see {@link ClaimErrors}).
 * With {@code --model}, a trained tagger is saved to FILE, or read from it when it exists.
 */
public final class ClaimBenchmark {

	private ClaimBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length < 1) {
			System.err.println("usage: ClaimBenchmark POLNEAR_DIR [--split dev] [--errors FILE] [--learned [--iterations N]"
					+ " [--no-document-features] [--model FILE]]");
			System.exit(2);
		}
		Path root = Path.of(args[0]);
		String split = "dev";
		boolean learned = false;
		TrainingOptions options = TrainingOptions.defaults().withMaxIterations(100);
		Path model = null;
		Path errors = null;
		for (int i = 1; i < args.length; i++) {
			switch (args[i]) {
			case "--split" -> split = args[++i];
			case "--learned" -> learned = true;
			case "--iterations" -> options = options.withMaxIterations(Integer.parseInt(args[++i]));
			case "--no-document-features" -> options = options.withDocumentFeatures(false);
			case "--model" -> model = Path.of(args[++i]);
			case "--errors" -> errors = Path.of(args[++i]);
			default -> throw new IllegalArgumentException("unknown option " + args[i]);
			}
		}
		List<Article> articles = PolnearCorpus.read(root, split);
		System.out.printf(Locale.ROOT, "PolNeAR %s: %d articles, %d attributions%n", split, articles.size(),
				articles.stream().mapToInt(a -> a.attributions().size()).sum());
		Segmenter segmenter = Segmenter.get();
		segmenter.segment("Warm up. The models load now.");
		List<Segmentation> segmentations = new ArrayList<>();
		long chars = 0;
		long start = System.nanoTime();
		for (Article article : articles) {
			segmentations.add(segmenter.segment(article.text()));
			chars += article.text().length();
		}
		double segmentSeconds = (System.nanoTime() - start) / 1e9;
		System.out.printf(Locale.ROOT, "segmentation: %.2f s, %.0f chars/s%n", segmentSeconds, chars / segmentSeconds);

		ClaimFinder finder = new ClaimFinder();
		for (Segmentation segmentation : segmentations) {
			finder.find(segmentation); // warm-up, so that the timing below is of compiled code
		}
		List<List<Claim>> predicted = new ArrayList<>();
		start = System.nanoTime();
		for (Segmentation segmentation : segmentations) {
			predicted.add(finder.find(segmentation));
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		report("rules", articles, predicted, seconds, chars);
		if (errors != null) {
			ClaimErrors.write(errors, articles, predicted);
			System.out.println("errors of the rules written to " + errors);
		}

		if (learned) {
			LearnedClaims.run(root, split, articles, segmentations, predicted, chars, options, model);
		}
	}

	/** Prints the scores of one engine. */
	static void report(String engine, List<Article> articles, List<List<Claim>> predicted, double seconds,
			long chars) {
		Counts all = Counts.ZERO;
		Counts content = Counts.ZERO;
		Counts proposed = Counts.ZERO;
		int[] quoted = new int[4];
		int[] unquoted = new int[4];
		int[] sources = new int[2];
		for (int d = 0; d < articles.size(); d++) {
			String text = articles.get(d).text();
			List<AttributionSpans> gold = articles.get(d).attributions();
			List<Claim> claims = predicted.get(d);
			all = all.plus(ClaimEvaluation.score(claims, gold, true));
			content = content.plus(ClaimEvaluation.score(claims, gold, false));
			proposed = proposed.plus(ClaimEvaluation.score(claims, gold, true, c -> ProposedExtents.of(text, c)));
			for (int[] pair : ClaimEvaluation.match(claims, gold, true)) {
				(hasQuote(claims.get(pair[0])) ? quoted : unquoted)[2]++;
				(gold.get(pair[1]).isQuoted(text) ? quoted : unquoted)[3]++;
				AttributionSpans reference = gold.get(pair[1]);
				if (!reference.source().isEmpty()) {
					sources[1]++;
					Claim claim = claims.get(pair[0]);
					for (int[] span : reference.source()) {
						if (claim.hasSource() && span[0] < claim.sourceEnd() && claim.sourceBegin() < span[1]) {
							sources[0]++;
							break;
						}
					}
				}
			}
			for (Claim claim : claims) {
				(hasQuote(claim) ? quoted : unquoted)[0]++;
			}
			for (AttributionSpans attribution : gold) {
				(attribution.isQuoted(text) ? quoted : unquoted)[1]++;
			}
		}
		System.out.printf(Locale.ROOT, "%s: %.3f s, %.0f chars/s%n", engine, seconds, chars / seconds);
		line(engine + " attribution", all.precision(), all.recall(), all.f1(),
				String.format(Locale.ROOT, "predicted %d, gold %d, matched %d", all.predicted(), all.reference(),
						all.truePositives()));
		line(engine + " content-only", content.precision(), content.recall(), content.f1(),
				String.format(Locale.ROOT, "predicted %d, gold %d, matched %d", content.predicted(),
						content.reference(), content.truePositives()));
		// the contents and cues as the engine proposes them to annotators (Assay's guidelines: no quotation marks, no "that",
		// an interrupting attribution left out), scored the same way against PolNeAR's
		line(engine + " as proposed", proposed.precision(), proposed.recall(), proposed.f1(),
				String.format(Locale.ROOT, "predicted %d, gold %d, matched %d", proposed.predicted(),
						proposed.reference(), proposed.truePositives()));
		split(engine + " quoted", quoted);
		split(engine + " unquoted", unquoted);
		System.out.printf(Locale.ROOT, "  %-36s %.3f of %d matched attributions with a source%n",
				engine + " source overlaps", sources[1] == 0 ? 0 : (double) sources[0] / sources[1], sources[1]);
	}

	/**
	 * One side of the quoted/unquoted split: precision over the claims on that side (content holds a
	 * quotation), recall over the reference attributions on that side (content holds a quotation mark).
	 * Counts are {claims, attributions, matched claims, matched attributions}.
	 */
	private static void split(String label, int[] counts) {
		double p = counts[0] == 0 ? 0 : (double) counts[2] / counts[0];
		double r = counts[1] == 0 ? 0 : (double) counts[3] / counts[1];
		line(label, p, r, p + r == 0 ? 0 : 2 * p * r / (p + r), String.format(Locale.ROOT,
				"claims %d (%d matched), gold %d (%d matched)", counts[0], counts[2], counts[1], counts[3]));
	}

	private static boolean hasQuote(Claim claim) {
		return claim.type() != org.assay.engines.claims.ClaimType.INDIRECT;
	}

	private static void line(String label, double p, double r, double f1, String counts) {
		System.out.printf(Locale.ROOT, "  %-36s P %.3f  R %.3f  F1 %.3f  (%s)%n", label, p, r, f1, counts);
	}
}
