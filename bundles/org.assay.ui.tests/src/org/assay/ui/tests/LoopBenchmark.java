/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.assay.model.Document;
import org.assay.model.support.SetNames;
import org.assay.store.ProjectFolder;
import org.assay.ui.internal.editor.Annotators;
import org.assay.ui.internal.editor.DocumentEditor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The learning loop on a 200-document project (the sample's articles repeated): 20 documents finished, 180
 * nobody has started; the time from marking one more done to the new proposals on the 180. Run by
 * {@code releng/scripts/benchmark loop}; the test run leaves it out (its name does not end in Test).
 */
class LoopBenchmark {

	@Test
	void fromDoneToNewProposals(@TempDir Path dir) throws Exception {
		ProjectFolder folder = UiTesting.repeatedSample(dir, 200, 20);
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		UiTesting.withLearningLoop(folder, () -> {
			Document last = folder.project().getDocuments().get(20);
			DocumentEditor editor = DocumentEditor.open(page, folder, last, SetNames.GOLD);
			UiTesting.flush();
			long t0 = System.nanoTime();
			editor.markDone();
			UiTesting.waitFor("the loop", 600_000, () -> Job.getJobManager().find(folder).length == 0
					&& SetNames.find(folder.project().getDocuments().get(199), "engine:learned") != null);
			double seconds = (System.nanoTime() - t0) / 1e9;
			long offered = folder.project().getDocuments().stream().map(d -> SetNames.find(d, Annotators.current()))
					.filter(s -> s != null && !s.getAnnotations().isEmpty()).count();
			String report = String.format(Locale.ROOT,
					"learning loop: 200 documents, 21 finished, 179 nobody started; from Done to new proposals %.1f s"
							+ " (quick model trained on 21, proposals offered on %d)%n", seconds, offered);
			System.out.print(report);
			Files.writeString(Path.of("target", "loop-benchmark.txt"), report);
			page.closeAllEditors(false);
		});
	}
}
