/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.benchmarks;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

/**
 * Draws the simulated annotator's curves as a PNG with Java 2D (headless): on the left the edits per 1,000
 * words of each batch of documents annotated, on the right the same for each model on held-out documents.
 */
final class EditCurves {

	private static final Color[] COLORS = { new Color(0x555555), new Color(0x1f77b4), new Color(0xe4572e),
			new Color(0x2ca02c), new Color(0x9467bd), new Color(0x8c564b) };
	private static final int WIDTH = 1200;
	private static final int HEIGHT = 520;

	private EditCurves() {
	}

	static void draw(Path file, List<SimulateBenchmark.Run> runs, int documents) throws IOException {
		System.setProperty("java.awt.headless", "true");
		BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, WIDTH, HEIGHT);
		double top = 0;
		for (SimulateBenchmark.Run r : runs) {
			for (int[] b : r.batches) {
				top = Math.max(top, 1000.0 * b[2] / b[1]);
			}
			for (double[] h : r.heldout) {
				top = Math.max(top, h[1]);
			}
		}
		top = Math.ceil(top / 10) * 10;
		double[][][] left = new double[runs.size()][][];
		double[][][] right = new double[runs.size()][][];
		for (int k = 0; k < runs.size(); k++) {
			SimulateBenchmark.Run r = runs.get(k);
			left[k] = r.batches.stream().map(b -> new double[] { b[0], 1000.0 * b[2] / b[1] }).toArray(double[][]::new);
			right[k] = r.heldout.toArray(double[][]::new);
		}
		panel(g, 0, "Edits per 1,000 words on the documents annotated (per batch)", runs, left, documents, top);
		panel(g, WIDTH / 2, "The same for each model on held-out documents", runs, right,
				documents, top);
		g.dispose();
		Path parent = file.toAbsolutePath().getParent();
		if (parent != null) {
			Files.createDirectories(parent);
		}
		ImageIO.write(image, "png", file.toFile());
	}

	private static void panel(Graphics2D g, int x0, String title, List<SimulateBenchmark.Run> runs, double[][][] series,
			int documents, double top) {
		int left = x0 + 70;
		int right = x0 + WIDTH / 2 - 20;
		int upper = 50;
		int lower = HEIGHT - 110 - 16 * Math.max(0, runs.size() - 3); // room for a legend line a strategy
		g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
		g.setColor(Color.BLACK);
		g.drawString(title, left - 40, 25);
		g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
		for (int v = 0; v <= top; v += top > 60 ? 20 : 10) {
			int y = (int) Math.round(lower - (lower - upper) * v / top);
			g.setColor(new Color(0xE6E6E6));
			g.drawLine(left, y, right, y);
			g.setColor(Color.BLACK);
			g.drawString(Integer.toString(v), left - 30, y + 4);
		}
		for (int d = 0; d <= documents; d += 50) {
			int x = left + (int) Math.round((right - left) * (double) d / documents);
			g.setColor(new Color(0xE6E6E6));
			g.drawLine(x, upper, x, lower);
			g.setColor(Color.BLACK);
			g.drawString(Integer.toString(d), x - 8, lower + 18);
		}
		g.drawLine(left, lower, right, lower);
		g.drawLine(left, upper, left, lower);
		g.drawString("documents annotated", (left + right) / 2 - 60, lower + 36);
		for (int k = 0; k < series.length; k++) {
			g.setColor(COLORS[k % COLORS.length]);
			g.setStroke(new BasicStroke(2.2f));
			int px = -1;
			int py = -1;
			for (double[] point : series[k]) {
				int x = left + (int) Math.round((right - left) * point[0] / documents);
				int y = (int) Math.round(lower - (lower - upper) * point[1] / top);
				if (px >= 0) {
					g.drawLine(px, py, x, y);
				}
				g.fillOval(x - 3, y - 3, 6, 6);
				px = x;
				py = y;
			}
			int ly = lower + 56 + 16 * k;
			g.drawLine(left, ly - 4, left + 24, ly - 4);
			g.setColor(Color.BLACK);
			int n = Math.min(100, documents);
			double[] first = runs.get(k).upTo(n);
			g.drawString(String.format(Locale.ROOT, "%s", runs.get(k).name), left + 32, ly);
			if (x0 == 0) {
				g.drawString(String.format(Locale.ROOT, "first %d documents: %.1f per 1,000 words", n, first[0]),
						left + 260, ly);
			}
		}
		g.setStroke(new BasicStroke(1f));
	}
}
