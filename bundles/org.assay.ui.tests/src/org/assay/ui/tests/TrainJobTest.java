/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.assay.sample.SampleProject;
import org.assay.store.ProjectFolder;
import org.assay.store.ProjectLock;
import org.assay.ui.internal.engines.TrainJob;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Engines > Train: the learned engine trains on the gold in the background, through the one training service. */
class TrainJobTest {

	@TempDir
	Path dir;

	@Test
	void trainsOnTheGoldAndSavesTheModelWhereTheEngineReadsIt() throws Exception {
		ProjectFolder folder = SampleProject.create(dir.resolve("train"));
		String[] said = new String[1];
		new TrainJob(Display.getCurrent(), folder, message -> said[0] = message).schedule();
		UiTesting.waitFor("the training's message", 300_000, () -> said[0] != null);
		assertTrue(said[0].startsWith("Trained entity, claim on the gold of 6 document(s)"), said[0]);
		assertTrue(Files.size(folder.dir().resolve("models/learned.model")) > 1000);
	}

	@Test
	void aCommandLineHoldingTheProjectIsNamedAndNoModelIsWritten() throws Exception {
		ProjectFolder folder = SampleProject.create(dir.resolve("locked"));
		String[] said = new String[1];
		try (ProjectLock cli = ProjectLock.acquire(folder.dir(), "assay annotate")) {
			new TrainJob(Display.getCurrent(), folder, message -> said[0] = message).schedule();
			UiTesting.waitFor("the refusal", 60_000, () -> said[0] != null);
		}
		assertTrue(said[0].contains("assay annotate"), said[0]);
		assertFalse(Files.exists(folder.dir().resolve("models/learned.model")));
	}
}
