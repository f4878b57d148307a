/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.formats.tests;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;

import org.assay.formats.Format;
import org.assay.formats.FormatException;
import org.assay.formats.ImportOptions;
import org.assay.formats.Importing;
import org.assay.formats.brat.BratFormat;
import org.assay.formats.conll.Conll2003Format;
import org.assay.formats.jsonl.JsonlFormat;
import org.assay.store.ProjectFolder;
import org.assay.store.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutates valid files (cut, bytes flipped, lines dropped, doubled or swapped, digits changed) and feeds them
 * to the readers and the import: each must either import or fail with a FormatException; no other
 * exception, no hang.
 */
class FuzzTest {

	private static final int MUTANTS = 1500;

	@TempDir
	Path dir;

	@Test
	void conllReaderSurvivesMutants() throws Exception {
		fuzz(new Conll2003Format(), "x.conll", null, ConllTest.IOB1, 1);
	}

	@Test
	void jsonlReaderSurvivesMutants() throws Exception {
		String jsonl = """
				{"document":"a","text":"Zoë met 東京 officials 😀 today.","spans":[{"id":"s1","begin":0,"end":3,"layer":"entity","label":"PERSON","fragments":[[0,1],[2,3]]},{"id":"s2","begin":8,"end":10,"label":"LOCATION"}],"labels":[{"id":"d","layer":"document","label":"NEWS"}],"links":[{"from":"s1","to":"s2","role":"r"}]}
				{"document":"b","text":"Second one.","spans":[]}
				""";
		fuzz(new JsonlFormat(), "x.jsonl", null, jsonl, 2);
	}

	@Test
	void bratReaderSurvivesMutants() throws Exception {
		fuzz(new BratFormat(), "doc.ann", BratTest.TEXT, BratTest.ANN, 3);
	}

	private void fuzz(Format format, String name, String companionText, String valid, long seed) throws Exception {
		Random random = new Random(seed);
		byte[] original = valid.getBytes(StandardCharsets.UTF_8);
		Path folder = Files.createDirectories(dir.resolve("in"));
		if (companionText != null) {
			Files.writeString(folder.resolve("doc.txt"), companionText);
		}
		Path file = folder.resolve(name);
		int imported = 0;
		for (int i = 0; i < MUTANTS; i++) {
			byte[] mutant = mutate(original, random);
			Files.write(file, mutant);
			Path source = companionText != null ? folder : file;
			Path project = dir.resolve("p" + i);
			boolean ok = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
				try {
					ImportOptions options = ImportOptions.defaults();
					Importing.apply(ProjectFolder.create(project, "fuzz", org.assay.model.support.StandardSchema.create()),
							format.importer().read(source, options), options);
					return true;
				} catch (FormatException | StoreException expected) {
					return false;
				}
			}, () -> "mutant " + new String(mutant, StandardCharsets.UTF_8));
			imported += ok ? 1 : 0;
		}
		System.out.println(format.id() + ": " + imported + " of " + MUTANTS + " mutants imported, the rest refused");
	}

	private static byte[] mutate(byte[] in, Random r) {
		String s = new String(in, StandardCharsets.UTF_8);
		switch (r.nextInt(7)) {
		case 0: // cut
			return java.util.Arrays.copyOf(in, r.nextInt(in.length));
		case 1: { // flip bytes
			byte[] out = in.clone();
			for (int k = 0; k < 1 + r.nextInt(4); k++) {
				out[r.nextInt(out.length)] = (byte) r.nextInt(256);
			}
			return out;
		}
		case 2: { // drop a line
			String[] lines = s.split("\n", -1);
			int drop = r.nextInt(lines.length);
			StringBuilder sb = new StringBuilder();
			for (int k = 0; k < lines.length; k++) {
				if (k != drop) {
					sb.append(lines[k]).append(k < lines.length - 1 ? "\n" : "");
				}
			}
			return sb.toString().getBytes(StandardCharsets.UTF_8);
		}
		case 3: { // double a line
			String[] lines = s.split("\n", -1);
			int k = r.nextInt(lines.length);
			return s.replace(lines[k] + "\n", lines[k] + "\n" + lines[k] + "\n").getBytes(StandardCharsets.UTF_8);
		}
		case 4: { // change digits
			StringBuilder sb = new StringBuilder(s);
			for (int k = 0; k < sb.length(); k++) {
				if (Character.isDigit(sb.charAt(k)) && r.nextInt(6) == 0) {
					sb.setCharAt(k, (char) ('0' + r.nextInt(10)));
				}
			}
			return sb.toString().getBytes(StandardCharsets.UTF_8);
		}
		case 5: { // insert noise
			int at = r.nextInt(s.length());
			String[] noise = { "\t", " ", "\"", "{", "]", "-", ":", ";", "\u0000", "99999999999", "\n\n", "-DOCSTART-" };
			return (s.substring(0, at) + noise[r.nextInt(noise.length)] + s.substring(at)).getBytes(StandardCharsets.UTF_8);
		}
		default: { // swap two lines
			String[] lines = s.split("\n", -1);
			int a = r.nextInt(lines.length);
			int b = r.nextInt(lines.length);
			String t = lines[a];
			lines[a] = lines[b];
			lines[b] = t;
			return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
		}
		}
	}
}
