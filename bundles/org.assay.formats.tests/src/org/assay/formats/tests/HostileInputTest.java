/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.formats.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.assay.formats.ExportOptions;
import org.assay.formats.ExportReport;
import org.assay.formats.Exporting;
import org.assay.formats.FormatException;
import org.assay.formats.ImportOptions;
import org.assay.formats.jsonl.JsonlFormat;
import org.assay.formats.xmi.XmiFormat;
import org.assay.model.Document;
import org.assay.model.support.SetNames;
import org.assay.sample.SampleProject;
import org.assay.store.ProjectFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Input at the edges: what Assay exports it imports back, and a bad file is one message, nothing more. */
class HostileInputTest {

	@TempDir
	Path dir;

	@Test
	void aDocumentOverTwentyMillionCharactersComesBackThroughJsonl() throws Exception {
		ProjectFolder p = Projects.empty(dir.resolve("p"));
		Document d = p.addDocument("big", "Big", "word ".repeat(4_000_020)); // 20,000,100 characters
		SetNames.findOrCreate(d, SetNames.GOLD);
		Path out = dir.resolve("big.jsonl");
		Projects.export(new JsonlFormat(), p, "gold", out, "iob1");
		ProjectFolder back = Projects.imported(new JsonlFormat(), out, dir.resolve("back"), ImportOptions.defaults());
		assertEquals(20_000_100, back.document("big").getText().length());
	}

	@Test
	void aDamagedXmiIsOneMessageWithNothingPrintedBesideIt() throws Exception {
		ProjectFolder sample = SampleProject.create(dir.resolve("sample"));
		Path out = dir.resolve("xmi");
		XmiFormat xmi = new XmiFormat();
		ExportReport report = new ExportReport();
		xmi.exporter().write(Exporting.select(sample.project(), new Exporting.Selection("gold", List.of(), false), report),
				out, ExportOptions.defaults(), report);
		Path damaged = out.resolve("03-data-brokers.xmi");
		String s = Files.readString(damaged);
		Files.writeString(damaged, s.substring(0, s.length() / 2));
		PrintStream err = System.err;
		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		FormatException e;
		try {
			System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
			e = assertThrows(FormatException.class, () -> xmi.importer().read(out, ImportOptions.defaults()));
		} finally {
			System.setErr(err);
		}
		assertEquals(damaged, e.file());
		assertTrue(e.line() >= 1, e.getMessage());
		String stray = printed.toString(StandardCharsets.UTF_8);
		assertFalse(stray.contains("[Fatal Error]"), stray);
		assertEquals("", stray, "the parser prints nothing of its own");
	}

	@Test
	void aFileThatCannotBeReadSaysWhyNotJustItsName() throws Exception {
		ProjectFolder sample = SampleProject.create(dir.resolve("sample"));
		Path out = dir.resolve("xmi");
		XmiFormat xmi = new XmiFormat();
		ExportReport report = new ExportReport();
		xmi.exporter().write(Exporting.select(sample.project(), new Exporting.Selection("gold", List.of(), false), report),
				out, ExportOptions.defaults(), report);
		Path gone = Files.createSymbolicLink(out.resolve("00-gone.xmi"), dir.resolve("nowhere.xmi"));
		FormatException e = assertThrows(FormatException.class, () -> xmi.importer().read(out, ImportOptions.defaults()));
		assertEquals(gone, e.file());
		assertEquals("cannot read: no such file or folder", e.reason());
	}
}
