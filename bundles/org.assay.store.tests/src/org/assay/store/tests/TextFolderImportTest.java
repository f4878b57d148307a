/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.assay.store.TextFolderImport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Titles of imported texts: a title line, never the article's first sentence. */
class TextFolderImportTest {

	@TempDir
	Path dir;

	@Test
	void aHeadlineIsTheTitleAndAFirstSentenceIsNot() throws Exception {
		write("a-headline.txt", "Harbour board approves plan for two new berths\n\nPORT ELMSLEY - The board voted.\n");
		write("b-question.txt", "Will the tram line pay for itself?\n\nCouncillors disagree.\n");
		write("c-sentence.txt", "The minister said on Tuesday that talks would resume, and aides agreed.\nMore text.\n");
		write("d-two-sentences.txt", "Talks resume. Both sides hopeful\n");
		write("e-too-long.txt", "A".repeat(151) + "\n");
		write("f-empty.txt", "\n\n");
		write("g-title-case.txt", "Harbour Board Votes to Dredge the Channel.\n\nThe board voted on Thursday.\n");
		write("h-capitals.txt", "BOARD BACKS DREDGING PLAN.\n\nThe board voted on Thursday.\n");
		List<String> titles = TextFolderImport.read(dir).stream().map(TextFolderImport.Text::title).toList();
		assertEquals(List.of("Harbour board approves plan for two new berths", "Will the tram line pay for itself?",
				"c-sentence", "d-two-sentences", "e-too-long", "f-empty", "Harbour Board Votes to Dredge the Channel.",
				"BOARD BACKS DREDGING PLAN."), titles, "a headline in title case or capitals is one even with a full stop");
	}

	private void write(String name, String text) throws Exception {
		Files.writeString(dir.resolve(name), text);
	}
}
