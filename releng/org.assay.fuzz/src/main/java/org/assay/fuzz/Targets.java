/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.assay.formats.Format;
import org.assay.formats.FormatException;
import org.assay.formats.ImportData;
import org.assay.formats.ImportOptions;
import org.assay.formats.Importing;
import org.assay.formats.brat.BratFormat;
import org.assay.formats.conll.Conll2003Format;
import org.assay.formats.jsonl.JsonlFormat;
import org.assay.formats.xmi.XmiFormat;
import org.assay.model.support.StandardSchema;
import org.assay.store.Assignments;
import org.assay.store.ProjectFolder;
import org.assay.store.StoreException;

/**
 * The fuzz targets: each feeds one input to one of Assay's readers, as a file, the way a user's file reaches it.
 * A reader may accept the input or refuse it with its documented error ({@link FormatException} for a corpus,
 * {@link StoreException} for a project file), which names the file; anything else that escapes (an unchecked
 * exception, a StackOverflowError, an OutOfMemoryError) is a finding, and so is a hang. A corpus the reader accepts
 * is imported into a new project too, so that the import's own checks are fuzzed with it.
 */
public final class Targets {

	/** The targets by name; the tests' classes are the names followed by FuzzTest. */
	public static final Map<String, Consumer<byte[]>> ALL = new LinkedHashMap<>();

	static {
		ALL.put("Conll", Targets::conll);
		ALL.put("Jsonl", Targets::jsonl);
		ALL.put("Brat", Targets::brat);
		ALL.put("Xmi", Targets::xmi);
		ALL.put("ProjectFile", Targets::projectFile);
		ALL.put("SchemaFile", Targets::schemaFile);
		ALL.put("DocumentFile", Targets::documentFile);
		ALL.put("SetFile", Targets::setFile);
		ALL.put("AssignmentsFile", Targets::assignmentsFile);
		ALL.put("StagingList", Targets::stagingList);
	}

	private Targets() {
	}

	/**
	 * All targets in one: the input's first byte picks the target ({@link #ALL}'s order, modulo their number), the
	 * rest is its input. One fuzzing process then covers every reader, which is what the tests' short fuzz does.
	 */
	public static void any(byte[] input) {
		if (input.length == 0) {
			return;
		}
		List<Consumer<byte[]>> targets = List.copyOf(ALL.values());
		targets.get((input[0] & 0xFF) % targets.size()).accept(java.util.Arrays.copyOfRange(input, 1, input.length));
	}

	/** The selector byte that makes {@link #any} feed the rest of an input to the named target. */
	public static byte selector(String name) {
		return (byte) List.copyOf(ALL.keySet()).indexOf(name);
	}

	// ------------------------------------------------------------------ corpora

	public static void conll(byte[] input) {
		Path dir = Scratch.fresh();
		corpus(new Conll2003Format(), write(dir.resolve("in.conll"), input), dir);
	}

	public static void jsonl(byte[] input) {
		Path dir = Scratch.fresh();
		corpus(new JsonlFormat(), write(dir.resolve("in.jsonl"), input), dir);
	}

	/**
	 * A brat document: the input's bytes up to the first 0xFF (a byte UTF-8 never holds) are the {@code .txt},
	 * the rest the {@code .ann}; an input without 0xFF is an {@code .ann} of an empty text.
	 */
	public static void brat(byte[] input) {
		Path dir = Scratch.fresh();
		Path source = dir.resolve("in");
		int cut = indexOf(input, (byte) 0xFF);
		byte[] txt = cut < 0 ? new byte[0] : java.util.Arrays.copyOfRange(input, 0, cut);
		byte[] ann = cut < 0 ? input : java.util.Arrays.copyOfRange(input, cut + 1, input.length);
		write(source.resolve("doc.txt"), txt);
		write(source.resolve("doc.ann"), ann);
		corpus(new BratFormat(), source, dir);
	}

