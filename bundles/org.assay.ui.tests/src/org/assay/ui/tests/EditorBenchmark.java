/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.assay.model.AnnotationSet;
import org.assay.model.AnnotationStatus;
import org.assay.model.Document;
import org.assay.model.Label;
import org.assay.model.Span;
import org.assay.model.edit.decisions.Decisions;
import org.assay.model.support.SetNames;
import org.assay.model.support.Spans;
import org.assay.model.support.StandardSchema;
import org.assay.store.ProjectFolder;
import org.assay.ui.internal.projects.OpenProjects;
import org.assay.ui.internal.editor.DocumentEditor;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Not a test: the editor's speed on a 5 MB document with 100,000 annotations, in the real workbench under
 * Xvfb. Generates the document, opens it, scrolls, accepts, rejects and relabels, and prints the figures
 * (also to target/editor-benchmark.txt). Run by {@code releng/scripts/benchmark editor}; the name keeps it
 * out of the test run.
 */
class EditorBenchmark {

	private static final String[] WORDS = ("the council said on Monday that its plan for the harbour would cost more than "
			+ "expected and take longer to finish while critics in the city argued that money should go to schools "
			+ "instead of new roads and ports").split(" ");
	private static final String[] NAMES = { "Elmsley", "Duval", "Reardon", "Ottawa", "Leeds", "Geneva", "Brazil",
			"Okafor", "Castlegate", "Transport" };

	@TempDir
	Path dir;

