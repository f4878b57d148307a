/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.interop;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.collection.CollectionReaderDescription;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.CollectionReaderFactory;
import org.apache.uima.fit.pipeline.JCasIterable;
import org.apache.uima.fit.pipeline.SimplePipeline;
import org.assay.formats.ExportDocument;
import org.assay.formats.ExportOptions;
import org.assay.formats.ExportReport;
import org.assay.formats.Exporting;
import org.assay.formats.ImportData;
import org.assay.formats.ImportOptions;
import org.assay.formats.Importing;
import org.assay.formats.conll.Conll2003Format;
import org.assay.formats.xmi.XmiFormat;
import org.assay.model.support.StandardSchema;
import org.assay.store.ProjectFolder;
import org.dkpro.core.io.conll.Conll2003Reader;
import org.dkpro.core.io.conll.Conll2003Writer;
import org.dkpro.core.io.xmi.XmiReader;
import org.dkpro.core.io.xmi.XmiWriter;

/**
 * Import and export throughput of CoNLL-2003 and XMI over a corpus of at least 100 MB (CoNLL-2003 eng.train
 * repeated), Assay beside DKPro Core's reader and writer for the same format, in one run, as MB/s and a
 * ratio. Run: {@code releng/scripts/benchmark formats}.
 */
public final class FormatsBenchmark {

	private static final long TARGET_BYTES = 100L << 20;

