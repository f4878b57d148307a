/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.internal.engines;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

import org.assay.model.Document;
import org.assay.model.support.SetNames;
import org.assay.model.support.StandardSchema;
import org.assay.model.support.WorkStates;
import org.assay.store.Assignments;
import org.assay.store.AtomicFiles;
import org.assay.store.ProjectFolder;
import org.assay.store.StoreException;
import org.assay.uima.Engine;
import org.assay.uima.EngineException;
import org.assay.uima.EngineRunner;
import org.assay.uima.EngineSets;
import org.assay.uima.GoldTexts;
import org.assay.uima.RunMonitor;
import org.assay.uima.Training;
import org.assay.uima.Engines;
import org.assay.uima.spi.EngineContext;
import org.assay.uima.spi.EngineTrainer;
import org.assay.uima.spi.GoldText;
import org.assay.ui.internal.Messages;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;

/**
 * Learning while annotating: when an annotator marks a document done (and, when the preferences ask for it, after
 * every so many decisions), a quick model of the learned engine is trained in the background from every finished
 * document of the project (gold marked done, else an annotator's set marked done; their accepted and corrected
 * spans) and the part of each document in progress its annotator has been through ({@link GoldTexts#decidedSoFar}),
 * warm-started from the loop's previous model, with word classes clustered from the text of every document of the
 * project, annotated or not (kept by the next models until the project has doubled), saved beside the full model as
 * {@code models/learned-loop.model}, and the learned engine re-proposes with it on the documents not started yet
 * ({@link #notStarted}), offered to the annotator's set. A newer turn cancels one still going; the editor never waits.
 */
public final class LearningLoop extends Job {

	/** Where the loop keeps its model, beside the full one that Train writes. */
	public static final String MODEL_FILE = "models/learned-loop.model";

	/** The finished documents with annotations the loop needs before it trains. */
	static final int MINIMUM = 2;

	/**
	 * The finished documents with annotations from which the loop's model takes over the entity layer: the first
	 * model the simulated annotator measured ({@code benchmark simulate}, a model every 10 documents) saved edits
	 * over the rules on the documents after it; from fewer, its proposals go only where the rules have none.
	 */
	public static final int TAKE_OVER = 10;

	/** Beside the model: the number of the last loop model, so that the numbers go on from one session to the next. */
	public static final String VERSION_FILE = "models/learned-loop.version";

	/** Beside the model: how many documents the project had when the loop model's word classes were clustered. */
	public static final String CLASSES_FILE = "models/learned-loop.classes";

	/**
	 * A turn trains from scratch, its word classes clustered again from the project's text, once the project has this
	 * many times the documents it had when they were clustered (documents imported since have none); every other
	 * turn is warm-started and keeps the previous model's classes.
	 */
	static final int CLASSES_GROWTH = 2;

	/**
	 * What one turn of the loop did, for the status line; version 0 when it waits for more finished documents.
	 *
	 * @param inProgress the documents in progress whose decided part it also learned from
	 * @param proposed   the documents it proposed on (none begun: the editors of the others are left as they are)
	 * @param decisions  the decisions after which it started, 0 when a Done started it
	 */
	public record Turn(int version, int trainedOn, int inProgress, List<Document> proposed, long millis,
			boolean tookOver, int decisions) {

		public int proposedOn() {
			return proposed.size();
		}
	}

	/** The decisions made in each open project's editors since its loop's last turn (touched on the UI thread). */
	private static final Map<ProjectFolder, Integer> DECISIONS = new WeakHashMap<>();

	private final Display display;
	private final ProjectFolder folder;
	private final String annotator;
	private final Consumer<Turn> done;
	private final int decisions;

	private LearningLoop(Display display, ProjectFolder folder, String annotator, int decisions, Consumer<Turn> done) {
		super(Messages.loop_job);
		this.display = display;
		this.folder = folder;
		this.annotator = annotator;
		this.done = done;
		this.decisions = decisions;
		setSystem(false);
		setUser(false);
		setPriority(Job.LONG);
	}

	/** Starts a turn of the loop for the project, cancelling one still running for it. */
	public static LearningLoop documentDone(Display display, ProjectFolder folder, String annotator, Consumer<Turn> done) {
		return start(display, folder, annotator, 0, done);
	}

	/**
	 * Counts a decision made in one of the project's editors (on the UI thread) and says whether {@code every}
	 * decisions have been made since the loop's last turn; never with {@code every} 0.
	 */
	public static boolean decided(ProjectFolder folder, int every) {
		DECISIONS.merge(folder, 1, Integer::sum);
		return due(folder, every);
	}

