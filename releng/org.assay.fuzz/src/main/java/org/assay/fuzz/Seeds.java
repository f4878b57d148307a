/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.fuzz;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.assay.formats.ExportOptions;
import org.assay.formats.ExportReport;
import org.assay.formats.Exporting;
import org.assay.formats.ImportOptions;
import org.assay.formats.Importing;
import org.assay.formats.brat.BratFormat;
import org.assay.formats.jsonl.JsonlFormat;
import org.assay.formats.xmi.XmiFormat;
import org.assay.model.support.StandardSchema;
import org.assay.store.ProjectFolder;

/**
 * Writes the valid starting inputs of every target into the tests' inputs folders ({@code NAMEFuzzTestInputs/fuzz}),
 * made by Assay's own writers from {@link Templates}: the fuzzers start from them, and the tests run them.
 *
 * <pre>
 * Seeds INPUTS_ROOT            the valid inputs, made anew
 * Seeds INPUTS_ROOT --kept     every target's kept inputs copied to AllReadersFuzzTestInputs
 * </pre>
 */
public final class Seeds {

	/** Two documents in CoNLL-2003's columns (token, POS, chunk, IOB1 tag), written for the fuzzers. */
	static final String CONLL = """
			-DOCSTART- -X- O O

			Anna NNP I-NP I-PER
			von NNP I-NP I-PER
			Berg NNP I-NP I-PER
			visited VBD I-VP O
			Hamburg NNP I-NP I-LOC
			Port NNP I-NP I-LOC
			Authority NNP I-NP I-ORG
			. . O O

			-DOCSTART- -X- O O

			Zoë NNP I-NP I-PER
			liked VBD I-VP O
			Ägypten NNP I-NP I-LOC
			Euro-style JJ I-NP I-MISC
			. . O O
			""";

	private Seeds() {
	}

	public static void main(String[] args) throws Exception {
		Path root = Path.of(args[0]);
		if (args.length > 1 && args[1].equals("--kept")) { // after a finding was added to a target's inputs
			keptToAll(root);
			return;
		}
		Map<String, byte[]> project = Templates.project();
		seed(root, "ProjectFile", "valid.json", project.get(ProjectFolder.PROJECT_FILE));
		seed(root, "SchemaFile", "valid.json", project.get(ProjectFolder.SCHEMA_FILE));
		seed(root, "DocumentFile", "valid.json", project.get(Templates.DOCUMENT_FILE));
		seed(root, "SetFile", "valid.json", project.get(Templates.SET_FILE));
		seed(root, "AssignmentsFile", "valid.json", project.get(org.assay.store.Assignments.FILE));
		seed(root, "StagingList", "valid.txt", Templates.DOCUMENT_FILE.getBytes(StandardCharsets.UTF_8));
		seed(root, "Jsonl", "valid.jsonl", Templates.JSONL.getBytes(StandardCharsets.UTF_8));

		Path dir = Files.createTempDirectory("assay-seeds-");
		Path jsonl = Targets.write(dir.resolve("in.jsonl"), Templates.JSONL);
		ImportOptions options = ImportOptions.defaults();
		ProjectFolder folder = ProjectFolder.create(dir.resolve("project"), "seeds", StandardSchema.create());
		Importing.apply(folder, new JsonlFormat().importer().read(jsonl, options), options);
		ExportReport report = new ExportReport();
		var docs = Exporting.select(folder.project(), new Exporting.Selection("gold", List.of(), false), report);
		new XmiFormat().exporter().write(docs, dir.resolve("xmi"), new ExportOptions(null), report);
		seed(root, "Xmi", "valid.xmi", Files.readAllBytes(dir.resolve("xmi/d1.xmi")));
		new BratFormat().exporter().write(docs, dir.resolve("brat"), new ExportOptions(null), report);
		byte[] txt = Files.readAllBytes(dir.resolve("brat/d1.txt"));
		byte[] ann = Files.readAllBytes(dir.resolve("brat/d1.ann"));
		byte[] brat = new byte[txt.length + 1 + ann.length];
		System.arraycopy(txt, 0, brat, 0, txt.length);
		brat[txt.length] = (byte) 0xFF;
		System.arraycopy(ann, 0, brat, txt.length + 1, ann.length);
		seed(root, "Brat", "valid.bin", brat);
		seed(root, "Conll", "valid-iob1.conll", CONLL.getBytes(StandardCharsets.UTF_8));
		seed(root, "Conll", "valid-iob2.conll", CONLL.replace("I-NP I-PER\nvon", "I-NP B-PER\nvon")
				.replace("Hamburg NNP I-NP I-LOC", "Hamburg NNP I-NP B-LOC").getBytes(StandardCharsets.UTF_8));
		Scratch.delete(dir);
	}

	/** Writes a starting input of a target, and the same behind its selector byte for {@link Targets#any}. */
	private static void seed(Path root, String target, String name, byte[] bytes) throws IOException {
		Path file = root.resolve(target + "FuzzTestInputs").resolve("fuzz").resolve(name);
		Files.createDirectories(file.getParent());
		Files.write(file, bytes);
		System.out.println(file + ": " + bytes.length + " bytes");
		byte[] any = new byte[bytes.length + 1];
		any[0] = Targets.selector(target);
		System.arraycopy(bytes, 0, any, 1, bytes.length);
		Path all = root.resolve("AllReadersFuzzTestInputs").resolve("fuzz").resolve(target + "-" + name);
		Files.createDirectories(all.getParent());
		Files.write(all, any);
	}

	/** Copies every kept input of each target behind its selector byte into the inputs of {@link Targets#any}. */
	static void keptToAll(Path root) throws IOException {
		for (String target : Targets.ALL.keySet()) {
			Path dir = root.resolve(target + "FuzzTestInputs").resolve("fuzz");
			if (!Files.isDirectory(dir)) {
				continue;
			}
			try (var files = Files.list(dir)) {
				for (Path f : files.toList()) {
					byte[] bytes = Files.readAllBytes(f);
					byte[] any = new byte[bytes.length + 1];
					any[0] = Targets.selector(target);
					System.arraycopy(bytes, 0, any, 1, bytes.length);
					Path all = root.resolve("AllReadersFuzzTestInputs").resolve("fuzz").resolve(target + "-" + f.getFileName());
					Files.createDirectories(all.getParent());
					Files.write(all, any);
				}
			}
		}
	}
}