	private FormatsBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path shared = Path.of(args.length > 0 ? args[0] : "../shared");
		Path train = shared.resolve("data/conll2003/eng.train");
		if (!Files.isRegularFile(train)) {
			System.out.println("formats benchmark: needs " + train + " (CoNLL-2003), which is not here");
			return;
		}
		Path work = Files.createTempDirectory("assay-formats-bench");
		try {
			run(train, work);
		} finally {
			try (Stream<Path> files = Files.walk(work)) {
				files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}

	private static void run(Path train, Path work) throws Exception {
		// eng.train's 946 documents, one file each (as DKPro reads one file into one CAS, and its CoNLL writer
		// slows down sharply on large CASes), copied until the corpus is 100 MB
		Path corpusDir = Files.createDirectories(work.resolve("corpus"));
		List<String> documents = splitDocuments(Files.readString(train));
		int files = 0;
		for (long written = 0; written < TARGET_BYTES;) {
			for (String d : documents) {
				Path file = corpusDir.resolve(String.format("d%06d.conll", ++files));
				Files.writeString(file, d);
				written += d.length();
			}
		}
		double mb = folderBytes(corpusDir) / 1e6;
		System.out.printf("Formats benchmark: CoNLL-2003 eng.train's documents repeated: %,d files, %.1f MB; JVM %s,"
				+ " %d cores, max heap %d MB%n%n", files, mb, System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
				Runtime.getRuntime().maxMemory() >> 20);
		Conll2003Format conll = new Conll2003Format();
		XmiFormat xmi = new XmiFormat();

		// CoNLL import: Assay parses and checks the whole corpus; DKPro reads it into CASes
		long t0 = System.nanoTime();
		ImportData data = conll.importer().read(corpusDir, ImportOptions.defaults());
		double assayParse = seconds(t0);
		// the import as it was before session 7: the whole corpus parsed, then stored (one unit)
		ImportData[] parsed = { data };
		data = null;
		double assayStore = store(work.resolve("project-before"), parsed);
		// the import as assay import runs it: each document stored while the next files are parsed, its set
		// leaving the model once staged
		ProjectFolder project = ProjectFolder.create(work.resolve("project"), "bench", StandardSchema.create());
		t0 = System.nanoTime();
		Importing.applyReleasing(project, conll.importer(), corpusDir, ImportOptions.defaults(), null);
		double assayImport = seconds(t0);
		project = ProjectFolder.open(work.resolve("project")); // as assay export opens it
		long projectBytes = folderBytes(work.resolve("project"));
		long projectFiles;
		try (Stream<Path> all = Files.walk(work.resolve("project"))) {
			projectFiles = all.filter(Files::isRegularFile).count();
		}
		CollectionReaderDescription dkproConll = CollectionReaderFactory.createReaderDescription(Conll2003Reader.class,
				Conll2003Reader.PARAM_SOURCE_LOCATION, corpusDir.toString(), Conll2003Reader.PARAM_PATTERNS, "*.conll",
				Conll2003Reader.PARAM_LANGUAGE, "en");
		t0 = System.nanoTime();
		long cases = 0;
		for (var jcas : new JCasIterable(dkproConll)) {
			cases += jcas.getDocumentText().length() > 0 ? 1 : 0;
		}
		double dkproRead = seconds(t0);

		// CoNLL export: Assay writes the project's set; DKPro reads and writes (its write = that minus reading)
		List<ExportDocument> docs = Exporting.select(project.project(), new Exporting.Selection("gold", List.of(), false),
				new ExportReport());
		t0 = System.nanoTime();
		conll.exporter().write(docs, work.resolve("assay-out.conll"), ExportOptions.defaults(), new ExportReport());
		double assayWrite = seconds(t0);
		AnalysisEngineDescription conllWriter = AnalysisEngineFactory.createEngineDescription(Conll2003Writer.class,
				Conll2003Writer.PARAM_TARGET_LOCATION, work.resolve("dkpro-conll").toString());
		t0 = System.nanoTime();
		SimplePipeline.runPipeline(dkproConll, conllWriter);
		double dkproWrite = seconds(t0) - dkproRead;

		// XMI: Assay exports and imports its folder; DKPro writes and reads its own
		Path assayXmi = work.resolve("assay-xmi");
		t0 = System.nanoTime();
		xmi.exporter().write(docs, assayXmi, ExportOptions.defaults(), new ExportReport());
		double assayXmiWrite = seconds(t0);
		double xmiMb = folderBytes(assayXmi) / 1e6;
		t0 = System.nanoTime();
		ImportData back = xmi.importer().read(assayXmi, ImportOptions.defaults());
		double assayXmiRead = seconds(t0);
		back = null;
		Path dkproXmi = work.resolve("dkpro-xmi");
		t0 = System.nanoTime();
		SimplePipeline.runPipeline(dkproConll, AnalysisEngineFactory.createEngineDescription(XmiWriter.class,
				XmiWriter.PARAM_TARGET_LOCATION, dkproXmi.toString()));
		double dkproXmiWrite = seconds(t0) - dkproRead;
		double dkproXmiMb = folderBytes(dkproXmi) / 1e6;
		t0 = System.nanoTime();
		for (var jcas : new JCasIterable(CollectionReaderFactory.createReaderDescription(XmiReader.class,
				XmiReader.PARAM_SOURCE_LOCATION, dkproXmi.toString(), XmiReader.PARAM_PATTERNS, "**/*.xmi"))) {
			cases += jcas.getDocumentText().isEmpty() ? 0 : 1;
		}
		double dkproXmiRead = seconds(t0);

		System.out.printf("%-44s %9s %9s %9s%n", "task", "seconds", "MB/s", "Assay/DKPro");
		row("CoNLL read, Assay (parse and check)", assayParse, mb, dkproRead);
		row("CoNLL read, DKPro Conll2003Reader", dkproRead, mb, Double.NaN);
		row("CoNLL import, Assay, parse then store", assayParse + assayStore, mb, dkproRead);
		row("CoNLL import, Assay (stored while parsed)", assayImport, mb, dkproRead);
		row("CoNLL write, Assay", assayWrite, mb, dkproWrite);
		row("CoNLL write, DKPro Conll2003Writer", dkproWrite, mb, Double.NaN);
		row("XMI write, Assay (" + Math.round(xmiMb) + " MB)", assayXmiWrite, xmiMb, dkproXmiWrite * xmiMb / dkproXmiMb);
		row("XMI write, DKPro XmiWriter (" + Math.round(dkproXmiMb) + " MB)", dkproXmiWrite, dkproXmiMb, Double.NaN);
		row("XMI read, Assay", assayXmiRead, xmiMb, dkproXmiRead * xmiMb / dkproXmiMb);
		row("XMI read, DKPro XmiReader", dkproXmiRead, dkproXmiMb, Double.NaN);
		System.out.printf("%nAssay/DKPro is the ratio of throughputs (MB/s); above 1 Assay is faster. %d CASes read.%n",
				cases);
		System.out.printf("%nThe imported project: %,d files, %.1f MB, %.2fx the CoNLL source (%.1f MB). Import as before"
				+ " (parse %.2f s, then store %.2f s): %.2f s; stored while parsed: %.2f s, %.2fx as fast%n", projectFiles,
				projectBytes / 1e6, projectBytes / 1e6 / mb, mb, assayParse, assayStore, assayParse + assayStore,
				assayImport, (assayParse + assayStore) / assayImport);
	}

	/**
	 * Stores a parsed corpus in a new project, as an import did before session 7 (parse all, then store), and
	 * drops it: the project's model is left to the collector, its files until the end (removing 30,000 folders
	 * takes a minute on the development machine). Returns the seconds the store took.
	 */
	private static double store(Path dir, ImportData[] parsed) throws Exception {
		ProjectFolder before = ProjectFolder.create(dir, "bench", StandardSchema.create());
		long t0 = System.nanoTime();
		Importing.apply(before, parsed[0], ImportOptions.defaults()); // one unit of the store, as it opens itself
		double seconds = seconds(t0);
		parsed[0] = null;
		return seconds;
	}

	/** The documents of a CoNLL-2003 file, each starting with its -DOCSTART- line. */
	private static List<String> splitDocuments(String conll) {
		List<String> documents = new java.util.ArrayList<>();
		int start = 0;
		for (int at = conll.indexOf("-DOCSTART-", 1); at > 0; at = conll.indexOf("-DOCSTART-", at + 1)) {
			documents.add(conll.substring(start, at));
			start = at;
		}
		documents.add(conll.substring(start));
		return documents;
	}

	/** A row; {@code reference} is DKPro's time for the same bytes, for the ratio. */
	private static void row(String task, double seconds, double mb, double reference) {
		System.out.printf("%-44s %9.2f %9.1f %9s%n", task, seconds, mb / seconds,
				Double.isNaN(reference) ? "" : String.format("%.2fx", reference / seconds));
	}

	private static double seconds(long t0) {
		return (System.nanoTime() - t0) / 1e9;
	}

	private static long folderBytes(Path dir) throws IOException {
		try (Stream<Path> files = Files.walk(dir)) {
			return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
		}
	}
}
