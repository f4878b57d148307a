/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.assay.benchmarks.PolnearCorpus.Article;
import org.assay.engines.claims.AttributionSpans;
import org.assay.engines.claims.Claim;
import org.assay.engines.claims.ClaimEvaluation;

/**
 * Lists what the claim rules got wrong on PolNeAR, for looking at: every false claim (no reference
 * attribution matched it) with the reference whose content it overlaps most, and every missed attribution
 * with the claim that came closest. Each line names why the pair did not match: the content covered less
 * than half, or the cues did not overlap. One block per error, tab-free, grep-able by its first word
 * ({@code FALSE}, {@code MISSED}).
 */
final class ClaimErrors {

	private ClaimErrors() {
	}

	static void write(Path file, List<Article> articles, List<List<Claim>> predicted) throws IOException {
		StringBuilder out = new StringBuilder();
		java.util.Map<String, int[]> cues = new java.util.TreeMap<>();
		for (int d = 0; d < articles.size(); d++) {
			Article article = articles.get(d);
			List<Claim> claims = predicted.get(d);
			List<AttributionSpans> gold = article.attributions();
			boolean[] claimMatched = new boolean[claims.size()];
			boolean[] goldMatched = new boolean[gold.size()];
			for (int[] pair : ClaimEvaluation.match(claims, gold, true)) {
				claimMatched[pair[0]] = true;
				goldMatched[pair[1]] = true;
			}
			for (int p = 0; p < claims.size(); p++) {
				Claim cc = claims.get(p);
				int[] perCue = cues.computeIfAbsent(
						article.text().substring(cc.cueBegin(), cc.cueEnd()).toLowerCase(Locale.ROOT), k -> new int[2]);
				perCue[0]++;
				perCue[1] += claimMatched[p] ? 0 : 1;
				if (!claimMatched[p]) {
					Claim c = claims.get(p);
					int best = closestGold(c, gold);
					out.append("FALSE ").append(article.name()).append(' ').append(why(c, best < 0 ? null : gold.get(best)))
							.append('\n');
					claim(out, article.text(), c);
					if (best >= 0) {
						out.append("  near gold").append(goldMatched[best] ? " (matched by another claim)" : "")
								.append('\n');
						gold(out, article.text(), gold.get(best));
					}
				}
			}
			for (int g = 0; g < gold.size(); g++) {
				if (!goldMatched[g]) {
					AttributionSpans a = gold.get(g);
					int best = closestClaim(a, claims);
					out.append("MISSED ").append(article.name()).append(' ')
							.append(why(best < 0 ? null : claims.get(best), a)).append('\n');
					gold(out, article.text(), a);
					if (best >= 0) {
						out.append("  near claim").append(claimMatched[best] ? " (matched elsewhere)" : "").append('\n');
						claim(out, article.text(), claims.get(best));
					}
				}
			}
		}
		out.append("CUES cue, claims, false claims, precision (most false first)\n");
		cues.entrySet().stream().sorted((a, b) -> b.getValue()[1] - a.getValue()[1]).forEach(e -> out.append(String
				.format(Locale.ROOT, "CUE %-24s %6d %6d %6.2f%n", e.getKey(), e.getValue()[0], e.getValue()[1],
						1 - (double) e.getValue()[1] / e.getValue()[0])));
		Files.writeString(file, out, StandardCharsets.UTF_8);
	}

	private static String why(Claim c, AttributionSpans a) {
		if (c == null || a == null) {
			return "no-overlap";
		}
		double cover = (double) overlap(a.content(), c.contentBegin(), c.contentEnd()) / Math.max(1, length(a.content()));
		boolean cue = overlap(a.cue(), c.cueBegin(), c.cueEnd()) > 0;
		double inside = (double) overlap(a.content(), c.contentBegin(), c.contentEnd())
				/ Math.max(1, c.contentEnd() - c.contentBegin());
		return String.format(Locale.ROOT, "cover=%.2f cue=%s inside=%.2f", cover, cue ? "ok" : "wrong", inside);
	}

	private static int closestGold(Claim c, List<AttributionSpans> gold) {
		int best = -1;
		int most = 0;
		for (int g = 0; g < gold.size(); g++) {
			int o = overlap(gold.get(g).content(), c.contentBegin(), c.contentEnd())
					+ 1000 * overlap(gold.get(g).cue(), c.cueBegin(), c.cueEnd());
			if (o > most) {
				most = o;
				best = g;
			}
		}
		return best;
	}

	private static int closestClaim(AttributionSpans a, List<Claim> claims) {
		int best = -1;
		int most = 0;
		for (int p = 0; p < claims.size(); p++) {
			Claim c = claims.get(p);
			int o = overlap(a.content(), c.contentBegin(), c.contentEnd()) + 1000 * overlap(a.cue(), c.cueBegin(), c.cueEnd());
			if (o > most) {
				most = o;
				best = p;
			}
		}
		return best;
	}

	private static void claim(StringBuilder out, String text, Claim c) {
		out.append("    source : ").append(c.hasSource() ? clip(text, c.sourceBegin(), c.sourceEnd()) : "-").append('\n');
		out.append("    cue    : ").append(clip(text, c.cueBegin(), c.cueEnd())).append('\n');
		out.append("    content: ").append(clip(text, c.contentBegin(), c.contentEnd())).append('\n');
	}

	private static void gold(StringBuilder out, String text, AttributionSpans a) {
		out.append("    source : ").append(spans(text, a.source())).append('\n');
		out.append("    cue    : ").append(spans(text, a.cue())).append('\n');
		out.append("    content: ").append(spans(text, a.content())).append('\n');
	}

	private static String spans(String text, List<int[]> spans) {
		if (spans.isEmpty()) {
			return "-";
		}
		StringBuilder s = new StringBuilder();
		for (int[] span : spans) {
			if (!s.isEmpty()) {
				s.append(" | ");
			}
			s.append(clip(text, span[0], span[1]));
		}
		return s.toString();
	}

	private static String clip(String text, int begin, int end) {
		String s = text.substring(begin, end).replace('\n', ' ');
		return s.length() > 240 ? s.substring(0, 110) + " [...] " + s.substring(s.length() - 110) : s;
	}

	private static int overlap(List<int[]> spans, int begin, int end) {
		int total = 0;
		for (int[] span : spans) {
			total += Math.max(0, Math.min(span[1], end) - Math.max(span[0], begin));
		}
		return total;
	}

	private static int length(List<int[]> spans) {
		int total = 0;
		for (int[] span : spans) {
			total += span[1] - span[0];
		}
		return total;
	}
}