	@Test
	void editorOnAFiveMegabyteDocumentWithOneHundredThousandAnnotations() throws Exception {
		int targetChars = Integer.getInteger("assay.bench.chars", 5_000_000);
		int targetAnnotations = Integer.getInteger("assay.bench.annotations", 100_000);
		ProjectFolder folder = ProjectFolder.create(dir.resolve("big"), "big", StandardSchema.create());
		List<int[]> names = new ArrayList<>();
		String text = generate(targetChars, targetAnnotations, names);
		Document d = folder.addDocument("big", "A five megabyte document", text);
		AnnotationSet set = SetNames.findOrCreate(d, "bench");
		List<Label> labels = folder.project().getSchema().getLayers().get(0).getLabels();
		Random random = new Random(7);
		for (int[] n : names) {
			Span s = Spans.create(labels.get(random.nextInt(4)), n[0], n[1]);
			s.setStatus(random.nextInt(10) == 0 ? AnnotationStatus.ACCEPTED : AnnotationStatus.PROPOSED);
			set.getAnnotations().add(s);
		}
		folder.save(set);
		ProjectFolder reopened = ProjectFolder.open(folder.dir());
		OpenProjects.get().add(reopened); // as a user has it: the navigator follows its model too
		Document big = reopened.project().getDocuments().get(0);
		int tokens = text.split("\\s+").length;
		AnnotationSet bench = SetNames.find(big, "bench");
		assertEquals(names.size(), bench.getAnnotations().size());

		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		page.closeAllEditors(false);
		UiTesting.flush();
		gc();
		long heapBefore = heapUsed();
		long t0 = System.nanoTime();
		DocumentEditor editor = DocumentEditor.open(page, reopened, big, "bench");
		StyledText widget = editor.textWidget();
		widget.update();
		double openMs = (System.nanoTime() - t0) / 1e6;
		// StyledText measures the wrapped height of the remaining lines in the background, in small steps
		UiTesting.flush();
		double settledMs = (System.nanoTime() - t0) / 1e6;
		gc();
		long heapOpen = heapUsed();

		double[] scroll = new double[10];
		int lines = widget.getLineCount();
		for (int i = 0; i < scroll.length; i++) {
			long t = System.nanoTime();
			widget.setTopIndex((int) ((long) lines * (i + 1) / (scroll.length + 1)));
			widget.update();
			UiTesting.flush();
			scroll[i] = (System.nanoTime() - t) / 1e6;
		}

		List<Span> proposals = new ArrayList<>();
		for (var a : bench.getAnnotations()) {
			if (a instanceof Span s && s.getStatus() == AnnotationStatus.PROPOSED) {
				proposals.add(s);
			}
		}
		int rounds = Integer.getInteger("assay.editorBenchmark.rounds", 20);
		double[] accept = new double[rounds];
		double[] reject = new double[rounds];
		double[] relabel = new double[rounds];
		double[] undo = new double[rounds];
		var domain = editor.domain();
		for (int i = 0; i < rounds; i++) {
			Span a = proposals.get(proposals.size() * i / rounds);
			Span b = proposals.get(proposals.size() * i / rounds + 1);
			Span c = proposals.get(proposals.size() * i / rounds + 2);
			editor.setCurrent(a);
			UiTesting.flush();
			accept[i] = timed(widget, () -> editor.accept());
			editor.setCurrent(b);
			UiTesting.flush();
			reject[i] = timed(widget, () -> editor.reject());
			Label other = labels.get((labels.indexOf(c.getLabel()) + 1) % 4);
			relabel[i] = timed(widget, () -> domain.getCommandStack().execute(
					Decisions.relabel(domain, c, other, "bench", new Date())));
			undo[i] = timed(widget, () -> domain.getCommandStack().undo());
		}
		gc();
		long heapAfter = heapUsed();
		UiTesting.screenshot(page.getWorkbenchWindow().getShell(), "editor-benchmark");

		String report = String.format(Locale.ROOT, """
				editor benchmark: %,d characters, %,d tokens, %,d annotations (90%% proposals), %d lines
				  open (create the editor, set text and styles, first paint)  %8.1f ms
				  all background line measuring done                          %8.1f ms
				  scroll to another part of the text (median of %d)          %8.1f ms
				  accept  (command + repaint; median / max of %d)             %8.1f / %.1f ms
				  reject                                                      %8.1f / %.1f ms
				  relabel                                                     %8.1f / %.1f ms
				  undo                                                        %8.1f / %.1f ms
				  heap used: before open %d MB, document open %d MB, after the actions %d MB (max heap %d MB)
				""", text.length(), tokens, names.size(), lines, openMs, settledMs, scroll.length, median(scroll), rounds,
				median(accept), max(accept), median(reject), max(reject), median(relabel), max(relabel), median(undo),
				max(undo), heapBefore >> 20, heapOpen >> 20, heapAfter >> 20, Runtime.getRuntime().maxMemory() >> 20);
		System.out.print(report);
		Files.writeString(Path.of("target", "editor-benchmark.txt"), report);
		page.closeAllEditors(false);
		OpenProjects.get().close(reopened);
	}

	/** Runs an action and waits until its repaint is done. */
	private static double timed(StyledText widget, Runnable action) {
		long t = System.nanoTime();
		action.run();
		UiTesting.flush();
		widget.update();
		return (System.nanoTime() - t) / 1e6;
	}

	private static String generate(int chars, int annotations, List<int[]> names) {
		StringBuilder b = new StringBuilder(chars + 1000);
		Random random = new Random(1);
		// one annotated name every so many words, so that the counts come out together
		int wordsPerName = Math.max(2, (int) (chars / 6.6 / annotations));
		int sinceName = 0;
		int inParagraph = 0;
		while (b.length() < chars) {
			if (sinceName >= wordsPerName && names.size() < annotations) {
				int begin = b.length();
				b.append(NAMES[random.nextInt(NAMES.length)]);
				names.add(new int[] { begin, b.length() });
				sinceName = 0;
			} else {
				b.append(WORDS[random.nextInt(WORDS.length)]);
				sinceName++;
			}
			if (++inParagraph % 18 == 0) {
				b.append(". ");
			}
			if (inParagraph >= 120) {
				b.append(".\n\n");
				inParagraph = 0;
			} else {
				b.append(' ');
			}
		}
		return b.toString();
	}

	private static void gc() {
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
	}

	private static long heapUsed() {
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

	private static double max(double[] values) {
		return Arrays.stream(values).max().orElse(0);
	}
}
