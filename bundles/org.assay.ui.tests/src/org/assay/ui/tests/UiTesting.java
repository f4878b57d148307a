/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/** Waiting on the UI thread by spinning the event loop, and screenshots of what a test checked. */
final class UiTesting {

	private UiTesting() {
	}

	/** Spins the event loop until the condition holds, failing after the timeout. */
	static void waitFor(String what, long timeoutMillis, BooleanSupplier condition) {
		Display display = Display.getCurrent();
		long deadline = System.currentTimeMillis() + timeoutMillis;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > deadline) {
				fail("timed out waiting for " + what);
			}
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> {
				});
				display.sleep();
			}
		}
	}

	/** Processes every pending event. */
	static void flush() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// drain
		}
	}

	/** Saves a PNG of the shell as it is on screen, under target/screenshots. */
	static Path screenshot(Shell shell, String name) throws Exception {
		flush();
		Display display = shell.getDisplay();
		Point size = shell.getSize();
		Image image = new Image(display, size.x, size.y);
		GC gc = new GC(image);
		try {
			shell.print(gc);
		} finally {
			gc.dispose();
		}
		Path dir = Path.of(System.getProperty("assay.screenshots", "target/screenshots"));
		Files.createDirectories(dir);
		Path file = dir.resolve(name + ".png");
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] { image.getImageData() };
		loader.save(file.toString(), SWT.IMAGE_PNG);
		image.dispose();
		return file;
	}
}