	/** Whether {@code every} decisions (more than 0) have been made in the project since the loop's last turn. */
	private static boolean due(ProjectFolder folder, int every) {
		return every > 0 && DECISIONS.getOrDefault(folder, 0) >= every;
	}

	/**
	 * Starts a turn of the loop after {@code every} decisions, if that many have been made since its last turn (a
	 * Done in between starts one of its own and counts from 0 again). Returns the turn, or null.
	 */
	public static LearningLoop afterDecisions(Display display, ProjectFolder folder, String annotator, int every,
			Consumer<Turn> done) {
		return due(folder, every) ? start(display, folder, annotator, DECISIONS.get(folder), done) : null;
	}

	private static LearningLoop start(Display display, ProjectFolder folder, String annotator, int decisions,
			Consumer<Turn> done) {
		DECISIONS.remove(folder);
		Job.getJobManager().cancel(folder);
		LearningLoop job = new LearningLoop(display, folder, annotator, decisions, done);
		job.schedule();
		return job;
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == folder;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		long start = System.nanoTime();
		Engine learned = Engines.find("learned");
		if (learned == null || learned.trainer() == null || display.isDisposed()) {
			return Status.OK_STATUS;
		}
		// read where the editors change the model, on the UI thread; what is read is the loop's own
		List<List<GoldText>> read = new ArrayList<>();
		List<Document> all = new ArrayList<>();
		try {
			display.syncExec(() -> {
				read.add(GoldTexts.finished(folder.project().getDocuments()));
				read.add(GoldTexts.decidedSoFar(folder.project().getDocuments()));
				all.addAll(folder.project().getDocuments());
			});
		} catch (org.eclipse.swt.SWTException e) {
			return Status.CANCEL_STATUS; // the workbench closed meanwhile
		}
		if (read.isEmpty()) {
			return Status.CANCEL_STATUS;
		}
		List<GoldText> finished = read.get(0);
		List<GoldText> partly = read.get(1).stream().filter(t -> !t.spans().isEmpty()).toList();
		List<GoldText> texts = new ArrayList<>(finished);
		texts.addAll(partly);
		long withSpans = finished.stream().filter(t -> !t.spans().isEmpty()).count();
		if (withSpans < MINIMUM) { // nothing to learn from yet: said, so that a Done does not seem to do nothing
			display.asyncExec(() -> done.accept(new Turn(0, (int) withSpans, 0, List.of(), 0, false, decisions)));
			return Status.OK_STATUS;
		}
		try {
			Path file = folder.dir().resolve(MODEL_FILE);
			// word classes from every document's text, the ones nobody has annotated too: kept from the previous model
			// when warm-started, clustered again when the project has grown so much since that most have none
			Path classesFile = folder.dir().resolve(CLASSES_FILE);
			boolean clusterAgain = clustersAgain(readNumber(classesFile), all.size());
			EngineTrainer.Settings settings = EngineTrainer.Settings.QUICK.withProjectTexts(GoldTexts.textsOnly(all));
			Training.train(learned, texts, List.of("entity", "claim"),
					clusterAgain ? settings : settings.withWarmStart(file), folder.dir(), file, new JobProgress(monitor, 0));
			if (clusterAgain) {
				writeNumber(classesFile, all.size());
			}
			// offered to this annotator on their own documents when the project assigns them any; on the others
			// the engine's set is renewed, for whoever they are assigned to to offer (Ctrl+Alt+O)
			java.util.function.Predicate<String> mine = org.assay.ui.internal.editor.Annotators.mineOrAll(folder);
			List<Document> fresh = new ArrayList<>();
			display.syncExec(() -> fresh.addAll(notStarted(mine))); // where the editors change the sets
			// from enough finished documents on, the model's entities replace the rules' undecided ones in the sets it
			// offers to (none of them started): the annotator corrects one engine's, not both engines' side by side
			Set<String> takeOver = takesOver((int) withSpans) ? Set.of(StandardSchema.ENTITY) : Set.of();
			Date started = new Date();
			StoreException[] failed = new StoreException[1];
			new EngineRunner(learned, new EngineContext(folder.dir(), file), folder.project().getSchema(),
					Runtime.getRuntime().availableProcessors()).run(fresh, new RunMonitor() {
						@Override
						public boolean isCanceled() {
							return monitor.isCanceled();
						}
					}, (d, found) -> display.syncExec(() -> {
						try {
							boolean offer = mine.test(d.getId());
							// begun since the loop chose the document: the annotator's open proposals stay as they are
							boolean begun = offer && WorkStates.started(SetNames.find(d, annotator));
							EngineSets.keep(folder, d, learned, file.toString(), started, found.annotations(),
									offer ? List.of(annotator) : List.of(), begun ? Set.of() : takeOver);
						} catch (StoreException e) {
							failed[0] = e;
						}
					}));
			if (failed[0] != null) {
				return Status.error(failed[0].getMessage(), failed[0]);
			}
			int version = nextVersion(folder.dir().resolve(VERSION_FILE));
			Turn turn = new Turn(version, finished.size(), partly.size(), List.copyOf(fresh),
					(System.nanoTime() - start) / 1_000_000, !takeOver.isEmpty(), decisions);
			display.asyncExec(() -> done.accept(turn));
			return Status.OK_STATUS;
		} catch (CancellationException e) {
			return Status.CANCEL_STATUS;
		} catch (EngineException | RuntimeException e) {
			return Status.error(NLS.bind(Messages.loop_failed, e.getMessage()), e);
		}
	}

