/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.example.assay.commodities.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.assay.formats.FormatException;
import org.assay.formats.ImportData;
import org.assay.formats.ImportOptions;
import org.assay.formats.ImportedDocument;
import org.example.assay.commodities.ConlluFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading CoNLL-U: text, documents and entities, and bad files named with their line. */
class ConlluFormatTest {

	@TempDir
	Path dir;

	private static final String GOOD = """
			# newdoc id = wheat
			# sent_id = 1
			# text = Wheat rose, said Westbrook Commodities.
			1	Wheat	_	_	_	_	_	_	_	Entity=B-COMMODITY
			2	rose	_	_	_	_	_	_	_	SpaceAfter=No
			3	,	_	_	_	_	_	_	_	_
			4	said	_	_	_	_	_	_	_	_
			5	Westbrook	_	_	_	_	_	_	_	Entity=B-ORGANIZATION
			6	Commodities	_	_	_	_	_	_	_	Entity=I-ORGANIZATION|SpaceAfter=No
			7	.	_	_	_	_	_	_	_	_

			# sent_id = 2
			1-2	Don't	_	_	_	_	_	_	_	_
			1	Do	do	AUX	_	_	_	_	_	_
			2	n't	not	PART	_	_	_	_	_	_
			2.1	_	_	_	_	_	_	_	_	_
			3	panic	_	_	_	_	_	_	_	SpaceAfter=No
			4	.	_	_	_	_	_	_	_	_

			# newdoc id = oil
			1	Crude	_	_	_	_	_	_	_	Entity=B-COMMODITY
			2	oil	_	_	_	_	_	_	_	Entity=I-COMMODITY
			3	fell	_	_	_	_	_	_	_	_

			""";

	@Test
	void readsDocumentsTextAndEntities() throws Exception {
		ImportData data = read(GOOD);
		assertEquals(2, data.documents().size());
		ImportedDocument wheat = data.documents().get(0);
		assertEquals("wheat", wheat.id());
		assertEquals("Wheat rose, said Westbrook Commodities.\nDon't panic.", wheat.text());
		assertEquals(List.of("COMMODITY Wheat", "ORGANIZATION Westbrook Commodities"), spans(wheat));
		ImportedDocument oil = data.documents().get(1);
		assertEquals("Crude oil fell", oil.text());
		assertEquals(List.of("COMMODITY Crude oil"), spans(oil));
	}

	@Test
	void anInsideTagWithoutItsBeginningIsAnErrorWithItsLine() throws Exception {
		FormatException e = assertThrows(FormatException.class,
				() -> read("1\tWheat\t_\t_\t_\t_\t_\t_\t_\t_\n2\trose\t_\t_\t_\t_\t_\t_\t_\tEntity=I-COMMODITY\n"));
		assertEquals(2, e.line());
		assertTrue(e.getMessage().contains("Entity=I-COMMODITY continues no COMMODITY entity"), e.getMessage());
	}

	@Test
	void aLineWithoutTenColumnsIsAnErrorWithItsLine() throws Exception {
		FormatException e = assertThrows(FormatException.class,
				() -> read("# newdoc id = x\n1\tWheat\t_\t_\t_\t_\t_\t_\t_\t_\n2 rose\n"));
		assertEquals(3, e.line());
		assertTrue(e.getMessage().startsWith(dir.resolve("in.conllu") + ":3: expected 10 tab-separated columns"),
				e.getMessage());
	}

	@Test
	void aFileThatIsNotUtf8IsRefused() throws Exception {
		Path file = dir.resolve("in.conllu");
		Files.write(file, new byte[] { '1', '\t', (byte) 0xff, (byte) 0xfe, '\n' });
		FormatException e = assertThrows(FormatException.class,
				() -> new ConlluFormat().importer().read(file, ImportOptions.defaults()));
		assertTrue(e.getMessage().contains("not UTF-8"), e.getMessage());
	}

	private ImportData read(String content) throws Exception {
		Path file = dir.resolve("in.conllu");
		Files.writeString(file, content, StandardCharsets.UTF_8);
		return new ConlluFormat().importer().read(file, ImportOptions.defaults());
	}

	private static List<String> spans(ImportedDocument d) {
		return d.spans().stream()
				.map(s -> s.label() + " " + d.text().substring(s.fragments().get(0)[0], s.fragments().get(0)[1]))
				.toList();
	}
}
