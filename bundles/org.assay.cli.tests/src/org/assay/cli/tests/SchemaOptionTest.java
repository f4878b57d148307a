/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.assay.model.Label;
import org.assay.model.Layer;
import org.assay.model.support.Schemas;
import org.assay.store.ProjectFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code assay new --schema ID}: the schemas contributed to org.assay.store.schemas, listed and chosen. */
class SchemaOptionTest {

	@TempDir
	Path dir;

	private final CliHarness cli = new CliHarness();

	@Test
	void newHelpListsTheInstalledSchemas() {
		assertEquals(0, cli.run("new", "--help"));
		String help = cli.out();
		assertTrue(help.contains("--schema ID"), help);
		assertTrue(help.matches("(?s).*\\n +standard +Standard\\n.*"), help);
		assertTrue(help.matches("(?s).*\\n +polnear +PolNeAR attribution\\n.*"), help);
		assertTrue(help.matches("(?s).*\\n +ontonotes +OntoNotes entities\\n.*"), help);
	}

	@Test
	void newWithOntoNotesThenInfo() throws Exception {
		Path p = dir.resolve("names");
		assertEquals(0, cli.run("new", p.toString(), "--schema", "ontonotes"), cli.err());
		assertTrue(cli.out().contains("and the ontonotes label schema"), cli.out());
		assertEquals(0, cli.run("info", "--project", p.toString()), cli.err());
		assertTrue(cli.out().contains("schema     entity (18 labels)\n"), cli.out());
		Layer entity = Schemas.layer(ProjectFolder.open(p).project().getSchema(), "entity");
		assertEquals("PERSON", entity.getLabels().get(0).getName());
		assertEquals("CARDINAL", entity.getLabels().get(17).getName());
	}

	@Test
	void anUnknownSchemaIsAUsageErrorNamingTheInstalledOnes() {
		Path p = dir.resolve("x");
		assertEquals(2, cli.run("new", p.toString(), "--schema", "medical"));
		assertTrue(cli.err().contains("no label schema 'medical'; installed: standard, polnear, ontonotes"), cli.err());
		assertFalse(Files.exists(p), "nothing created");
		assertEquals(2, cli.run("new", p.toString(), "--sample", "--schema", "ontonotes"));
		assertTrue(cli.err().contains("--sample cannot be combined"), cli.err());
	}

	/** PolNeAR's brat files go into a polnear project's claim layer with import --claims. */
	@Test
	void polnearFilesImportIntoThePolnearSchemaAsTheyAre() throws Exception {
		Path dev = Path.of(System.getProperty("assay.shared", "../shared")).resolve("data/polnear/dev");
		assumeTrue(Files.isDirectory(dev), "../shared/data/polnear is not beside the checkout");
		Path p = dir.resolve("attributions");
		assertEquals(0, cli.run("new", p.toString(), "--schema", "polnear"), cli.err());
		assertEquals(0, cli.run("import", "brat", dev.toString(), "--project", p.toString(), "--claims", "--layer", "claim"),
				cli.err());
		// import --claims keeps a span that no attribution event uses as it is: PolNeAR's dev split has Content
		// spans outside any event, the only label the schema did not have
		assertTrue(cli.out().contains("\nlabels added to the schema: claim/Content\n"), cli.out());
		ProjectFolder folder = ProjectFolder.open(p);
		assertEquals(List.of("claim"), folder.project().getSchema().getLayers().stream().map(Layer::getName).toList());
		assertEquals(List.of("CLAIM", "SOURCE", "CUE", "Discuss", "Discard", "Content"),
				Schemas.layer(folder.project().getSchema(), "claim").getLabels().stream().map(Label::getName).toList());
		assertTrue(cli.out().matches("(?s)imported 84 documents .*: [1-9]\\d* annotations, [1-9]\\d* links\\n.*"), cli.out());
	}
}