	/**
	 * The documents to propose on: gold not started, and not started yet by whoever would take the proposals there:
	 * this annotator on their own documents, else the document's annotators (one of them is enough), else anyone.
	 * Other sets do not count: an imported reference set holds decisions, but nobody works on it.
	 */
	private List<Document> notStarted(java.util.function.Predicate<String> mine) {
		Assignments assignments;
		try {
			assignments = Assignments.read(folder.dir());
		} catch (StoreException e) {
			assignments = new Assignments(); // where assignments are edited, a bad file is reported
		}
		List<Document> fresh = new ArrayList<>();
		for (Document d : folder.project().getDocuments()) {
			if (WorkStates.started(SetNames.find(d, SetNames.GOLD))) {
				continue;
			}
			Collection<String> takers = mine.test(d.getId()) ? List.of(annotator) : assignments.of(d.getId());
			if (takers.isEmpty() || takers.stream().anyMatch(name -> !WorkStates.started(SetNames.find(d, name)))) {
				fresh.add(d);
			}
		}
		return fresh;
	}

	/** Whether a model trained on this many finished documents replaces the rules' entities where it offers. */
	public static boolean takesOver(int finished) {
		return finished >= TAKE_OVER;
	}

	/**
	 * Whether a turn clusters the word classes again: none were clustered yet (or their count cannot be read), or the
	 * project has {@link #CLASSES_GROWTH} times the documents it had then.
	 */
	public static boolean clustersAgain(int clusteredFrom, int documents) {
		return clusteredFrom <= 0 || documents >= CLASSES_GROWTH * clusteredFrom;
	}

	/** One more than the number the file holds (none, or one that cannot be read: 0), written back. */
	private static synchronized int nextVersion(Path file) {
		int next = readNumber(file) + 1; // the first loop model of the project, or a number nobody can read: 1
		writeNumber(file, next);
		return next;
	}

	/** The number a file beside the model holds; 0 when there is none or it cannot be read. */
	private static int readNumber(Path file) {
		try {
			return Integer.parseInt(Files.readString(file, StandardCharsets.UTF_8).strip());
		} catch (IOException | NumberFormatException e) {
			return 0;
		}
	}

	private static void writeNumber(Path file, int number) {
		try {
			AtomicFiles.write(file, (number + "\n").getBytes(StandardCharsets.UTF_8));
		} catch (IOException e) {
			// the model is saved; only the number is not kept (a version counted again, classes clustered again)
		}
	}

	/** The status line's words for a turn. */
	public static String describe(Turn t) {
		if (t.version() == 0) {
			return NLS.bind(Messages.loop_waiting, MINIMUM, t.trainedOn());
		}
		String from = t.inProgress() == 0 ? String.format(Locale.ROOT, Messages.loop_from, t.trainedOn())
				: String.format(Locale.ROOT, Messages.loop_fromAndPart, t.trainedOn(), t.inProgress());
		String after = t.decisions() == 0 ? Messages.loop_afterDone
				: String.format(Locale.ROOT, Messages.loop_afterDecisions, t.decisions());
		return String.format(Locale.ROOT, t.tookOver() ? Messages.loop_statusTookOver : Messages.loop_status,
				t.version(), from, t.proposedOn(), t.millis() / 1000.0, after);
	}
}
