/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.plugintests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Toolkit;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import javax.imageio.ImageIO;

/**
 * The X display the product's workbench runs on (the virtual one of the test run): windows found and typed into
 * with xdotool, the screen saved with AWT's Robot. Every wait polls.
 */
final class Desktop {

	private Desktop() {
	}

	static void requireDisplay() {
		assertNotNull(System.getenv("DISPLAY"), "a display: the tests run under xvfb-run (releng/scripts/test)");
	}

	/** The id of the first visible window whose title matches, once there is one. */
	static String window(String titleRegex, long timeoutMillis) throws Exception {
		String[] found = new String[1];
		poll("a window titled " + titleRegex, timeoutMillis, () -> {
			List<String> ids = xdotool("search", "--onlyvisible", "--name", titleRegex);
			found[0] = ids.isEmpty() ? null : ids.get(0);
			return found[0] != null;
		});
		return found[0];
	}

	static boolean hasWindow(String titleRegex) {
		return !xdotool("search", "--onlyvisible", "--name", titleRegex).isEmpty();
	}

	static void focus(String window) {
		xdotool("windowfocus", "--sync", window);
	}

	static void keys(String... keys) {
		List<String> args = new ArrayList<>(List.of("key", "--delay", "60"));
		args.addAll(List.of(keys));
		xdotool(args.toArray(String[]::new));
	}

	static void type(String text) {
		xdotool("type", "--delay", "20", text);
	}

	static BufferedImage screen() throws Exception {
		return new Robot().createScreenCapture(new Rectangle(Toolkit.getDefaultToolkit().getScreenSize()));
	}

	static Path save(BufferedImage image, String name) throws IOException {
		Path dir = Files.createDirectories(Path.of(System.getProperty("assay.screenshots", "target/screenshots")));
		Path file = dir.resolve(name + ".png");
		ImageIO.write(image, "png", file.toFile());
		return file;
	}

	/** Polls until the screen stops changing (three captures in a row alike, 400 ms apart), and returns it. */
	static BufferedImage settled(long timeoutMillis) throws Exception {
		BufferedImage[] last = { screen() };
		int[] stable = { 0 };
		poll("the screen to settle", timeoutMillis, () -> {
			BufferedImage now = capture();
			stable[0] = alike(last[0], now) ? stable[0] + 1 : 0;
			last[0] = now;
			return stable[0] >= 2;
		});
		return last[0];
	}

	/** Polls until the screen differs from {@code before}: what was typed had an effect. */
	static void changedFrom(BufferedImage before, long timeoutMillis) throws Exception {
		poll("the screen to change", timeoutMillis, () -> !alike(before, capture()));
	}

	private static BufferedImage capture() {
		try {
			return screen();
		} catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	/** Alike but for a blinking caret: at most 60 of the pixels compared (every second one each way) differ. */
	static boolean alike(BufferedImage a, BufferedImage b) {
		if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
			return false;
		}
		int differ = 0;
		for (int y = 0; y < a.getHeight(); y += 2) {
			for (int x = 0; x < a.getWidth(); x += 2) {
				if (a.getRGB(x, y) != b.getRGB(x, y) && ++differ > 60) {
					return false;
				}
			}
		}
		return true;
	}

	static void poll(String what, long timeoutMillis, BooleanSupplier done) throws InterruptedException {
		long end = System.currentTimeMillis() + timeoutMillis;
		while (!done.getAsBoolean()) {
			if (System.currentTimeMillis() > end) {
				fail("waited " + timeoutMillis / 1000 + " s for " + what);
			}
			TimeUnit.MILLISECONDS.sleep(400);
		}
	}

	private static List<String> xdotool(String... args) {
		List<String> command = new ArrayList<>();
		command.add("xdotool");
		command.addAll(List.of(args));
		try {
			Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
			String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			p.waitFor(30, TimeUnit.SECONDS);
			if (args[0].equals("search")) {
				return out.lines().filter(l -> l.matches("[0-9]+")).toList();
			}
			assertEquals(0, p.exitValue(), "xdotool " + String.join(" ", args) + ": " + out);
			return List.of();
		} catch (IOException e) {
			throw new IllegalStateException("xdotool is needed (releng/scripts/prerequisites installs it)", e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}
}