	/** An XMI file beside the type system Assay writes (made once, by exporting a small document). */
	public static void xmi(byte[] input) {
		Path dir = Scratch.fresh();
		Path source = dir.resolve("in");
		write(source.resolve(XmiFormat.TYPE_SYSTEM), Templates.typeSystem());
		write(source.resolve("doc.xmi"), input);
		corpus(new XmiFormat(), source, dir);
	}

	private static void corpus(Format format, Path source, Path dir) {
		ImportOptions options = ImportOptions.defaults();
		ImportData data;
		try {
			data = format.importer().read(source, options);
		} catch (FormatException e) {
			requireNamed(e.getMessage());
			return;
		}
		try {
			ProjectFolder folder = ProjectFolder.create(dir.resolve("project"), "fuzz", StandardSchema.create());
			Importing.apply(folder, data, options);
			ProjectFolder.open(folder.dir()); // what was imported opens again
		} catch (FormatException | StoreException e) {
			requireNamed(e.getMessage());
		}
	}

	// ------------------------------------------------------------------ the project's own files

	public static void projectFile(byte[] input) {
		project(ProjectFolder.PROJECT_FILE, input);
	}

	public static void schemaFile(byte[] input) {
		project(ProjectFolder.SCHEMA_FILE, input);
	}

	public static void documentFile(byte[] input) {
		project(Templates.DOCUMENT_FILE, input);
	}

	public static void setFile(byte[] input) {
		project(Templates.SET_FILE, input);
	}

	/** The list an interrupted import leaves in {@code .assay-staging/COMMIT}, settled on the next open. */
	public static void stagingList(byte[] input) {
		project(Templates.STAGING_LIST, input);
	}

	public static void assignmentsFile(byte[] input) {
		Path dir = project(Assignments.FILE, input);
		try {
			Assignments.read(dir);
		} catch (StoreException e) {
			requireNamed(e.getMessage());
		}
	}

	/** A small valid project with one of its files replaced by the input, opened; returns its folder. */
	private static Path project(String replaced, byte[] input) {
		Map<String, byte[]> template = Templates.project();
		Path dir = Scratch.fresh().resolve("project");
		template.forEach((name, bytes) -> write(dir.resolve(name), name.equals(replaced) ? input : bytes));
		if (!template.containsKey(replaced)) {
			write(dir.resolve(replaced), input);
		}
		if (replaced.equals(Templates.STAGING_LIST)) { // a staged file the list may name
			write(dir.resolve(".assay-staging").resolve(Templates.DOCUMENT_FILE), template.get(Templates.DOCUMENT_FILE));
		}
		try {
			ProjectFolder.open(dir);
		} catch (StoreException e) {
			requireNamed(e.getMessage());
		}
		try {
			ProjectFolder.openLenient(dir);
		} catch (StoreException e) {
			requireNamed(e.getMessage());
		}
		requireInside(dir);
		return dir;
	}

	// ------------------------------------------------------------------ checks

	/** A documented error names the file it is about: one without a message or a name is a finding too. */
	private static void requireNamed(String message) {
		if (message == null || !message.contains("/")) {
			throw new IllegalStateException("an error that does not name its file: " + message);
		}
	}

	/** Opening a project never writes outside it: the scratch folder holds nothing but the project. */
	private static void requireInside(Path project) {
		try (Stream<Path> siblings = Files.list(project.getParent())) {
			List<Path> others = siblings.filter(p -> !p.equals(project)).toList();
			if (!others.isEmpty()) {
				throw new IllegalStateException("opening the project wrote outside it: " + others);
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static Path write(Path file, byte[] bytes) {
		try {
			Files.createDirectories(file.getParent());
			return Files.write(file, bytes);
		} catch (IOException e) {
			throw new UncheckedIOException("the fuzzing harness cannot write " + file, e);
		}
	}

	static Path write(Path file, String text) {
		return write(file, text.getBytes(StandardCharsets.UTF_8));
	}

	private static int indexOf(byte[] bytes, byte b) {
		for (int i = 0; i < bytes.length; i++) {
			if (bytes[i] == b) {
				return i;
			}
		}
		return -1;
	}
}
