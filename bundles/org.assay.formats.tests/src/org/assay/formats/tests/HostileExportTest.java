/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.formats.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.assay.formats.Format;
import org.assay.formats.ImportOptions;
import org.assay.formats.brat.BratFormat;
import org.assay.formats.jsonl.JsonlFormat;
import org.assay.formats.xmi.XmiFormat;
import org.assay.model.Document;
import org.assay.model.support.SetNames;
import org.assay.store.ProjectFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An export writes only inside its --out folder, whatever the documents' ids and properties say. */
class HostileExportTest {

	@TempDir
	Path dir;

	@Test
	void aFileNameInABratPropertyCannotLeadOutOfTheExport() throws Exception {
		Path pwned = dir.resolve("pwned");
		Path in = Files.writeString(dir.resolve("in.jsonl"), """
				{"document":"a","text":"Alice met Bob.","properties":{"brat.file.gold":"%s"},"spans":[{"begin":0,"end":5,"layer":"entity","label":"PERSON"}]}
				""".formatted(pwned));
		ProjectFolder p = Projects.imported(new JsonlFormat(), in, dir.resolve("p"), ImportOptions.defaults());
		Path out = dir.resolve("out");
		IOException e = assertThrows(IOException.class, () -> Projects.export(new BratFormat(), p, "gold", out, "iob1"));
		assertTrue(e.getMessage().contains("'" + pwned + ".ann'"), e.getMessage());
		assertFalse(Files.exists(dir.resolve("pwned.ann")), "nothing is written outside --out");

		p.document("a").getProperties().put("brat.file.gold", "../../escaped");
		assertThrows(IOException.class, () -> Projects.export(new BratFormat(), p, "gold", out, "iob1"));
		assertFalse(Files.exists(dir.getParent().resolve("escaped.ann")));
		assertFalse(Files.exists(dir.resolve("escaped.ann")));
	}

	@Test
	void hostileDocumentIdsAreRefusedByEveryPerDocumentWriter() throws Exception {
		for (Format format : List.of(new BratFormat(), new XmiFormat())) {
			for (String id : new String[] { "../../x", "../x", dir.resolve("abs").toString() }) {
				ProjectFolder p = Projects.empty(Files.createTempDirectory(dir, "p"));
				Document d = p.addDocument("doc", "doc", "Alice met Bob.");
				SetNames.findOrCreate(d, SetNames.GOLD);
				d.setId(id); // as a hand-edited project file can have it
				Path out = dir.resolve("out").resolve("deeper");
				IOException e = assertThrows(IOException.class, () -> Projects.export(format, p, "gold", out, "iob1"),
						format.id() + " " + id);
				assertTrue(e.getMessage().contains(id), e.getMessage());
				assertTrue(onlyInside(dir.resolve("out/deeper"), dir), format.id() + " " + id + " wrote outside");
			}
		}
	}

	@Test
	void anExportFolderWithASymbolicLinkOutIsNotWrittenThrough() throws Exception {
		Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
		Path out = Files.createDirectories(dir.resolve("out"));
		Files.createSymbolicLink(out.resolve("sub"), elsewhere);
		ProjectFolder p = Projects.empty(dir.resolve("p"));
		Document d = p.addDocument("doc", "doc", "Alice met Bob.");
		SetNames.findOrCreate(d, SetNames.GOLD);
		d.getProperties().put("brat.file.gold", "sub/doc");
		assertThrows(IOException.class, () -> Projects.export(new BratFormat(), p, "gold", out, "iob1"));
		try (Stream<Path> files = Files.list(elsewhere)) {
			assertTrue(files.findAny().isEmpty(), "nothing written through the link");
		}
	}

	/** Whether every .txt, .ann and .xmi file under {@code top} is inside {@code allowed}. */
	private static boolean onlyInside(Path allowed, Path top) throws IOException {
		try (Stream<Path> files = Files.walk(top)) {
			return files.filter(f -> f.toString().matches(".*\\.(ann|xmi|txt)$") && !f.toString().contains("/p"))
					.allMatch(f -> f.startsWith(allowed));
		}
	}
}
